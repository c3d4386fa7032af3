import type { Logger } from 'pino';
import type { DeviceDescription, GoalView } from '@meshmind/protocol';
import { AgentBrain, type AgentBrainConfig } from '@meshmind/device-agent';
import { BuiltinPlanner } from '@meshmind/coordinator';
import { CentralisedPlanner } from './centralised';
import { startFleetAgents, type FleetAgents, type FleetMode } from './fleet-agents';
import { startFleetCoordinator, type BrokerCounts, type FleetCoordinator, type StageTimes } from './fleet-coordinator';
import { reportedReadings, verifyShelves, type FleetVerification } from './fleet-verify';

/**
 * A whole warehouse in one process: counting broker, coordinator (shelves as a site resource),
 * a mixed-vendor fleet of real MQTT agents and the clock driver. Tests use it directly; the
 * benchmark splits the same two halves over two processes to measure the coordinator alone.
 */

export const SHELF_GOAL = 'Please check if there are vacant positions on the shelves.';

export interface FleetOptions {
  robots: number;
  shelves?: number;
  seed: number;
  mode?: FleetMode;
  logger: Logger;
  subtaskTimeoutMs?: number;
  brain?: AgentBrainConfig;
  /** One brain for fleets started one after another (agents or the central writer); the caller closes it. */
  sharedBrain?: AgentBrain;
  timeScale?: number;
}

export interface FleetRunResult {
  goal: GoalView;
  verification: FleetVerification;
  wallMs: number;
  simulatedMs: number;
  messages: BrokerCounts;
  stages: StageTimes;
}

export interface Fleet {
  agents: FleetAgents;
  side: FleetCoordinator;
  /** Sends a goal, drives simulated time until it finishes, checks the readings against the world. */
  run(text?: string, during?: (goalStarted: Promise<void>) => void): Promise<FleetRunResult>;
  stop(): Promise<void>;
}

/** One description per vendor present in the fleet: what a central writer must hold. */
export function descriptionsByType(agents: FleetAgents): Map<string, DeviceDescription> {
  return new Map(agents.robots.map((robot) => [robot.description.type, robot.description]));
}

export async function startFleet(options: FleetOptions): Promise<Fleet> {
  const shelves = options.shelves ?? options.robots;
  const mode = options.mode ?? 'distributed';
  const subtaskTimeoutMs = options.subtaskTimeoutMs ?? 20_000;
  // The central writer learns the robots' documents once the fleet exists (filled in below).
  const ownsCentralBrain = mode === 'centralised' && !options.sharedBrain;
  const centralBrain = mode !== 'centralised' ? null : (options.sharedBrain ?? (await AgentBrain.create(options.brain ?? {}, options.logger.child({ ns: 'central-brain' }))));
  const pendingDescriptions = new Map<string, DeviceDescription>();
  const planner = centralBrain ? new CentralisedPlanner(new BuiltinPlanner(), centralBrain, pendingDescriptions) : undefined;
  const side = await startFleetCoordinator({ shelves, logger: options.logger.child({ ns: 'coordinator' }), subtaskTimeoutMs, ...(planner ? { planner } : {}) });
  let agents: FleetAgents;
  try {
    agents = await startFleetAgents({
      mqttUrl: side.broker.url,
      credentialsFor: side.credentialsFor,
      robots: options.robots,
      shelves,
      seed: options.seed,
      mode,
      logger: options.logger,
      ...(options.brain ? { brain: options.brain } : {}),
      ...(options.sharedBrain ? { sharedBrain: options.sharedBrain } : {}),
      ...(options.timeScale ? { timeScale: options.timeScale } : {}),
    });
    for (const [type, description] of descriptionsByType(agents)) pendingDescriptions.set(type, description);
    await side.waitForDevices(options.robots, 30_000 + options.robots * 50);
  } catch (error) {
    await side.stop();
    if (ownsCentralBrain) await centralBrain?.close();
    throw error;
  }
  const started = agents;
  return {
    agents: started,
    side,
    async run(text = SHELF_GOAL, during) {
      side.stages.clear();
      const countsBefore = side.broker.counts();
      const simulatedBefore = started.simulatedMs();
      const stopDriving = started.drive();
      const startedAt = performance.now();
      let signalStarted!: () => void;
      const goalStarted = new Promise<void>((resolve) => (signalStarted = resolve));
      during?.(goalStarted);
      const submitted = side.coordinator.goals.submit({ text });
      signalStarted();
      const goal = await submitted.finished;
      const wallMs = performance.now() - startedAt;
      stopDriving();
      const countsAfter = side.broker.counts();
      const readings = reportedReadings(side.coordinator, submitted.goalId);
      const ids = Array.from({ length: shelves }, (_, index) => index + 1);
      return {
        goal,
        verification: verifyShelves(readings, ids, (shelf) => started.world.vacantSlots(shelf)),
        wallMs,
        simulatedMs: started.simulatedMs() - simulatedBefore,
        messages: { messages: countsAfter.messages - countsBefore.messages, bytes: countsAfter.bytes - countsBefore.bytes },
        stages: side.stages.stageTimes(),
      };
    },
    async stop() {
      await started.stop();
      await side.stop();
      if (ownsCentralBrain) await centralBrain?.close();
    },
  };
}
