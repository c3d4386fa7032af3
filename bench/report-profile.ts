import diagnosticsChannel from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { Aedes } from 'aedes';
import { MqttClient } from 'mqtt';
import type { SubtaskProgress } from '@meshmind/protocol';
import { ProgressOutbox } from '../apps/device-agent/src/progress-outbox';
import { startExampleHomeStack } from './example-home-stack';
import { GoalClient } from './goal-client';
import { profileTree, type ProfileNode } from './profile-tree';
import { watchCommits } from './commit-watch';

// Usage: node --import tsx bench/report-profile.ts [--goals 300] [--interval 50] [--top 25] [--save FILE] [--stacks]
// (--stacks: also each segment's busiest call paths, root first, node's own frames left out.)
// A CPU profile of bench:latency's one-device goals after the agent's last stage (the report and
// answer phases), cut at six edges stamped on the profiler's clock (process.hrtime):
//   done      the agent's last stage reached its progress outbox
//   write     the agent's mqtt.js client sent the report's PUBLISH
//   broker    the broker took it (Aedes#publish)
//   gets      the coordinator's client received it
//   settled   the coordinator's transaction that appended goal.finished returned (the settling commit)
//   reply     node's http server finished the reply
//   received  the bench's client had the parsed body
// For each segment between two edges: wall p50, busy CPU samples a goal, and the functions that ran
// in it (self and inclusive). Nothing of the product changes; the stamps wrap library prototypes.

const { values } = parseArgs({ options: { goals: { type: 'string' }, interval: { type: 'string' }, top: { type: 'string' }, save: { type: 'string' }, stacks: { type: 'boolean' } } });
const goalCount = Number(values.goals ?? 300);
const intervalUs = Number(values.interval ?? 50);
const top = Number(values.top ?? 25);

const EDGES = ['done', 'write', 'broker', 'gets', 'settled', 'reply', 'received'] as const;
type Edge = (typeof EDGES)[number];
const hr = () => Number(process.hrtime.bigint() / 1000n);
let current: Partial<Record<Edge, number>> | null = null;
const mark = (edge: Edge) => {
  if (current && current[edge] === undefined) current[edge] = hr();
};

const outboxAdd = ProgressOutbox.prototype.add;
ProgressOutbox.prototype.add = function add(this: ProgressOutbox, progress: SubtaskProgress) {
  if (progress.stage === 'done') mark('done');
  return outboxAdd.call(this, progress);
};
const clientPrototype = MqttClient.prototype as unknown as { emit(this: MqttClient, event: string | symbol, ...args: unknown[]): boolean };
const clientEmit = clientPrototype.emit;
clientPrototype.emit = function emit(this: MqttClient, event: string | symbol, ...args: unknown[]) {
  const packet = args[0] as { cmd?: string; topic?: string } | undefined;
  if (current && packet?.cmd === 'publish' && packet.topic?.endsWith('/reports')) {
    if (event === 'packetsend') mark('write');
    if (event === 'packetreceive') mark('gets');
  }
  return clientEmit.call(this, event, ...args);
};
const aedesPrototype = Aedes.prototype as unknown as { publish(this: unknown, packet: { topic: string }, ...rest: unknown[]): unknown };
const brokerPublish = aedesPrototype.publish;
aedesPrototype.publish = function publish(this: unknown, packet: { topic: string }, ...rest: unknown[]) {
  if (packet.topic.endsWith('/reports')) mark('broker');
  return brokerPublish.call(this, packet, ...rest);
};
diagnosticsChannel.subscribe('http.server.response.finish', () => mark('reply'));

type Node = ProfileNode;

