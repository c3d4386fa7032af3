import { parseArgs } from 'node:util';
import type { SubtaskProgress } from '@meshmind/protocol';
import { ProgressOutbox } from '../apps/device-agent/src/progress-outbox';
import { startExampleHomeStack } from './example-home-stack';
import { GoalClient } from './goal-client';
import { watchCommits, type WatchedStore } from './commit-watch';

// Usage: npm run bench:latency [-- --goals 200 --concurrency 1 --client http|fetch --shapes one]
// (--shapes: a comma-separated subset of one, four, question, e.g. for a CPU profile of one shape;
// the ratio lines need the shapes they name.)
// One stack in this process as `npm start` runs it (embedded broker, coordinator, the example
// home's 32 agents, the built-in engine), goals over real HTTP with `wait: true`. For each goal
// shape it prints p50/p99 end to end and where the time went. Every boundary is read with
// performance.now() in this process (sub-millisecond), not from the event log's `at` (Date.now(),
// whole milliseconds: a stage of 0.3 ms read as 0 or 1, and a boundary's floor added about 0.5 ms to
// the stage after it):
//   http      request sent -> the goal's first commit (its goal.created event committed)
//   plan      that commit -> the plan's commit (goal.planned, the subtask rows and their dispatch)
//   dispatch  the plan's commit -> the agent's first stage began (its ProgressOutbox took `received`)
//   agent     the agent's first stage -> its last (map, generate, validate, execute, verify), by the
//             agent's own monotonic clock: the difference of the `elapsed` its progress carries
//             (performance.now() in the agent, sub-millisecond), not of `at` (Date.now(), whole ms)
//   report    the agent's last stage -> the coordinator committed the last subtask's settling (which
//             rides in the goal's answer commit: the two are one commit)
//   answer    that commit -> response received (the goal's view read, the reply, the client's parse)
// The bench stamps a commit by wrapping this process's store (`appendEvent`, `transaction`: an
// event's stamp is taken when the outermost transaction that appended it returns) and a stage by
// wrapping ProgressOutbox.add; nothing of the product changes.
// cpu is the whole process's CPU time per goal (broker, coordinator, agents, HTTP client): on a
// shared machine it moves far less with other people's load than the wall times do.
// The last line is the ratio the issue tracks: end to end / agent stages, p50, one-device goal.
// Numerator: the whole goal as the HTTP client sees it (request called -> body parsed, read with
// performance.now()). Denominator: the agent's stages, `received` -> `done` (or the last stage it
// reached), as above.
// The HTTP client is node's http.request over a keep-alive agent (bench/goal-client.ts); `--client
// fetch` uses fetch as the bench did before, to compare.

const { values } = parseArgs({ options: { goals: { type: 'string' }, concurrency: { type: 'string' }, client: { type: 'string' }, shapes: { type: 'string' } } });
const perShape = Number(values.goals ?? 200);
const concurrency = Number(values.concurrency ?? 1);
const clientKind = values.client ?? 'http';
if (clientKind !== 'http' && clientKind !== 'fetch') throw new Error(`--client is http or fetch, not ${clientKind}`);

// Each shape alternates two goals so every goal changes the device (no "already on" shortcut).
const ALL_SHAPES: Array<{ name: string; key: string; goals: string[] }> = [
  { name: 'one device', key: 'one', goals: ['turn on the kitchen light', 'turn off the kitchen light'] },
  {
    name: 'four devices',
    key: 'four',
    goals: [
      'turn on the kitchen light, the hallway light, the bedside lamp and the floor lamp',
      'turn off the kitchen light, the hallway light, the bedside lamp and the floor lamp',
    ],
  },
  { name: 'question', key: 'question', goals: ['what is the temperature in the bedroom?', 'is the front door locked?'] },
];

const wanted = values.shapes?.split(',').map((key) => key.trim()) ?? ALL_SHAPES.map((shape) => shape.key);
for (const key of wanted) if (!ALL_SHAPES.some((shape) => shape.key === key)) throw new Error(`--shapes takes one, four, question, not ${key}`);
const SHAPES = ALL_SHAPES.filter((shape) => wanted.includes(shape.key));

const STAGES = ['http', 'plan', 'dispatch', 'agent', 'report', 'answer'] as const;
type Stage = (typeof STAGES)[number];

