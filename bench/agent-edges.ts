import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { Aedes } from 'aedes';
import { MqttClient } from 'mqtt';
import type { SubtaskProgress } from '@meshmind/protocol';
import { TaskRunner } from '@meshmind/fsm';
import { ProgressOutbox } from '../apps/device-agent/src/progress-outbox';
import { InProcessStream } from '../apps/coordinator/src/in-process-stream';
import { startExampleHomeStack } from './example-home-stack';
import { GoalClient } from './goal-client';
import { profileTree, type ProfileNode } from './profile-tree';

// Usage: node --import tsx bench/agent-edges.ts [--goals 300] [--profile]
// (--profile: also a CPU profile at 20 us, each segment's busiest functions, inclusive, a goal.)
// The agent's side of bench:latency's one-device goal outside its stages (issue #18, twenty-fifth
// session), cut at edges stamped with process.hrtime and process.cpuUsage (the whole process: on the
// path of one goal nothing else of it runs), for each goal:
//   dispatch side
//     gets       the agent's mqtt.js client emits the subtask's PUBLISH as received (parsed)
//     received   the task's first stage reached its progress outbox (the subtask parsed and checked,
//                its dedup, the task machine made and started)
//   report side
//     done       the task's last stage reached its progress outbox
//     send       the agent's mqtt.js client emits the report's PUBLISH as sent (the result built and
//                worded, the report's JSON; its MQTT encoding comes after this event)
//     finished   the task runner's `finish` returned (the journal's sweep scheduled, the experience
//                cache, the queue's pump)
//     handed     the agent's in-memory stream took the report's bytes (mqtt-packet uncorks at nextTick)
//     turn       the event loop's check phase reached the stream's delivery (a setImmediate queued just
//                before the stream's own)
//     pushed     the broker's end of the stream was handed the bytes (its readable's push)
//     broker     the broker took the report (Aedes#publish: read from the stream at setImmediate, parsed)
// Each segment: wall p50 and CPU p50 in microseconds, and how many goals had a GC start in it.
// Nothing of the product changes; the stamps wrap library and class prototypes in this process.

const { values } = parseArgs({ options: { goals: { type: 'string' }, profile: { type: 'boolean' } } });
const goalCount = Number(values.goals ?? 300);

const EDGES = ['gets', 'received', 'done', 'send', 'finished', 'handed', 'turn', 'pushed', 'broker'] as const;
type Edge = (typeof EDGES)[number];
interface Stamp {
  at: number;
  cpu: number;
}
let current: Partial<Record<Edge, Stamp>> | null = null;
let reportWritten = false;
const mark = (edge: Edge) => {
  if (!current || current[edge] !== undefined) return;
  const usage = process.cpuUsage();
  current[edge] = { at: Number(process.hrtime.bigint()) / 1000, cpu: usage.user + usage.system };
};

const outboxAdd = ProgressOutbox.prototype.add;
ProgressOutbox.prototype.add = function add(this: ProgressOutbox, progress: SubtaskProgress) {
  if (progress.stage === 'received') mark('received');
  if (progress.stage === 'done') mark('done');
  return outboxAdd.call(this, progress);
};
const clientPrototype = MqttClient.prototype as unknown as { emit(this: MqttClient, event: string | symbol, ...args: unknown[]): boolean };
const clientEmit = clientPrototype.emit;
clientPrototype.emit = function emit(this: MqttClient, event: string | symbol, ...args: unknown[]) {
  const packet = args[0] as { cmd?: string; topic?: string } | undefined;
  if (current && packet?.cmd === 'publish') {
    if (event === 'packetreceive' && packet.topic?.endsWith('/subtasks')) mark('gets');
    if (event === 'packetsend' && packet.topic?.endsWith('/reports')) {
      mark('send');
      reportWritten = true;
    }
  }
  return clientEmit.call(this, event, ...args);
};
const runnerPrototype = TaskRunner.prototype as unknown as { finish(this: unknown, ...args: unknown[]): unknown };
const runnerFinish = runnerPrototype.finish;
runnerPrototype.finish = function finish(this: unknown, ...args: unknown[]) {
  const result = runnerFinish.apply(this, args);
  mark('finished');
  return result;
};
// The first write to any in-memory stream after the report's PUBLISH event carries the report
// (mqtt-packet corks the agent's stream and uncorks it at the next tick).
const streamPrototype = InProcessStream.prototype as unknown as Record<'_write' | '_writev', (this: unknown, ...args: unknown[]) => void>;
for (const method of ['_write', '_writev'] as const) {
  const original = streamPrototype[method];
  streamPrototype[method] = function write(this: unknown, ...args: unknown[]) {
    if (reportWritten) {
      reportWritten = false;
      mark('handed');
      // Queued before the stream queues its delivery: runs just ahead of it, in the same check phase.
      setImmediate(() => mark('turn'));
      brokerReads = true;
    }
    return original.apply(this, args);
  };
}
let brokerReads = false;
const streamPush = InProcessStream.prototype.push;
InProcessStream.prototype.push = function push(this: InProcessStream, ...args: Parameters<InProcessStream['push']>) {
  if (brokerReads && args[0] !== null) (brokerReads = false), mark('pushed');
  return streamPush.apply(this, args);
};
const aedesPrototype = Aedes.prototype as unknown as { publish(this: unknown, packet: { topic: string }, ...rest: unknown[]): unknown };
const brokerPublish = aedesPrototype.publish;
aedesPrototype.publish = function publish(this: unknown, packet: { topic: string }, ...rest: unknown[]) {
  if (packet.topic.endsWith('/reports')) mark('broker');
  return brokerPublish.call(this, packet, ...rest);
};

