import diagnosticsChannel from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { MqttClient } from 'mqtt';
import { Aedes } from 'aedes';
import { ProgressOutbox } from '../apps/device-agent/src/progress-outbox';
import { startExampleHomeStack } from './example-home-stack';
import { GoalClient } from './goal-client';

// Usage: node --import tsx bench/latency-timeline.ts [--goals 40] [--show 1] [--profile FILE.cpuprofile]
// (--profile: a CPU profile of the recorded goals only, start-up left out.)
// The timeline of one-device goals on the in-process stack (`bench:latency`'s first shape): every
// step of a goal stamped with performance.now() (HTTP request and reply, each store call, the
// planner, each SQLite statement, every MQTT packet each client sends and receives, the broker's
// publishes, the agents' task-machine states as their progress goes out), then the gaps between
// consecutive stamps. It prints the whole timeline of the median goal and, over all goals, the
// median gap before each kind of step: where the time between the agent's stages goes.
// It wraps library prototypes in this process only; nothing of the product changes.

const { values } = parseArgs({ options: { goals: { type: 'string' }, show: { type: 'string' }, profile: { type: 'string' } } });
const goalCount = Number(values.goals ?? 40);
const shown = Number(values.show ?? 1);

interface Stamp {
  at: number;
  /** The process's CPU time (user + system, all threads) at the stamp, in ms: what each step cost. */
  cpu: number;
  what: string;
}

let recording: Stamp[] | null = null;
const cpuNow = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const stamp = (what: string) => recording?.push({ at: performance.now(), cpu: cpuNow(), what });

/** Replaces `object[name]` with a wrapper that stamps its start and its (synchronous) end. */
function wrapSync(object: Record<string, unknown>, name: string, label: (self: unknown, args: unknown[]) => string | null): void {
  const original = object[name] as (...args: unknown[]) => unknown;
  object[name] = function wrapped(this: unknown, ...args: unknown[]) {
    const what = recording ? label(this, args) : null;
    if (what) stamp(`${what} {`);
    try {
      return original.apply(this, args);
    } finally {
      if (what) stamp(`} ${what}`);
    }
  };
}

function packetLabel(packet: { cmd?: string; topic?: string; payload?: Buffer | string; messageId?: number; qos?: number }): string {
  const topic = packet.topic ? ` ${packet.topic.replace(/^meshmind\/v\d+\//, '')}` : '';
  let stage = '';
  if (packet.topic?.endsWith('/progress') && packet.payload) {
    try {
      stage = ` [${(JSON.parse(packet.payload.toString()) as { stage?: string }).stage}]`;
    } catch {
      stage = '';
    }
  }
  return `${packet.cmd}${packet.qos ? ` q${packet.qos}` : ''}${topic}${stage}`;
}

// MQTT clients: every packet sent and received, and the 'message' handed to the application.
// (mqtt.js types emit per event; the wrapper passes every event through as it came.)
const clientPrototype = MqttClient.prototype as unknown as { emit(this: MqttClient, event: string | symbol, ...args: unknown[]): boolean };
const clientEmit = clientPrototype.emit;
clientPrototype.emit = function emit(this: MqttClient, event: string | symbol, ...args: unknown[]) {
  if (recording && (event === 'packetsend' || event === 'packetreceive')) {
    const who = String(this.options.clientId ?? '?');
    stamp(`${who} ${event === 'packetsend' ? 'sends' : 'gets'} ${packetLabel(args[0] as never)}`);
  }
  return clientEmit.call(this, event, ...args);
};

// The broker: each PUBLISH it takes in (before its store and its deliveries).
wrapSync(Aedes.prototype as unknown as Record<string, unknown>, 'publish', (_self, args) => {
  const packet = args[0] as { topic: string };
  return packet.topic.startsWith('$SYS') ? null : `broker publish ${packetLabel(args[0] as never)}`;
});

// SQLite: every statement run, on either database (the coordinator's, the agents').
const statementPrototype = new Database(':memory:').prepare('select 1').constructor.prototype as Record<string, unknown>;
for (const method of ['run', 'get', 'all']) {
  wrapSync(statementPrototype, method, (self) => {
    const statement = self as { source: string; database: { name: string } };
    const database = statement.database.name.endsWith('agents.db') ? 'agents.db' : statement.database.name.endsWith('meshmind.db') ? 'meshmind.db' : 'other.db';
    return `sql ${database} ${method} ${statement.source.replace(/\s+/g, ' ').slice(0, 60)}`;
  });
}
wrapSync(Database.prototype as unknown as Record<string, unknown>, 'pragma', (_self, args) => `pragma ${String(args[0])}`);

