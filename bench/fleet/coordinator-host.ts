import { pino } from 'pino';
import { AgentBrain } from '@meshmind/device-agent';
import { BuiltinPlanner } from '@meshmind/coordinator';
import { createWarehouseFleet } from '@meshmind/devices';
import type { DeviceDescription, MqttCredentials } from '@meshmind/protocol';
import { CentralisedPlanner } from './centralised';
import { startFleetCoordinator, type FleetCoordinator } from './fleet-coordinator';
import { reportedReadings } from './fleet-verify';
import type { FleetMode } from './fleet-agents';

/**
 * The coordinator's own process in the benchmark (broker included, as `meshmind start` runs it), so
 * its CPU time and memory are its own. Driven over IPC by fleet-bench.ts, one fleet after another.
 */

export type HostRequest =
  | { kind: 'start'; robots: number; shelves: number; seed: number; mode: FleetMode; subtaskTimeoutMs: number }
  | { kind: 'wait'; robots: number }
  | { kind: 'run'; text: string }
  | { kind: 'stop' }
  | { kind: 'exit' };

export interface HostRunResult {
  status: string;
  answer: string;
  readings: Array<[number, { deviceId: string; value: unknown }]>;
  wallMs: number;
  cpuMs: number;
  peakRssBytes: number;
  heapUsedBytes: number;
  messages: number;
  bytes: number;
  stages: Record<string, number[]>;
  /** Every subtask of the goal, stand-ins included: what the bench prints for a shelf that is not right. */
  subtasks: SubtaskTrail[];
}

/** One subtask as the coordinator recorded it, times in ms from the goal's submission. */
export interface SubtaskTrail {
  shelf: number | null;
  id: string;
  deviceId: string;
  status: string;
  /** The last stage the agent reported (mapping, executing ...). */
  stage: string | null;
  message: string | null;
  dispatchedMs: number | null;
  finishedMs: number | null;
  value: unknown;
}

export type HostReply = { kind: 'ready'; url: string; credentials: Array<[string, MqttCredentials]> } | { kind: 'online' } | { kind: 'result'; result: HostRunResult } | { kind: 'stopped' } | { kind: 'error'; message: string };

const logger = pino({ level: process.env.MESHMIND_LOG_LEVEL ?? 'silent' });
let side: FleetCoordinator | null = null;
let subtaskTimeoutMs = 0;
let centralBrain: AgentBrain | null = null;

function reply(message: HostReply): void {
  process.send?.(message);
}

async function handle(request: HostRequest): Promise<void> {
  switch (request.kind) {
    case 'start': {
      let planner;
      // The same world the agents' side builds: its robots are the identities to enroll.
      const probe = createWarehouseFleet({ seed: request.seed, robots: request.robots, shelves: request.shelves });
      probe.world.stop();
      if (request.mode === 'centralised') {
        centralBrain ??= await AgentBrain.create({}, logger);
        // The documents the central writer holds: the same vendors' descriptions for a world of this size.
        const descriptions = new Map<string, DeviceDescription>(probe.robots.map((robot) => [robot.description.type, robot.description]));
        planner = new CentralisedPlanner(new BuiltinPlanner(), centralBrain, descriptions);
      }
      subtaskTimeoutMs = request.subtaskTimeoutMs;
      side = await startFleetCoordinator({ shelves: request.shelves, logger, subtaskTimeoutMs: request.subtaskTimeoutMs, ...(planner ? { planner } : {}) });
      const started = side;
      return reply({ kind: 'ready', url: side.broker.url, credentials: probe.robots.map((robot) => [robot.id, started.credentialsFor(robot.id)]) });
    }
    case 'wait':
      await side!.waitForDevices(request.robots, 60_000 + request.robots * 100);
      return reply({ kind: 'online' });
    case 'run': {
      const current = side!;
      current.stages.clear();
      const countsBefore = current.broker.counts();
      let peakRssBytes = process.memoryUsage().rss;
      const sampler = setInterval(() => (peakRssBytes = Math.max(peakRssBytes, process.memoryUsage().rss)), 50);
      const cpuBefore = process.cpuUsage();
      const startedAt = performance.now();
      const submittedAt = Date.now();
      const submitted = current.coordinator.goals.submit({ text: request.text });
      const goal = await submitted.finished;
      const wallMs = performance.now() - startedAt;
      const cpu = process.cpuUsage(cpuBefore);
      clearInterval(sampler);
      const countsAfter = current.broker.counts();
      return reply({
        kind: 'result',
        result: {
          status: goal.status,
          answer: goal.answer ?? '',
          readings: [...reportedReadings(current.coordinator, submitted.goalId)],
          wallMs,
          cpuMs: (cpu.user + cpu.system) / 1000,
          peakRssBytes: Math.max(peakRssBytes, process.memoryUsage().rss),
          heapUsedBytes: process.memoryUsage().heapUsed,
          messages: countsAfter.messages - countsBefore.messages,
          bytes: countsAfter.bytes - countsBefore.bytes,
          stages: current.stages.stageTimes(),
          subtasks: current.coordinator.store.listSubtasks(submitted.goalId).map((row) => ({
            shelf: row.step?.resource?.id ?? null,
            id: row.id,
            deviceId: row.deviceId,
            status: row.status,
            stage: row.stage,
            message: row.message,
            // The deadline counts from dispatch, so dispatch = deadline - timeout.
            dispatchedMs: row.status === 'pending' ? null : row.deadline - subtaskTimeoutMs - submittedAt,
            finishedMs: row.finishedAt === null ? null : row.finishedAt - submittedAt,
            value: row.result && 'value' in row.result ? row.result.value : undefined,
          })),
        },
      });
    }
    case 'stop':
      await side?.stop();
      side = null;
      return reply({ kind: 'stopped' });
    case 'exit':
      await side?.stop();
      await centralBrain?.close();
      process.exit(0);
  }
}

process.on('message', (message) => {
  handle(message as HostRequest).catch((error: unknown) => reply({ kind: 'error', message: error instanceof Error ? error.message : String(error) }));
});
