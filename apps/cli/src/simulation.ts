import type { Logger } from 'pino';
import { createSimulatedDriver, type Scenario, type SimulatedDriver } from '@meshmind/devices';
import { AgentBrain, DeviceAgent, type AgentBrainConfig } from '@meshmind/device-agent';
import { openTaskDatabase, type TaskDatabase } from '@meshmind/fsm';
import type { MqttCredentials, MqttTlsOptions } from '@meshmind/protocol';

export interface Simulation {
  agents: Map<string, DeviceAgent>;
  drivers: Map<string, SimulatedDriver>;
  brain: AgentBrain;
  stop(): Promise<void>;
}

export interface SimulationOptions {
  scenario: Scenario;
  mqttUrl: string;
  /** Each simulated device's identity on the broker (enrolled by the host that runs it). */
  credentialsFor: (deviceId: string) => MqttCredentials;
  mqttTls?: MqttTlsOptions;
  logger: Logger;
  brain?: AgentBrainConfig;
  /** SQLite file for task snapshots and the experience cache of every agent here; default in memory. */
  databasePath?: string;
}

/** One real MQTT agent per simulated device of a scenario, all in this process, sharing one brain. */
export async function startSimulation(options: SimulationOptions): Promise<Simulation> {
  const brain = await AgentBrain.create(options.brain ?? {}, options.logger.child({ ns: 'brain' }));
  const database: TaskDatabase = openTaskDatabase(options.databasePath ?? ':memory:');
  const agents = new Map<string, DeviceAgent>();
  const drivers = new Map<string, SimulatedDriver>();
  try {
    for (const device of options.scenario.devices) {
      const driver = createSimulatedDriver(device.type, { initialState: device.state });
      await driver.start();
      drivers.set(device.id, driver);
      agents.set(
        device.id,
        new DeviceAgent({
          identity: { id: device.id, name: device.name, aliases: device.aliases, area: device.area, ...(device.vendor ? { vendor: device.vendor } : {}) },
          driver,
          tasks: await brain.taskFunctions(driver.description, () => driver.getState(), device),
          database,
          mqttUrl: options.mqttUrl,
          credentials: options.credentialsFor(device.id),
          ...(options.mqttTls ? { tls: options.mqttTls } : {}),
          logger: options.logger.child({ ns: 'agent', device: device.id }),
        }),
      );
    }
    await Promise.all([...agents.values()].map((agent) => agent.start()));
  } catch (error) {
    await Promise.allSettled([...agents.values()].map((agent) => agent.stop()));
    await Promise.allSettled([...drivers.values()].map((driver) => driver.stop()));
    database.close();
    await brain.close();
    throw error;
  }
  return {
    agents,
    drivers,
    brain,
    async stop() {
      await Promise.all([...agents.values()].map((agent) => agent.stop()));
      await Promise.all([...drivers.values()].map((driver) => driver.stop()));
      database.close();
      await brain.close();
    },
  };
}
