import type { Logger } from 'pino';
import { createSimulatedDriver, type DeviceDriver, type ScenarioDevice, type SimulatedDriver, type SimulatedSite, type SiteScenario } from '@meshmind/devices';
import { AgentBrain, Teardown, createAgent, type AgentBrainConfig, type DeviceAgent } from '@meshmind/device-agent';
import { openTaskDatabase, type TaskDatabase } from '@meshmind/fsm';
import type { DeviceDescription, MqttCredentials, MqttTlsOptions } from '@meshmind/protocol';

export interface Simulation {
  agents: Map<string, DeviceAgent>;
  /** The catalog drivers of a home's devices (empty for a warehouse or a network). */
  drivers: Map<string, SimulatedDriver>;
  /** The simulated warehouse or network the agents act on; null for a home. */
  site: SimulatedSite | null;
  brain: AgentBrain;
  /** Task snapshots and experience of the agents here; bridged devices' agents share it. */
  database: TaskDatabase;
  /** Every device's type and state as its driver reports it now. */
  deviceStates(): Record<string, { type: string; state: Record<string, unknown> }>;
  stop(): Promise<void>;
}

export interface SimulationOptions {
  scenario: SiteScenario;
  /** The world of a warehouse or network scenario, built by the host (the coordinator shows it too). */
  site?: SimulatedSite | null;
  mqttUrl: string;
  /** Each simulated device's identity on the broker (enrolled by the host that runs it). */
  credentialsFor: (deviceId: string) => MqttCredentials;
  mqttTls?: MqttTlsOptions;
  logger: Logger;
  brain?: AgentBrainConfig;
  /** SQLite file for task snapshots and the experience cache of every agent here; default in memory. */
  databasePath?: string;
}

/** One device to simulate: who it is (as a scenario names it), its driver and its API document. */
interface SimulatedDevice extends Omit<ScenarioDevice, 'state'> {
  description: DeviceDescription;
  driver: DeviceDriver;
}

/** Agents connect this many at a time: a hundred robots at once would stall a small broker's handshakes. */
const CONNECT_BATCH = 50;

function homeDevices(scenario: Extract<SiteScenario, { kind: 'home' }>, drivers: Map<string, SimulatedDriver>): SimulatedDevice[] {
  return scenario.devices.map((device) => {
    const driver = createSimulatedDriver(device.type, { initialState: device.state });
    drivers.set(device.id, driver);
    return { ...device, description: driver.description, driver };
  });
}

/**
 * One real MQTT agent per simulated device of a scenario, all in this process, sharing one brain:
 * a home's catalog devices, a warehouse's robots (each with its vendor's API document) or a
 * network's access point, clients and interferer.
 */
export async function startSimulation(options: SimulationOptions): Promise<Simulation> {
  const { scenario } = options;
  const site = options.site ?? null;
  if (scenario.kind !== 'home' && !site) throw new Error(`a ${scenario.kind} scenario needs its simulated site`);
  const teardown = new Teardown();
  const brain = await AgentBrain.create(options.brain ?? {}, options.logger.child({ ns: 'brain' }));
  teardown.add(() => brain.close());
  const database: TaskDatabase = openTaskDatabase(options.databasePath ?? ':memory:');
  teardown.add(() => database.close());
  const agents = new Map<string, DeviceAgent>();
  const drivers = new Map<string, SimulatedDriver>();
  const devices: SimulatedDevice[] =
    scenario.kind === 'home' ? homeDevices(scenario, drivers) : site!.devices.map((device) => ({ ...device, aliases: [], area: null }));
  const started: DeviceDriver[] = [];
  teardown.add(() => Promise.all(started.map((driver) => driver.stop())));
  teardown.add(() => Promise.all([...agents.values()].map((agent) => agent.stop())));
  try {
    for (const device of devices) {
      await device.driver.start();
      started.push(device.driver);
      const agent = await createAgent({
        brain,
        identity: { id: device.id, name: device.name, aliases: device.aliases, area: device.area, ...(device.vendor ? { vendor: device.vendor } : {}), origin: 'simulated' as const },
        driver: device.driver,
        database,
        mqttUrl: options.mqttUrl,
        credentials: options.credentialsFor(device.id),
        ...(options.mqttTls ? { tls: options.mqttTls } : {}),
        logger: options.logger.child({ ns: 'agent', device: device.id }),
      });
      agents.set(device.id, agent);
    }
    const all = [...agents.values()];
    for (let index = 0; index < all.length; index += CONNECT_BATCH) await Promise.all(all.slice(index, index + CONNECT_BATCH).map((agent) => agent.start()));
  } catch (error) {
    await teardown.run().catch(() => undefined);
    throw error;
  }
  return {
    agents,
    drivers,
    site,
    brain,
    database,
    deviceStates: () => Object.fromEntries(devices.map((device) => [device.id, { type: device.type, state: device.driver.getState() }])),
    stop: () => teardown.run(),
  };
}
