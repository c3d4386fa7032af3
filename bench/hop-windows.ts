import { PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { SubtaskProgress } from '@meshmind/protocol';
import { ProgressOutbox } from '../apps/device-agent/src/progress-outbox';
import { startExampleHomeStack } from './example-home-stack';
import { GoalClient } from './goal-client';

// Usage: node --import tsx bench/hop-windows.ts [--goals 200]
// bench:latency's one-device goal cut in three windows: before the agent's first stage (HTTP, plan,
// dispatch), the agent's stages, after its last (report, answer). For each window, over the goals:
//   wall    performance.now(): p50 and mean
//   cpu     mean of the process's CPU time (getrusage: every thread, the main one and V8's GC helpers
//           and the sentence model's worker): the work done in the window, which moves far less with
//           other people's load than its wall time
//   alloc   p50 of the heap's growth in the window, over goals with no GC in it (KB)
//   GC      how many goals had a GC start in the window, and the mean pause a goal (ms)
// The edges are read only at the agent's first and last stage, never inside its stages, so the
// agent's window is not made longer by the measuring. (The kernel's per-thread schedstat was tried
// first, to split the main thread's time into on a CPU, waiting for one and asleep: its counters of a
// running thread move only at the scheduler's updates, a tick or a switch, so a window that ends
// deep in a run of the thread reads up to a tick short, and its "asleep" read 1.5-1.9 ms a goal
// where none was; getrusage brings the calling thread's count up to date.)

const { values } = parseArgs({ options: { goals: { type: 'string' } } });
const goalCount = Number(values.goals ?? 200);

interface Edge {
  at: number;
  cpu: number;
  heap: number;
  gcs: number;
}
const gcs: Array<{ start: number; duration: number }> = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcs.push({ start: entry.startTime, duration: entry.duration });
}).observe({ entryTypes: ['gc'] });
function edge(): Edge {
  const at = performance.now();
  const usage = process.cpuUsage();
  return { at, cpu: (usage.user + usage.system) / 1000, heap: process.memoryUsage().heapUsed, gcs: gcs.length };
}

const FINAL_STAGES = new Set(['done', 'failed', 'not_executable', 'cancelled', 'expired']);
let firstStage: Edge | null = null;
let lastStage: Edge | null = null;
const outboxAdd = ProgressOutbox.prototype.add;
ProgressOutbox.prototype.add = function add(this: ProgressOutbox, progress: SubtaskProgress) {
  if (progress.stage === 'received') firstStage = edge();
  else if (FINAL_STAGES.has(progress.stage)) lastStage = edge();
  return outboxAdd.call(this, progress);
};

const WINDOWS = ['before', 'agent', 'after', 'total'] as const;
const METRICS = ['wall', 'cpu'] as const;

async function main(): Promise<void> {
  const home = await startExampleHomeStack('hop-windows');
  const client = new GoalClient(home.goalsUrl, home.token, 1);
  const goals = ['turn on the kitchen light', 'turn off the kitchen light'];
  for (let index = 0; index < 20; index += 1) await client.post(goals[index % 2]!);
  const rows = new Map<string, number[]>();
  const put = (key: string, value: number) => rows.set(key, [...(rows.get(key) ?? []), value]);
  const gcGoals = new Map<string, number>();
  const gcPause = new Map<string, number>();
  let measured = 0;
  for (let index = 0; index < goalCount; index += 1) {
    firstStage = null;
    lastStage = null;
    const start = edge();
    const response = await client.post(goals[index % 2]!);
    const end = edge();
    const first = firstStage as Edge | null;
    const last = lastStage as Edge | null;
    if (response.status !== 200 || !first || !last) continue;
    measured += 1;
    const spans: Array<[(typeof WINDOWS)[number], Edge, Edge]> = [['before', start, first], ['agent', first, last], ['after', last, end], ['total', start, end]];
    for (const [name, from, to] of spans) {
      put(`${name} wall`, to.at - from.at);
      put(`${name} cpu`, to.cpu - from.cpu);
      const started = gcs.filter((gc) => gc.start >= from.at && gc.start < to.at);
      if (started.length === 0) put(`${name} alloc`, (to.heap - from.heap) / 1024);
      else gcGoals.set(name, (gcGoals.get(name) ?? 0) + 1);
      gcPause.set(name, (gcPause.get(name) ?? 0) + started.reduce((sum, gc) => sum + gc.duration, 0));
    }
  }
  client.close();
  await home.stop();
  const p50 = (list: number[] | undefined) => {
    if (!list || list.length === 0) return Number.NaN;
    const sorted = [...list].sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 2)]!;
  };
  const mean = (list: number[] | undefined) => (list && list.length > 0 ? list.reduce((sum, value) => sum + value, 0) / list.length : Number.NaN);
  console.log(`${measured} one-device goals, ms; cpu: the whole process's, mean`);
  console.log(`${'window'.padEnd(8)}${'wall p50'.padStart(10)}${'mean'.padStart(9)}${'cpu'.padStart(9)}${'alloc KB'.padStart(10)}   GC: goals, pause a goal`);
  for (const name of WINDOWS) {
    const cells = [p50(rows.get(`${name} wall`)).toFixed(3).padStart(10), ...METRICS.map((metric) => mean(rows.get(`${name} ${metric}`)).toFixed(3).padStart(9))].join('');
    console.log(`${name.padEnd(8)}${cells}${p50(rows.get(`${name} alloc`)).toFixed(0).padStart(10)}   ${gcGoals.get(name) ?? 0}, ${((gcPause.get(name) ?? 0) / Math.max(1, measured)).toFixed(3)}`);
  }
  const hopsCpu = mean(rows.get('before cpu')) + mean(rows.get('after cpu'));
  console.log(`CPU outside the agent's stages, mean: ${hopsCpu.toFixed(3)} ms a goal`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