const gcStarts: number[] = [];
const { PerformanceObserver } = await import('node:perf_hooks');
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcStarts.push((performance.timeOrigin + entry.startTime) * 1000);
}).observe({ entryTypes: ['gc'] });

async function main(): Promise<void> {
  const home = await startExampleHomeStack('agent-edges');
  const client = new GoalClient(home.goalsUrl, home.token, 1);
  const texts = ['turn on the kitchen light', 'turn off the kitchen light'];
  for (let index = 0; index < 20; index += 1) await client.post(texts[index % 2]!);
  const session = values.profile ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 20 });
    await session.post('Profiler.start');
  }
  const goals: Array<Record<Edge, Stamp>> = [];
  // hrtime and the performance clock differ by a constant: read it once.
  const offset = Number(process.hrtime.bigint()) / 1000 - (performance.timeOrigin + performance.now()) * 1000;
  for (let index = 0; index < goalCount; index += 1) {
    current = {};
    reportWritten = false;
    brokerReads = false;
    const response = await client.post(texts[index % 2]!);
    const edges = current;
    current = null;
    if (response.status === 200 && EDGES.every((edge) => edges[edge] !== undefined)) goals.push(edges as Record<Edge, Stamp>);
  }
  const profile = session ? (await session.post('Profiler.stop')).profile : null;
  client.close();
  await home.stop();
  const p50 = (list: number[]) => [...list].sort((a, b) => a - b)[list.length >> 1]!;
  console.log(`${goals.length} of ${goalCount} goals; per segment: wall p50, CPU p50 (us), goals with a GC start in it`);
  EDGES.slice(1).forEach((edge, index) => {
    const from = EDGES[index]!;
    if (from === 'received') return; // the agent's stages
    const wall = p50(goals.map((goal) => goal[edge].at - goal[from].at));
    const cpu = p50(goals.map((goal) => goal[edge].cpu - goal[from].cpu));
    const withGc = goals.filter((goal) => gcStarts.some((start) => start + offset >= goal[from].at && start + offset < goal[edge].at)).length;
    console.log(`  ${`${from} -> ${edge}`.padEnd(22)} ${wall.toFixed(1).padStart(8)} ${cpu.toFixed(1).padStart(8)} ${String(withGc).padStart(5)}`);
  });
  if (profile) printProfile(profile as never, goals);
  const sum = (from: Edge, to: Edge) => p50(goals.map((goal) => goal[to].cpu - goal[from].cpu));
  console.log(`  agent's dispatch side (gets -> received) CPU p50 ${sum('gets', 'received').toFixed(1)} us; report side (done -> broker) ${sum('done', 'broker').toFixed(1)} us`);
}

/** Inclusive samples a goal (us) of each function in each segment of the agent's side. */
function printProfile(profile: { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] }, goals: Array<Record<Edge, Stamp>>): void {
  const { nodes, parent, label } = profileTree(profile.nodes);
  const segments = new Map<string, Map<string, number>>();
  const selfs = new Map<string, Map<string, number>>();
  let time = profile.startTime;
  let goalIndex = 0;
  for (let index = 0; index < profile.samples.length; index += 1) {
    time += profile.timeDeltas[index]!;
    while (goalIndex < goals.length && time > goals[goalIndex]!.broker.at) goalIndex += 1;
    const goal = goals[goalIndex];
    if (!goal) break;
    let segment: string | undefined;
    for (let edge = 1; edge < EDGES.length; edge += 1) {
      const from = EDGES[edge - 1]!;
      if (from !== 'received' && time >= goal[from].at && time < goal[EDGES[edge]!].at) segment = `${from} -> ${EDGES[edge]}`;
    }
    const node = nodes.get(profile.samples[index]!)!;
    if (!segment || node.callFrame.functionName === '(idle)') continue;
    const counts = segments.get(segment) ?? new Map<string, number>();
    segments.set(segment, counts);
    const selfCounts = selfs.get(segment) ?? new Map<string, number>();
    selfs.set(segment, selfCounts);
    selfCounts.set(label(node), (selfCounts.get(label(node)) ?? 0) + (profile.timeDeltas[index + 1] ?? 20));
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const key = label(nodes.get(id)!);
      if (seen.has(key)) continue;
      seen.add(key);
      counts.set(key, (counts.get(key) ?? 0) + (profile.timeDeltas[index + 1] ?? 20));
    }
  }
  for (const [segment, counts] of segments) {
    console.log(`${segment}: inclusive us a goal`);
    for (const [key, us] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 25))) console.log(`  ${(us / goals.length).toFixed(1).padStart(7)}  ${key}`);
    console.log(`${segment}: self us a goal`);
    for (const [key, us] of [...selfs.get(segment)!].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${(us / goals.length).toFixed(1).padStart(7)}  ${key}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
