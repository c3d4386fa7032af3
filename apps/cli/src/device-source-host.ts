import type { Logger } from 'pino';
import type { DeviceSource, DeviceSourceChange, SourcedDevice } from '@meshmind/devices';
import { createAgent, type AgentBrain, type DeviceAgent } from '@meshmind/device-agent';
import type { TaskDatabase } from '@meshmind/fsm';
import type { LocalStreamOpener, MqttCredentials, MqttTlsOptions } from '@meshmind/protocol';

export interface DeviceSourceAgentsOptions {
  /** Outside systems whose devices get agents (zigbee2mqtt, Home Assistant discovery); started and stopped here. */
  sources?: readonly DeviceSource[];
  /** A source its caller starts and stops itself: the host only follows its devices and changes. */
  source?: DeviceSource;
  /** The brain the simulated agents of this process use too: one embedder, one index cache. */
  brain: AgentBrain;
  database: TaskDatabase;
  /** meshmind's broker, where each agent speaks as `device.<id>`. */
  mqttUrl: string;
  /**
   * Enrolls a device's identity (or returns the one it has): each bridged device gets its own. May
   * wait until the broker accepts it (an external Mosquitto reloading its password file).
   */
  credentialsFor: (deviceId: string) => MqttCredentials | Promise<MqttCredentials>;
  /**
   * Revokes a device's identity once it left its system for good (not a rename): its agent has
   * stopped, and the broker must refuse its login from now on. A device that comes back is
   * enrolled again through `credentialsFor`.
   */
  revoke?: (deviceId: string) => void | Promise<void>;
  mqttTls?: MqttTlsOptions;
  /** The broker runs in this process: each agent connects to it in memory while it is up. */
  mqttLocalStream?: LocalStreamOpener;
  logger: Logger;
  /** A device left its system for good (not a rename): the host of the coordinator clears it. */
  onRemoved?: (deviceId: string) => void;
}

export interface DeviceSourceAgents {
  /** The running agents by device id (a snapshot). */
  readonly agents: ReadonlyMap<string, DeviceAgent>;
  /** The bridged devices by device id (a snapshot). */
  readonly devices: ReadonlyMap<string, SourcedDevice>;
  /** Resolves when every change received so far has been applied (tests wait on it). */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

interface Running {
  device: SourcedDevice;
  agent: DeviceAgent;
  unsubscribe: () => void;
}

/**
 * One real MQTT agent per device of outside device sources, all in this process and sharing one
 * brain, as the simulation's agents do. Joins, renames (a removal then an addition) and removals
 * are applied one at a time in the order they come, so a renamed device's old agent has said
 * goodbye before its new one announces itself under the same identity.
 */
export async function startDeviceSourceAgents(options: DeviceSourceAgentsOptions): Promise<DeviceSourceAgents> {
  const running = new Map<string, Running>();
  const pending: DeviceSourceChange[] = [];
  let queue: Promise<void> = Promise.resolve();
  let stopped = false;
  const logger = options.logger.child({ ns: 'device-sources' });

  async function add(device: SourcedDevice): Promise<void> {
    const { identity } = device;
    if (running.has(identity.id)) await remove(identity.id);
    const agentIdentity = {
      id: identity.id,
      name: identity.name,
      aliases: [...identity.aliases],
      area: identity.area,
      origin: device.origin,
      ...(identity.vendor ? { vendor: identity.vendor } : {}),
    };
    const credentials = await options.credentialsFor(identity.id);
    await device.driver.start();
    const agent = await createAgent({
      brain: options.brain,
      identity: agentIdentity,
      driver: device.driver,
      database: options.database,
      mqttUrl: options.mqttUrl,
      credentials,
      ...(options.mqttTls ? { tls: options.mqttTls } : {}),
      ...(options.mqttLocalStream ? { localStream: options.mqttLocalStream } : {}),
      logger: options.logger.child({ ns: 'agent', device: identity.id, origin: device.origin }),
    });
    // The device's own availability, as its system reports it, becomes the agent's.
    agent.setDeviceAvailable(device.isAvailable());
    const unsubscribe = device.onAvailability((available) => {
      logger.info({ device: identity.id, available }, 'device availability changed');
      void agent.setDeviceAvailable(available).catch((error: unknown) => logger.warn({ err: error, device: identity.id }, 'could not publish availability'));
    });
    running.set(identity.id, { device, agent, unsubscribe });
    try {
      await agent.start();
    } catch (error) {
      running.delete(identity.id);
      unsubscribe();
      throw error;
    }
    logger.info({ device: identity.id, name: identity.name, origin: device.origin, type: device.driver.description.type }, 'bridged device agent started');
  }

  async function remove(deviceId: string): Promise<void> {
    const entry = running.get(deviceId);
    if (!entry) return;
    running.delete(deviceId);
    entry.unsubscribe();
    await entry.agent.stop();
    await entry.device.driver.stop();
  }

  async function apply(change: DeviceSourceChange): Promise<void> {
    if (change.kind === 'added') {
      await add(change.device);
      return;
    }
    await remove(change.deviceId);
    // A rename comes as a removal and an addition of the same id: only a device gone for good is cleared.
    const comesBack = pending.some((next) => next.kind === 'added' && next.device.identity.id === change.deviceId);
    if (comesBack) return;
    if (options.revoke) {
      await options.revoke(change.deviceId);
      logger.info({ device: change.deviceId }, 'a bridged device left: its agent stopped and its identity was revoked');
    }
    options.onRemoved?.(change.deviceId);
  }

  function enqueue(change: DeviceSourceChange): void {
    if (stopped) return;
    pending.push(change);
    queue = queue.then(async () => {
      pending.splice(pending.indexOf(change), 1);
      if (stopped) return;
      await apply(change).catch((error: unknown) => logger.warn({ err: error, change: change.kind }, 'a device source change was not applied'));
    });
  }

  const unsubscribes: Array<() => void> = [];
  const started: DeviceSource[] = [];
  const stop = async () => {
    stopped = true;
    for (const unsubscribe of unsubscribes.splice(0)) unsubscribe();
    await queue;
    await Promise.allSettled([...running.keys()].map((deviceId) => remove(deviceId)));
    await Promise.allSettled(started.splice(0).map((source) => source.stop()));
  };
  try {
    if (options.source) {
      unsubscribes.push(options.source.onChange(enqueue));
      for (const device of options.source.devices()) enqueue({ kind: 'added', device });
    }
    for (const source of options.sources ?? []) {
      unsubscribes.push(source.onChange(enqueue));
      await source.start();
      started.push(source);
      for (const device of source.devices()) enqueue({ kind: 'added', device });
    }
    await queue;
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    get agents() {
      return new Map([...running].map(([deviceId, entry]) => [deviceId, entry.agent]));
    },
    get devices() {
      return new Map([...running].map(([deviceId, entry]) => [deviceId, entry.device]));
    },
    settled: () => queue,
    stop,
  };
}
