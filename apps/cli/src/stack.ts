import { join } from 'node:path';
import type { Logger } from 'pino';
import {
  BuiltinPlanner,
  Coordinator,
  LocalSecurity,
  ModelPlanner,
  isWildcardHost,
  MosquittoAccessSync,
  startEmbeddedBroker,
  type CoordinatorOptions,
  type EmbeddedBroker,
  type SiteResource,
  type TlsMaterial,
} from '@meshmind/coordinator';
import { createInferenceEngine, type EngineConfig } from '@meshmind/inference';
import { AgentBrain, type AgentBrainConfig } from '@meshmind/device-agent';
import { SHELF_WORDS, createSimulatedSite, type DeviceSource, type SimulatedSite, type SiteScenario } from '@meshmind/devices';
import { Topics, type LocalStreamOpener, type MqttCredentials, type MqttProtocolVersion, type MqttTlsOptions } from '@meshmind/protocol';
import { startSimulation, type Simulation } from './simulation';
import { OWNER_TOKEN_FILE } from './paths';
import { startDeviceSourceAgents, type DeviceSourceAgents } from './device-source-host';

export interface StackOptions {
  /** A home, a warehouse or a WiFi network. */
  scenario: SiteScenario;
  logger: Logger;
  /** An external broker; without it an embedded aedes broker starts on loopback. */
  brokerUrl?: string;
  /** The coordinator's credentials on the external broker (default: derived from the master key, as `meshmind broker mosquitto-config` wrote them). */
  brokerCredentials?: MqttCredentials;
  /** How the external broker's certificate is verified. */
  brokerTls?: MqttTlsOptions;
  mqttPort?: number;
  mqttHost?: string;
  /** The embedded broker listens with TLS (mqtts://) with this certificate. */
  mqttTls?: TlsMaterial | null;
  /** A LevelDB directory where the embedded broker keeps sessions and retained messages; default in memory. */
  brokerStoreDirectory?: string;
  databasePath: string;
  /**
   * Where the master key and the owner's HTTP token (owner.token) live, beside the database; without
   * it, identities and the owner token last as long as the process.
   */
  stateDirectory?: string;
  http: { host: string; port: number; tls?: { cert: string; key: string } | null } | null;
  /** false: the coordinator builds no HTTP API at all (see CoordinatorOptions.httpApi); default true. */
  httpApi?: boolean;
  /** Who may call the HTTP API: more Host names, the goal rate limit (a token is always needed). */
  access?: CoordinatorOptions['access'];
  /** How long a sensitive action waits for its "yes"; default 5 minutes. */
  confirmationTtlMs?: number;
  /** The coordinator's time, for tests that move it. */
  clock?: () => number;
  subtaskTimeoutMs?: number;
  /** Retrieval and inference settings shared by every simulated agent. */
  brain?: AgentBrainConfig;
  /** When the simulated agents build their retrieval indexes (see SimulationOptions); default 'at-start'. */
  indexes?: 'at-start' | 'on-first-subtask';
  /**
   * The simulated agents connect while the sentence model is still loading, and the stack resolves
   * once both are done. Only for a host that is the one source of goals and sends none before
   * startStack resolves (a one-shot `meshmind run`): where a client may send a goal at once, an agent
   * online before its model could take a subtask it cannot map in time (test/exactly-once.test.ts),
   * so by default the agents start after the model.
   */
  agentsWhileModelLoads?: boolean;
  /** SQLite file of the agents' task machines; default in memory. */
  agentDatabasePath?: string;
  /** Least time between two state publishes of each simulated agent (DeviceAgentOptions.stateIntervalMs). */
  agentStateIntervalMs?: number;
  /** A model for the coordinator's planner (falls back to the built-in planner on bad output). */
  plannerEngine?: EngineConfig;
  /** Outside systems whose devices get agents beside the simulated ones (zigbee2mqtt); started by the stack. */
  deviceSources?: readonly DeviceSource[];
  /**
   * The external broker is a Mosquitto reading the files `meshmind broker mosquitto-config` wrote
   * here: bridged devices that join or leave are written into its password file and ACL (or out of
   * them) and it is told to reload.
   */
  mosquittoConfigDirectory?: string;
}

