import type { Logger } from 'pino';
import type { DeviceSource, SourcedDevice } from '@meshmind/devices';
import { DeviceAgent, type AgentBrain } from '@meshmind/device-agent';
import type { TaskDatabase } from '@meshmind/fsm';
import type { MqttCredentials, MqttTlsOptions } from '@meshmind/protocol';

/*
 * NOTE for the merger: h/zigbee owns this file and its startDeviceSourceAgents; this is the small
 * version h/hadisc needed for its end-to-end test. Reconcile the two (same export name and idea).
 */

export interface DeviceSourceAgentsOptions {
  source: DeviceSource;
  brain: AgentBrain;
  database: TaskDatabase;
  /** meshmind's broker, where the agents live. */
  mqttUrl: string;
  mqttTls?: MqttTlsOptions;
  /** Enrolls the device (or returns its enrolled identity): bridged devices are ACL'd like any agent. */
  credentialsFor: (deviceId: string) => MqttCredentials;
  logger: Logger;
}

export interface DeviceSourceAgents {
  /** Agents running now, by device id (a device that says it is unavailable has none). */
  readonly agents: Map<string, DeviceAgent>;
  stop(): Promise<void>;
}

interface Hosted {
  device: SourcedDevice;
  agent: DeviceAgent | null;
  /** Starts and stops of one device's agent run one after the other. */
  queue: Promise<void>;
  unsubscribe: () => void;
}

/**
 * One agent per device a source describes, on meshmind's broker under the device's own identity.
 * The agent runs while the device says it is available: a device that went offline on its own
 * availability topic shows offline to the coordinator, which then sends it nothing.
 */
export async function startDeviceSourceAgents(options: DeviceSourceAgentsOptions): Promise<DeviceSourceAgents> {
  const agents = new Map<string, DeviceAgent>();
  const hosted = new Map<string, Hosted>();
  const logger = options.logger.child({ ns: 'device-source', origin: options.source.origin });

  const makeAgent = async (device: SourcedDevice): Promise<DeviceAgent> => {
    const identity = { ...device.identity, origin: device.origin };
    return new DeviceAgent({
      identity,
      driver: device.driver,
      tasks: await options.brain.taskFunctions(device.driver.description, () => device.driver.getState(), identity),
      database: options.database,
      mqttUrl: options.mqttUrl,
      credentials: options.credentialsFor(device.identity.id),
      ...(options.mqttTls ? { tls: options.mqttTls } : {}),
      logger: options.logger.child({ ns: 'agent', device: device.identity.id }),
    });
  };

  const follow = (entry: Hosted, available: boolean): void => {
    entry.queue = entry.queue
      .then(async () => {
        const id = entry.device.identity.id;
        if (available && !entry.agent && hosted.get(id) === entry) {
          entry.agent = await makeAgent(entry.device);
          await entry.agent.start();
          agents.set(id, entry.agent);
        } else if (!available && entry.agent) {
          const agent = entry.agent;
          entry.agent = null;
          agents.delete(id);
          await agent.stop();
        }
      })
      .catch((error: unknown) => logger.warn({ err: error, deviceId: entry.device.identity.id }, 'could not follow the availability of a device'));
  };

  const add = (device: SourcedDevice): void => {
    const entry: Hosted = { device, agent: null, queue: Promise.resolve(), unsubscribe: () => undefined };
    hosted.set(device.identity.id, entry);
    entry.unsubscribe = device.onAvailability((available) => follow(entry, available));
    follow(entry, device.isAvailable());
  };

  const remove = async (deviceId: string): Promise<void> => {
    const entry = hosted.get(deviceId);
    if (!entry) return;
    hosted.delete(deviceId);
    entry.unsubscribe();
    follow(entry, false);
    await entry.queue;
  };

  const unsubscribe = options.source.onChange((change) => {
    if (change.kind === 'added') add(change.device);
    else void remove(change.deviceId);
  });
  for (const device of options.source.devices()) add(device);
  await Promise.all([...hosted.values()].map((entry) => entry.queue));
  return {
    agents,
    async stop() {
      unsubscribe();
      await Promise.all([...hosted.keys()].map((deviceId) => remove(deviceId)));
    },
  };
}