// HTTP: the server sees the request and finishes the reply; the client (node:http, as bench:latency
// uses) sends and gets headers.
diagnosticsChannel.subscribe('http.server.request.start', () => stamp('http server request'));
diagnosticsChannel.subscribe('http.server.response.finish', () => stamp('http server reply finished'));
diagnosticsChannel.subscribe('http.client.request.start', () => stamp('client sends'));
diagnosticsChannel.subscribe('http.client.response.finish', () => stamp('client gets headers'));

// The agents' task-machine states as they reach the agent's progress outbox (one message per task
// and turn of the event loop goes out later, with every stage in it).
wrapSync(ProgressOutbox.prototype as unknown as Record<string, unknown>, 'add', (_self, args) => `agent stage [${(args[0] as { stage: string }).stage}]`);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** A step's kind: its label without ids and numbers, so the same step of different goals groups. */
function kindOf(what: string): string {
  return what.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '<id>').replace(/\d+/g, '#');
}

async function main(): Promise<void> {
  const home = await startExampleHomeStack('timeline');
  const { coordinator } = home.stack;
  const store = coordinator.store as unknown as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(Object.getPrototypeOf(store))) {
    if (name !== 'constructor' && typeof store[name] === 'function') wrapSync(store, name, () => `store.${name}`);
  }
  const planner = (coordinator.goals as unknown as { options: { planner: Record<string, unknown> } }).options.planner;
  const plan = planner.plan as (...args: unknown[]) => Promise<unknown>;
  planner.plan = async function timedPlan(this: unknown, ...args: unknown[]) {
    stamp('plan {');
    try {
      return await plan.apply(this, args);
    } finally {
      stamp('} plan');
    }
  };

  const goals = ['turn on the kitchen light', 'turn off the kitchen light'];
  const client = new GoalClient(home.goalsUrl, home.token);
  const runGoal = async (index: number, record: boolean) => {
    const stamps: Stamp[] = [];
    recording = record ? stamps : null;
    stamp('client called');
    const response = await client.post(goals[index % 2]!);
    const body = response.body as { status?: string };
    stamp('response read');
    recording = null;
    // Late stamps (the broker's last acknowledgements) that come after the reply are not the goal's.
    return { stamps, ok: body.status === 'done' };
  };
  for (let index = 0; index < 8; index += 1) await runGoal(index, false);
  const timelines: Stamp[][] = [];
  const session = values.profile ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
  }
  for (let index = 0; index < goalCount; index += 1) {
    const { stamps, ok } = await runGoal(index, true);
    if (ok) timelines.push(stamps);
  }
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(values.profile!, JSON.stringify(profile));
    session.disconnect();
  }
  client.close();
  await home.stop();

  const total = (stamps: Stamp[]) => stamps.at(-1)!.at - stamps[0]!.at;
  const byTotal = [...timelines].sort((a, b) => total(a) - total(b));
  const medianGoal = byTotal[Math.floor(byTotal.length / 2)]!;
  for (const stamps of [medianGoal, ...byTotal.slice(0, Math.max(0, shown - 1))]) {
    console.log(`\none goal, ${total(stamps).toFixed(2)} ms end to end (median of ${timelines.length}); ms since start, gap to the previous stamp, CPU in that gap:`);
    let previous = stamps[0]!;
    for (const entry of stamps) {
      console.log(`${(entry.at - stamps[0]!.at).toFixed(3).padStart(9)} ${(entry.at - previous.at).toFixed(3).padStart(8)} ${(entry.cpu - previous.cpu).toFixed(3).padStart(7)}  ${entry.what}`);
      previous = entry;
    }
  }
  // Over all goals: the median gap before each kind of step, the biggest first.
  const gaps = new Map<string, number[]>();
  for (const stamps of timelines) {
    for (let index = 1; index < stamps.length; index += 1) {
      const key = kindOf(stamps[index]!.what);
      const list = gaps.get(key) ?? [];
      list.push(stamps[index]!.at - stamps[index - 1]!.at);
      gaps.set(key, list);
    }
  }
  console.log(`\nmedian gap before each step over ${timelines.length} goals (ms; count per goal), biggest sums first:`);
  const rows = [...gaps.entries()].map(([key, list]) => ({ key, median: median(list), perGoal: list.length / timelines.length }));
  rows.sort((a, b) => b.median * b.perGoal - a.median * a.perGoal);
  for (const row of rows.slice(0, 40)) console.log(`${row.median.toFixed(3).padStart(8)} x${row.perGoal.toFixed(1).padStart(4)}  ${row.key}`);
  // Milestones of a goal's path, each the first stamp after the previous one that matches.
  const milestones: Array<[string, RegExp]> = [
    ['client called', /^client called$/],
    ['HTTP server has the request', /^http server request$/],
    ['goal recorded', /^} store\.appendEvent$/],
    ['planner starts', /^plan \{$/],
    ['planner ends', /^} plan$/],
    ['coordinator sends the subtask', /coordinator\S* sends publish q1 \S+\/subtasks/],
    ['broker takes the subtask', /^broker publish .*\/subtasks \{$/],
    ['agent gets the subtask', /agent\S* gets publish q1 \S+\/subtasks/],
    ['agent: received', /^agent stage \[received\] \{$/],
    ['agent: done', /^agent stage \[done\] \{$/],
    ['agent sends its report', /agent\S* sends publish q1 \S+\/reports/],
    ['broker takes the report', /^broker publish .*\/reports \{$/],
    ['coordinator gets the report', /coordinator\S* gets publish q1 \S+\/reports/],
    ['goal recorded finished', /^} store\.updateGoal$/],
    ['HTTP reply finished', /^http server reply finished$/],
    ['response read', /^response read$/],
  ];
  const spans = new Map<string, number[]>();
  const spanCpu = new Map<string, number[]>();
  // Per goal: wall and CPU of the whole goal, and of the agent's stages (received -> done).
  const hopsWall: number[] = [];
  const hopsCpu: number[] = [];
  const goalCpu: number[] = [];
  const stagesCpu: number[] = [];
  for (const stamps of timelines) {
    let from = 0;
    let previous = stamps[0]!;
    let previousName = milestones[0]![0];
    let received: Stamp | undefined;
    let done: Stamp | undefined;
    for (const [name, pattern] of milestones.slice(1)) {
      const index = stamps.findIndex((entry, position) => position > from && pattern.test(entry.what));
      if (index < 0) continue;
      const key = `${previousName} -> ${name}`;
      spans.set(key, [...(spans.get(key) ?? []), stamps[index]!.at - previous.at]);
      spanCpu.set(key, [...(spanCpu.get(key) ?? []), stamps[index]!.cpu - previous.cpu]);
      if (name === 'agent: received') received = stamps[index];
      if (name === 'agent: done') done = stamps[index];
      from = index;
      previous = stamps[index]!;
      previousName = name;
    }
    const first = stamps[0]!;
    const last = stamps.at(-1)!;
    goalCpu.push(last.cpu - first.cpu);
    if (received && done) {
      stagesCpu.push(done.cpu - received.cpu);
      hopsCpu.push(last.cpu - first.cpu - (done.cpu - received.cpu));
      hopsWall.push(last.at - first.at - (done.at - received.at));
    }
  }
  // Statements that took long (a WAL checkpoint, an fsync), over all goals: how often, and how long.
  const slow = new Map<string, number[]>();
  for (const stamps of timelines) {
    const open = new Map<string, number>();
    for (const { at, what } of stamps) {
      if (what.startsWith('sql ') && what.endsWith(' {')) open.set(what.slice(0, -2), at);
      else if (what.startsWith('} sql ')) {
        const key = what.slice(2);
        const started = open.get(key);
        open.delete(key);
        if (started !== undefined && at - started >= 1) slow.set(kindOf(key), [...(slow.get(kindOf(key)) ?? []), at - started]);
      }
    }
  }
  console.log(`\nstatements of 1 ms or more over ${timelines.length} goals (count, median ms, sum ms):`);
  for (const [key, list] of [...slow].sort((a, b) => b[1].reduce((x, y) => x + y, 0) - a[1].reduce((x, y) => x + y, 0)).slice(0, 12)) {
    console.log(`${String(list.length).padStart(5)} ${median(list).toFixed(2).padStart(8)} ${list.reduce((x, y) => x + y, 0).toFixed(1).padStart(8)}  ${key}`);
  }
  // CPU is the process's (every thread), read with getrusage at each stamp: far steadier than wall
  // time on a shared machine, where a step's wall time is mostly waiting for a core.
  console.log(`\nmedian time between milestones over ${timelines.length} goals (ms): wall, CPU`);
  for (const [key, list] of spans) {
    console.log(`${median(list).toFixed(3).padStart(8)} ${median(spanCpu.get(key) ?? []).toFixed(3).padStart(8)}  ${key}${list.length < timelines.length ? ` (${list.length} goals)` : ''}`);
  }
  console.log(`\nend to end p50: ${median(timelines.map(total)).toFixed(2)} ms`);
  console.log(`CPU per goal p50: ${median(goalCpu).toFixed(2)} ms, of it the agent's stages (received -> done) ${median(stagesCpu).toFixed(2)} ms`);
  console.log(`the hops (the goal less the agent's stages) p50: wall ${median(hopsWall).toFixed(2)} ms, CPU ${median(hopsCpu).toFixed(2)} ms`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
