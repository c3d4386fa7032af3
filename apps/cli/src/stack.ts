import type { Logger } from 'pino';
import { BuiltinPlanner, Coordinator, ModelPlanner, startEmbeddedBroker, type CoordinatorOptions, type EmbeddedBroker } from '@meshmind/coordinator';
import { createInferenceEngine, type EngineConfig } from '@meshmind/inference';
import type { AgentBrainConfig } from '@meshmind/device-agent';
import type { Scenario } from '@meshmind/devices';
import { startSimulation, type Simulation } from './simulation';

export interface StackOptions {
  scenario: Scenario;
  logger: Logger;
  /** An external broker; without it an embedded aedes broker starts on loopback. */
  brokerUrl?: string;
  mqttPort?: number;
  mqttHost?: string;
  databasePath: string;
  http: { host: string; port: number } | null;
  /** Who may call the HTTP API: tokens on loopback too, more Host names, the goal rate limit. */
  access?: CoordinatorOptions['access'];
  /** How long a sensitive action waits for its "yes"; default 5 minutes. */
  confirmationTtlMs?: number;
  /** The coordinator's time, for tests that move it. */
  clock?: () => number;
  subtaskTimeoutMs?: number;
  /** Retrieval and inference settings shared by every simulated agent. */
  brain?: AgentBrainConfig;
  /** SQLite file of the agents' task machines; default in memory. */
  agentDatabasePath?: string;
  /** A model for the coordinator's planner (falls back to the built-in planner on bad output). */
  plannerEngine?: EngineConfig;
}

export interface Stack {
  coordinator: Coordinator;
  simulation: Simulation;
  broker: EmbeddedBroker | null;
  mqttUrl: string;
  stop(): Promise<void>;
}

/** Broker + coordinator + the scenario's simulated devices: what `meshmind start` and `run` need. */
export async function startStack(options: StackOptions): Promise<Stack> {
  const broker = options.brokerUrl ? null : await startEmbeddedBroker({ host: options.mqttHost ?? '127.0.0.1', port: options.mqttPort ?? 0 });
  const mqttUrl = options.brokerUrl ?? broker!.url;
  const plannerEngine = options.plannerEngine ? createInferenceEngine(options.plannerEngine, { clientId: 'coordinator' }) : null;
  await plannerEngine?.start();
  const coordinator = new Coordinator({
    ...(plannerEngine
      ? { planner: new ModelPlanner({ engine: plannerEngine, fallback: new BuiltinPlanner(), logger: options.logger.child({ ns: 'planner' }) }) }
      : {}),
    mqttUrl,
    databasePath: options.databasePath,
    logger: options.logger.child({ ns: 'coordinator' }),
    http: options.http,
    ...(options.access ? { access: options.access } : {}),
    ...(options.confirmationTtlMs !== undefined ? { confirmationTtlMs: options.confirmationTtlMs } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.subtaskTimeoutMs ? { subtaskTimeoutMs: options.subtaskTimeoutMs } : {}),
  });
  let simulation: Simulation | null = null;
  try {
    await coordinator.start();
    simulation = await startSimulation({
      scenario: options.scenario,
      mqttUrl,
      logger: options.logger,
      ...(options.brain ? { brain: options.brain } : {}),
      ...(options.agentDatabasePath ? { databasePath: options.agentDatabasePath } : {}),
    });
    await waitForDevices(coordinator, options.scenario.devices.map((device) => device.id));
  } catch (error) {
    await simulation?.stop().catch(() => undefined);
    await coordinator.stop().catch(() => undefined);
    await plannerEngine?.stop().catch(() => undefined);
    await broker?.close().catch(() => undefined);
    throw error;
  }
  const started = simulation;
  return {
    coordinator,
    simulation: started,
    broker,
    mqttUrl,
    async stop() {
      await started.stop();
      await coordinator.stop();
      await plannerEngine?.stop();
      await broker?.close();
    },
  };
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