export interface Stack {
  coordinator: Coordinator;
  simulation: Simulation;
  /** Agents of bridged devices (zigbee2mqtt); null without device sources. */
  bridged: DeviceSourceAgents | null;
  broker: EmbeddedBroker | null;
  /** The broker's URL as clients of this machine reach it. */
  mqttUrl: string;
  /** How clients of this process verify the broker's certificate (mqtts only). */
  mqttClientTls: MqttTlsOptions | undefined;
  /** The identities of this installation: enroll probes and extra agents here. */
  security: LocalSecurity;
  /** Enrolls a bridged device's agent and resolves when the broker will accept it (Mosquitto reloaded). */
  enrollBridged(deviceId: string): Promise<MqttCredentials>;
  /** Revokes a bridged device's identity once it left for good; resolves when the broker refuses it. */
  retireBridged(deviceId: string): Promise<void>;
  stop(): Promise<void>;
}

/** How long a simulated agent waits for the CONNACK of the broker of its own process. */
const EMBEDDED_BROKER_CONNECT_TIMEOUT_MS = 30_000;

/**
 * The embedded broker (aedes) speaks MQTT 3.1.1 only. Its own clients say so at once: with 'auto'
 * each asked for MQTT 5 first, was refused and connected again, two TCP connections and CONNECTs
 * per client, 33 of them in the example home's start.
 */
const EMBEDDED_BROKER_PROTOCOL: MqttProtocolVersion = 4;

/** What goals may address all at once: a warehouse's shelves, in every vendor's word for them. */
function siteResources(site: SimulatedSite | null): SiteResource[] | undefined {
  if (site?.kind !== 'warehouse') return undefined;
  const { shelves } = site.fleet.world.layout;
  // Where a robot reads each shelf from: the nearest free robot takes a single shelf.
  const locations = Object.fromEntries(shelves.map((shelf) => [shelf.number, { x: shelf.access.x, y: shelf.access.y }]));
  return [{ noun: 'shelf', plural: 'shelves', ids: shelves.map((shelf) => shelf.number), aliases: [...SHELF_WORDS], locations }];
}

