import type { Logger } from 'pino';
import { createSimulatedDriver, type DeviceDriver, type ScenarioDevice, type SimulatedDriver, type SimulatedSite, type SiteScenario } from '@meshmind/devices';
import { AgentBrain, Teardown, createAgent, type AgentBrainConfig, type DeviceAgent } from '@meshmind/device-agent';
import { openTaskDatabase, type TaskDatabase } from '@meshmind/fsm';
import type { DeviceDescription, DeviceStateValues, LocalStreamOpener, MqttCredentials, MqttProtocolVersion, MqttTlsOptions, TaskPipeline } from '@meshmind/protocol';

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
  /** The broker runs in this process: each agent connects to it in memory while it is up. */
  mqttLocalStream?: LocalStreamOpener;
  /** The coordinator runs from this same code (in this process): reports carry the last stages (DeviceAgentOptions). */
  reportStages?: boolean;
  logger: Logger;
  brain?: AgentBrainConfig;
  /**
   * A brain the host already started (its model loading while the broker and the coordinator
   * started): used instead of creating one from `brain`, and closed by the host, not here.
   */
  startedBrain?: AgentBrain;
  /**
   * When each agent's retrieval index is built (read from the warm-start cache, or embedded):
   * 'at-start' (default) before the agents say they are online, so a long-running home answers its
   * first goal at full speed; 'on-first-subtask' when an agent first maps a subtask, so a one-shot
   * `meshmind run` builds the indexes of the devices its goals reach and no other.
   */
  indexes?: 'at-start' | 'on-first-subtask';
  /** How long each agent's first CONNACK may take; default the connection's own (5 s). */
  connectTimeoutMs?: number;
  /** The MQTT version the broker speaks, when known; default 'auto' (5, then 3.1.1 if refused). */
  protocolVersion?: MqttProtocolVersion;
  /** SQLite file for task snapshots and the experience cache of every agent here; default in memory. */
  databasePath?: string;
  /** Least time between two state publishes of each agent (DeviceAgentOptions.stateIntervalMs; default 200 ms). */
  stateIntervalMs?: number;
}

/** One device to simulate: who it is (as a scenario names it), its driver and its API document. */
interface SimulatedDevice extends Omit<ScenarioDevice, 'state'> {
  description: DeviceDescription;
  driver: DeviceDriver;
}

/**
 * The brain's pipeline for one API document, built the first time a subtask needs it. A failed
 * build is forgotten so the next subtask tries again (and fails with the same coded error).
 */
function pipelineOnFirstSubtask(build: () => Promise<TaskPipeline>): TaskPipeline {
  let building: Promise<TaskPipeline> | null = null;
  const pipeline = () => {
    if (!building) {
      const started = build();
      building = started;
      started.catch(() => {
        if (building === started) building = null;
      });
    }
    return building;
  };
  return {
    mapper: { map: async (subtask, signal) => (await pipeline()).mapper.map(subtask, signal) },
    generator: { generate: async (request, signal) => (await pipeline()).generator.generate(request, signal) },
  };
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
  let brain: AgentBrain;
  if (options.startedBrain) brain = options.startedBrain;
  else {
    const created = await AgentBrain.create(options.brain ?? {}, options.logger.child({ ns: 'brain' }));
    teardown.add(() => created.close());
    brain = created;
  }
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
      const identity = { id: device.id, name: device.name, aliases: device.aliases, area: device.area, ...(device.vendor ? { vendor: device.vendor } : {}), origin: 'simulated' as const };
      const { driver } = device;
      const mind =
        options.indexes === 'on-first-subtask'
          ? { tasks: pipelineOnFirstSubtask(() => brain.pipeline(driver.description, (): DeviceStateValues => driver.getState(), identity)) }
          : { brain };
      const agent = await createAgent({
        ...mind,
        identity,
        driver: device.driver,
        database,
        mqttUrl: options.mqttUrl,
        credentials: options.credentialsFor(device.id),
        ...(options.connectTimeoutMs !== undefined ? { connectTimeoutMs: options.connectTimeoutMs } : {}),
        ...(options.protocolVersion ? { protocolVersion: options.protocolVersion } : {}),
        ...(options.mqttTls ? { tls: options.mqttTls } : {}),
        ...(options.mqttLocalStream ? { localStream: options.mqttLocalStream } : {}),
        ...(options.reportStages ? { reportStages: true } : {}),
        ...(options.stateIntervalMs !== undefined ? { stateIntervalMs: options.stateIntervalMs } : {}),
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