async function main(): Promise<void> {
  const home = await startExampleHomeStack('report-profile');
  const store = home.stack.coordinator.store as unknown as { appendEvent(event: { kind: string }): void; transaction<T>(write: () => T): T };
  let finishing = false;
  watchCommits(
    store,
    (event) => {
      if (event.kind === 'goal.finished') finishing = true;
    },
    () => {
      if (finishing) (finishing = false), mark('settled');
    },
  );
  const client = new GoalClient(home.goalsUrl, home.token, 1);
  const texts = ['turn on the kitchen light', 'turn off the kitchen light'];
  for (let index = 0; index < 20; index += 1) await client.post(texts[index % 2]!);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: intervalUs });
  await session.post('Profiler.start');
  const goals: Array<Record<Edge, number>> = [];
  for (let index = 0; index < goalCount; index += 1) {
    current = {};
    const response = await client.post(texts[index % 2]!);
    mark('received');
    const edges = current;
    current = null;
    if (response.status === 200 && EDGES.every((edge) => edges[edge] !== undefined)) goals.push(edges as Record<Edge, number>);
  }
  const { profile } = await session.post('Profiler.stop');
  client.close();
  await home.stop();
  if (values.save) writeFileSync(values.save, JSON.stringify(profile));

  const { nodes, parent, label } = profileTree(profile.nodes as Node[]);
  const segments = EDGES.slice(1).map((edge, index) => `${EDGES[index]} -> ${edge}`);
  const busy = new Map(segments.map((name) => [name, 0]));
  const self = new Map(segments.map((name) => [name, new Map<string, number>()]));
  const inclusive = new Map(segments.map((name) => [name, new Map<string, number>()]));
  const stacks = new Map(segments.map((name) => [name, new Map<string, number>()]));
  const ours = (node: Node) => !/^node:|^$/.test(node.callFrame.url) || node.callFrame.functionName.startsWith('(');
  let time = profile.startTime as number;
  let goalIndex = 0;
  for (let index = 0; index < profile.samples!.length; index += 1) {
    time += profile.timeDeltas![index]!;
    while (goalIndex < goals.length && time > goals[goalIndex]!.received) goalIndex += 1;
    const goal = goals[goalIndex];
    if (!goal || time < goal.done) continue;
    // The segment whose end is the first edge at or after the sample (edges out of order fall to the later one).
    let segment = segments.length - 1;
    for (let edge = 1; edge < EDGES.length; edge += 1) if (time <= goal[EDGES[edge]!]) ((segment = edge - 1), (edge = EDGES.length));
    const name = segments[segment]!;
    const node = nodes.get(profile.samples![index]!)!;
    if (node.callFrame.functionName === '(idle)') continue;
    busy.set(name, busy.get(name)! + intervalUs);
    self.get(name)!.set(label(node), (self.get(name)!.get(label(node)) ?? 0) + intervalUs);
    const chain: string[] = [];
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) if (id === node.id || ours(nodes.get(id)!)) chain.unshift(label(nodes.get(id)!));
    const path = chain.slice(1).join(' > ');
    stacks.get(name)!.set(path, (stacks.get(name)!.get(path) ?? 0) + intervalUs);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const key = label(nodes.get(id)!);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.get(name)!.set(key, (inclusive.get(name)!.get(key) ?? 0) + intervalUs);
    }
  }
  const perGoal = (us: number) => (us / 1000 / goals.length).toFixed(3);
  const p50 = (list: number[]) => [...list].sort((a, b) => a - b)[list.length >> 1]!;
  console.log(`${goals.length} goals, sampling every ${intervalUs} us; per segment: wall p50 (ms), busy CPU a goal (ms)`);
  EDGES.slice(1).forEach((edge, index) => {
    const name = segments[index]!;
    const wall = p50(goals.map((goal) => (goal[edge] - goal[EDGES[index]!]) / 1000));
    console.log(`  ${name.padEnd(20)} ${wall.toFixed(3).padStart(7)} ${perGoal(busy.get(name)!).padStart(7)}`);
  });
  const out = (list: number[]) => [...list].filter((value) => value < 0).length;
  console.log(`  edges out of order (goals): ${EDGES.slice(1).map((edge, index) => `${edge} ${out(goals.map((goal) => goal[edge] - goal[EDGES[index]!]))}`).join(', ')}`);
  for (const name of segments) {
    console.log(`\n${name}: self, ms a goal`);
    for (const [key, us] of [...self.get(name)!].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${perGoal(us)}  ${key}`);
    console.log(`${name}: inclusive, ms a goal`);
    for (const [key, us] of [...inclusive.get(name)!].sort((a, b) => b[1] - a[1]).slice(0, top * 2)) console.log(`  ${perGoal(us)}  ${key}`);
    if (!values.stacks) continue;
    console.log(`${name}: call paths, ms a goal`);
    for (const [key, us] of [...stacks.get(name)!].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${perGoal(us)}  ${key}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