/** Broker + coordinator + the scenario's simulated devices: what `meshmind start` and `run` need. */
export async function startStack(options: StackOptions): Promise<Stack> {
  const security = new LocalSecurity({ databasePath: options.databasePath, ...(options.stateDirectory ? { stateDirectory: options.stateDirectory } : {}) });
  const cleanups: Array<() => Promise<unknown> | unknown> = [() => security.close()];
  const cleanUp = async () => {
    // In reverse order of starting; each runs once, however often stop() is called.
    for (const cleanup of cleanups.splice(0).reverse()) await Promise.resolve(cleanup()).catch(() => undefined);
  };
  try {
    // The agents' shared brain (the sentence model above all) loads while the broker and the
    // coordinator start: its file reads and WebAssembly compilation overlap their work. Closed after
    // the agents stop (cleanups run in reverse).
    const brainStarting = AgentBrain.starting(options.brain ?? {}, options.logger.child({ ns: 'brain' }));
    brainStarting.catch(() => undefined);
    cleanups.push(async () => (await brainStarting.catch(() => null))?.brain.close());
    const modelReady = brainStarting.then((started) => started.modelReady);
    modelReady.catch(() => undefined);
    const coordinatorCredentials = security.coordinator();
    // The world of a warehouse or network: built here (no I/O), shown by the coordinator, acted on by the agents.
    const site = options.scenario.kind === 'home' ? null : createSimulatedSite(options.scenario);
    if (site) cleanups.push(() => site.stop());
    const deviceIds = options.scenario.kind === 'home' ? options.scenario.devices.map((device) => device.id) : site!.devices.map((device) => device.id);
    for (const deviceId of deviceIds) security.device(deviceId);
    let broker: EmbeddedBroker | null = null;
    let mqttUrl: string;
    let clientTls: MqttTlsOptions | undefined = options.brokerTls;
    let mosquittoSync: MosquittoAccessSync | null = null;
    // The clients of this process (coordinator, simulated and bridged agents) reach an embedded
    // broker in memory, each still logging in with its own identity; remote agents use mqttUrl.
    let localStream: LocalStreamOpener | undefined;
    if (options.brokerUrl) {
      mqttUrl = options.brokerUrl;
      if (options.mosquittoConfigDirectory) {
        const sync = new MosquittoAccessSync({
          directory: options.mosquittoConfigDirectory,
          credentials: security.credentials,
          topics: new Topics(),
          brokerUrl: options.brokerUrl,
          ...(clientTls ? { tls: clientTls } : {}),
          logger: options.logger.child({ ns: 'mosquitto-access' }),
        });
        await sync.start();
        cleanups.push(() => sync.stop());
        mosquittoSync = sync;
      }
    } else {
      const host = options.mqttHost ?? '127.0.0.1';
      broker = await startEmbeddedBroker({
        host,
        port: options.mqttPort ?? 0,
        authenticator: security.credentials,
        topics: new Topics(),
        tls: options.mqttTls ?? null,
        ...(options.brokerStoreDirectory ? { persistence: { kind: 'level' as const, directory: options.brokerStoreDirectory } } : {}),
        logger: options.logger.child({ ns: 'broker' }),
      });
      const started = broker;
      cleanups.push(() => started.close());
      localStream = () => started.openLocalStream();
      security.credentials.watch();
      // Clients of this process reach a wildcard listener on loopback, and pin the certificate.
      const localHost = isWildcardHost(host) ? '127.0.0.1' : host;
      mqttUrl = broker.url.replace(/\/\/[^/]+:(\d+)$/, `//${localHost.includes(':') ? `[${localHost}]` : localHost}:$1`);
      if (options.mqttTls) clientTls = { fingerprint: options.mqttTls.fingerprint };
    }
    const plannerEngine = options.plannerEngine ? createInferenceEngine(options.plannerEngine, { clientId: 'coordinator' }) : null;
    await plannerEngine?.start();
    if (plannerEngine) cleanups.push(() => plannerEngine.stop());
    const resources = siteResources(site);
    const coordinator = new Coordinator({
      ...(resources ? { resources } : {}),
      ...(site ? { world: site } : {}),
      ...(plannerEngine
        ? { planner: new ModelPlanner({ engine: plannerEngine, fallback: new BuiltinPlanner(), logger: options.logger.child({ ns: 'planner' }) }) }
        : {}),
      mqttUrl,
      mqttCredentials: options.brokerUrl && options.brokerCredentials ? options.brokerCredentials : coordinatorCredentials,
      ...(clientTls ? { mqttTls: clientTls } : {}),
      ...(localStream ? { mqttLocalStream: localStream } : {}),
      databasePath: options.databasePath,
      logger: options.logger.child({ ns: 'coordinator' }),
      http: options.http,
      ...(options.httpApi === false ? { httpApi: false } : {}),
      // The owner's HTTP token beside the master key: `meshmind chat` on this machine reads it there.
      ...(options.stateDirectory ? { ownerTokenPath: join(options.stateDirectory, OWNER_TOKEN_FILE) } : {}),
      ...(broker ? { protocolVersion: EMBEDDED_BROKER_PROTOCOL } : {}),
      ...(options.access ? { access: options.access } : {}),
      ...(options.confirmationTtlMs !== undefined ? { confirmationTtlMs: options.confirmationTtlMs } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.subtaskTimeoutMs ? { subtaskTimeoutMs: options.subtaskTimeoutMs } : {}),
    });
    await coordinator.start();
    cleanups.push(() => coordinator.stop());
    if (!options.agentsWhileModelLoads) await modelReady;
    const simulation = await startSimulation({
      scenario: options.scenario,
      site,
      mqttUrl,
      credentialsFor: (deviceId) => security.device(deviceId),
      ...(clientTls ? { mqttTls: clientTls } : {}),
      ...(localStream ? { mqttLocalStream: localStream } : {}),
      // The coordinator above is this same code: it reads the stages a report carries.
      reportStages: true,
      logger: options.logger,
      startedBrain: (await brainStarting).brain,
      // The broker is in this process: a late CONNACK means the process is busy starting (all its
      // agents at once, the sentence model loading beside them on a loaded machine), not that the
      // broker is gone, so it is waited for longer than a remote broker's.
      ...(broker ? { connectTimeoutMs: EMBEDDED_BROKER_CONNECT_TIMEOUT_MS, protocolVersion: EMBEDDED_BROKER_PROTOCOL } : {}),
      ...(options.indexes ? { indexes: options.indexes } : {}),
      ...(options.agentDatabasePath ? { databasePath: options.agentDatabasePath } : {}),
      ...(options.agentStateIntervalMs !== undefined ? { stateIntervalMs: options.agentStateIntervalMs } : {}),
    });
    cleanups.push(() => simulation.stop());
    // `meshmind devices remove` (here or from another process) takes a device out of the house.
    const onRevoked = () => {
      const revoked = security.revokedDevices(coordinator.registry.list().map((device) => device.profile.id));
      for (const deviceId of revoked) {
        // A simulated device of this process stops too, instead of knocking at the broker forever.
        void simulation.agents.get(deviceId)?.crash();
        coordinator.decommission(deviceId).catch((error: unknown) => options.logger.warn({ err: error, deviceId }, 'could not clear a revoked device'));
      }
    };
    security.credentials.on('revoked', onRevoked);
    cleanups.push(() => security.credentials.off('revoked', onRevoked));
    const enrollBridged = async (deviceId: string): Promise<MqttCredentials> => {
      // Each bridged device is enrolled as it appears: its own `device.<id>` identity and ACL.
      const credentials = security.device(deviceId);
      await mosquittoSync?.admit(credentials);
      return credentials;
    };
    const retireBridged = async (deviceId: string): Promise<void> => {
      security.revokeDevice(deviceId);
      await mosquittoSync?.rewrite();
    };
    let bridged: DeviceSourceAgents | null = null;
    if (options.deviceSources && options.deviceSources.length > 0) {
      bridged = await startDeviceSourceAgents({
        sources: options.deviceSources,
        brain: simulation.brain,
        database: simulation.database,
        mqttUrl,
        credentialsFor: enrollBridged,
        revoke: retireBridged,
        ...(clientTls ? { mqttTls: clientTls } : {}),
        ...(localStream ? { mqttLocalStream: localStream } : {}),
        logger: options.logger,
        onRemoved: (deviceId) => {
          coordinator.decommission(deviceId).catch((error: unknown) => options.logger.warn({ err: error, deviceId }, 'could not clear a removed bridged device'));
        },
      });
      const started = bridged;
      // Cleanups run in reverse: the bridged agents stop before the simulation closes the shared brain.
      cleanups.push(() => started.stop());
    }
    const bridgedIds = bridged ? [...bridged.agents.keys()] : [];
    await modelReady;
    await waitForDevices(coordinator, [...deviceIds, ...bridgedIds], 10_000 + 100 * (deviceIds.length + bridgedIds.length));
    return { coordinator, simulation, bridged, broker, mqttUrl, mqttClientTls: clientTls, security, enrollBridged, retireBridged, stop: cleanUp };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/** Retained profiles and availability arrive asynchronously; goals should not start before them. */
async function waitForDevices(coordinator: Coordinator, ids: string[], timeoutMs = 10_000): Promise<void> {
  const ready = () => ids.every((id) => coordinator.registry.get(id)?.availability === 'online');
  if (ready()) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(finish, timeoutMs);
    function finish() {
      clearTimeout(timer);
      coordinator.registry.off('changed', check);
      resolve();
    }
    function check() {
      if (ready()) finish();
    }
    coordinator.registry.on('changed', check);
  });
}