interface Sample {
  total: number;
  stages: Record<Stage, number>;
  /** The slowest agent's own stages, for goals that span several devices. */
  slowestAgent: number;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const now = () => performance.timeOrigin + performance.now();

/** Milliseconds on one clock per goal: when each event of a kind was committed, when each agent stage began. */
interface Stamps {
  committed: Map<string, number[]>;
  stages: number[];
}
const stamps = new Map<string, Stamps>();
const stampsOf = (goalId: string): Stamps => {
  let entry = stamps.get(goalId);
  if (!entry) stamps.set(goalId, (entry = { committed: new Map(), stages: [] }));
  return entry;
};

// Every agent's stages, as its task hands them to its outbox (the moment the stage began, to a few microseconds).
const outboxAdd = ProgressOutbox.prototype.add;
ProgressOutbox.prototype.add = function add(this: ProgressOutbox, progress: SubtaskProgress) {
  stampsOf(progress.goalId).stages.push(now());
  return outboxAdd.call(this, progress);
};

/** Stamps each event of the coordinator's log when it is committed: at the end of the outermost transaction that appended it. */
function stampCommits(store: WatchedStore<{ kind: string; goalId?: string | null }>): void {
  const waiting: Array<{ goalId: string; kind: string }> = [];
  watchCommits(
    store,
    (event) => {
      if (event.goalId) waiting.push({ goalId: event.goalId, kind: event.kind });
    },
    () => {
      const at = now();
      for (const { goalId, kind } of waiting.splice(0)) {
        const committed = stampsOf(goalId).committed;
        committed.set(kind, [...(committed.get(kind) ?? []), at]);
      }
    },
  );
}

async function main(): Promise<void> {
  const home = await startExampleHomeStack('latency');
  const { coordinator } = home.stack;
  stampCommits(coordinator.store as never);
  // The agents' stage times, as their progress events carry them (same clock: one process).
  const progress = new Map<string, SubtaskProgress[]>();
  coordinator.dispatcher.on('progress', (event: SubtaskProgress) => {
    const list = progress.get(event.goalId) ?? [];
    list.push(event);
    progress.set(event.goalId, list);
  });
  const url = home.goalsUrl;
  const client = new GoalClient(url, home.token, concurrency);
  const post = async (text: string): Promise<{ status: number; body: unknown }> => {
    if (clientKind === 'http') return client.post(text);
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${home.token}` }, body: JSON.stringify({ text, wait: true }) });
    return { status: response.status, body: (await response.json()) as unknown };
  };

  async function runGoal(text: string): Promise<Sample | null> {
    const sent = now();
    const response = await post(text);
    const goal = response.body as { id?: string; status?: string };
    const received = now();
    if (!goal.id) return null;
    const goalStamps = stamps.get(goal.id);
    stamps.delete(goal.id);
    const stages = progress.get(goal.id) ?? [];
    progress.delete(goal.id);
    if (response.status !== 200 || goal.status !== 'done' || !goalStamps) return null;
    const committed = (kind: string) => goalStamps.committed.get(kind) ?? [];
    const created = committed('goal.created')[0];
    const planned = committed('goal.planned')[0];
    const subtaskFinished = committed('subtask.finished');
    if (created === undefined || planned === undefined || subtaskFinished.length === 0 || stages.length === 0 || goalStamps.stages.length === 0) return null;
    // Each agent's stages by its own monotonic clock (`elapsed`); `at` where an agent sent none.
    const byDevice = new Map<string, number[]>();
    for (const stage of stages) byDevice.set(stage.deviceId, [...(byDevice.get(stage.deviceId) ?? []), stage.elapsed ?? stage.at]);
    const spanOf = (times: number[]) => Math.max(...times) - Math.min(...times);
    const firstStage = Math.min(...goalStamps.stages);
    const lastStage = Math.max(...goalStamps.stages);
    const slowestAgent = Math.max(...[...byDevice.values()].map(spanOf));
    // One device: its span; several: first stage of any to last of any, by the bench's clock.
    const agentStages = byDevice.size === 1 ? spanOf([...byDevice.values()][0]!) : lastStage - firstStage;
    const lastSubtask = Math.max(...subtaskFinished);
    return {
      total: received - sent,
      slowestAgent,
      stages: {
        http: created - sent,
        plan: planned - created,
        dispatch: firstStage - planned,
        agent: agentStages,
        report: lastSubtask - lastStage,
        answer: received - lastSubtask,
      },
    };
  }

  const results: Array<{ shape: string; samples: Sample[]; failed: number; cpuPerGoal: number }> = [];
  for (const shape of SHAPES) {
    // Warm-up: the first goals of a shape fill caches that a running home has filled long ago.
    for (let index = 0; index < 6; index += 1) await runGoal(shape.goals[index % shape.goals.length]!);
    const samples: Sample[] = [];
    let failed = 0;
    let next = 0;
    const cpuBefore = process.cpuUsage();
    async function worker(): Promise<void> {
      while (next < perShape) {
        const index = next;
        next += 1;
        const sample = await runGoal(shape.goals[index % shape.goals.length]!);
        if (sample) samples.push(sample);
        else failed += 1;
      }
    }
    await Promise.all(Array.from({ length: concurrency }, () => worker()));
    const cpu = process.cpuUsage(cpuBefore);
    results.push({ shape: shape.name, samples, failed, cpuPerGoal: (cpu.user + cpu.system) / 1000 / perShape });
  }
  client.close();
  await home.stop();

  const ms = (value: number) => `${value.toFixed(2)}`.padStart(7);
  console.log(`${perShape} goals per shape, concurrency ${concurrency}, HTTP client ${clientKind}, times in ms (p50 per stage)`);
  console.log(`${'shape'.padEnd(14)}${'p50'.padStart(7)}${'p99'.padStart(7)}${STAGES.map((stage) => stage.padStart(9)).join('')}${'agent max'.padStart(10)} failed${'cpu'.padStart(7)}`);
  for (const { shape, samples, failed, cpuPerGoal } of results) {
    const totals = samples.map((sample) => sample.total);
    const stageCells = STAGES.map((stage) => `${ms(percentile(samples.map((sample) => sample.stages[stage]), 50))}  `).join('');
    console.log(`${shape.padEnd(14)}${ms(percentile(totals, 50))}${ms(percentile(totals, 99))}${stageCells}${ms(percentile(samples.map((sample) => sample.slowestAgent), 50))}   ${failed}${ms(cpuPerGoal)}`);
  }
  const four = results.find((result) => result.shape === 'four devices');
  if (four) {
    const fourRatio = percentile(four.samples.map((sample) => sample.total), 50) / percentile(four.samples.map((sample) => sample.slowestAgent), 50);
    console.log(`four devices: end-to-end / slowest agent p50: ${fourRatio.toFixed(2)}`);
  }
  const one = results.find((result) => result.shape === 'one device');
  if (one) {
    const ratio = percentile(one.samples.map((sample) => sample.total), 50) / percentile(one.samples.map((sample) => sample.stages.agent), 50);
    console.log(`end-to-end / agent stages p50: ${ratio.toFixed(2)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
