import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import type { SubtaskProgress } from '@meshmind/protocol';
import { ProgressOutbox } from '../apps/device-agent/src/progress-outbox';
import { startExampleHomeStack } from './example-home-stack';
import { GoalClient } from './goal-client';
import { LAYERS, layerOf } from './hop-layers';
import { profileTree, type ProfileNode } from './profile-tree';

// Usage: node --import tsx bench/hop-profile.ts [--goals 300] [--interval 50] [--top 40] [--save FILE]
// A CPU profile of bench:latency's one-device goals, each sample put in a window by stamps taken on
// the profiler's clock (process.hrtime, CLOCK_MONOTONIC as V8's TimeTicks): before the agent's first
// stage (HTTP, plan, dispatch), inside its stages, after its last (report, answer), or between goals.
// Each sample counts the profile's interval, not the gap to the next sample (under load that gap is
// time the process did not run). Prints, per window, the samples' self time by function and the
// inclusive time of chosen frames: where the hops' CPU goes.

const { values } = parseArgs({ options: { goals: { type: 'string' }, interval: { type: 'string' }, top: { type: 'string' }, save: { type: 'string' } } });
// After the windows it prints each busy sample of the two hop windows put in one
// layer of the stack (hop-layers.ts), so that a change of design can be sized before it is made.
const goalCount = Number(values.goals ?? 300);
const intervalUs = Number(values.interval ?? 50);
const top = Number(values.top ?? 40);

const hr = () => Number(process.hrtime.bigint() / 1000n);
let stages: number[] = [];
const outboxAdd = ProgressOutbox.prototype.add;
ProgressOutbox.prototype.add = function add(this: ProgressOutbox, progress: SubtaskProgress) {
  stages.push(hr());
  return outboxAdd.call(this, progress);
};

type Node = ProfileNode;

async function main(): Promise<void> {
  const home = await startExampleHomeStack('hop-profile');
  const client = new GoalClient(home.goalsUrl, home.token, 1);
  const goals = ['turn on the kitchen light', 'turn off the kitchen light'];
  for (let index = 0; index < 20; index += 1) await client.post(goals[index % 2]!);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: intervalUs });
  await session.post('Profiler.start');
  const windows: Array<{ sent: number; first: number; last: number; received: number }> = [];
  for (let index = 0; index < goalCount; index += 1) {
    stages = [];
    const sent = hr();
    const response = await client.post(goals[index % 2]!);
    const received = hr();
    if (response.status !== 200 || stages.length === 0) continue;
    windows.push({ sent, first: Math.min(...stages), last: Math.max(...stages), received });
  }
  const { profile } = await session.post('Profiler.stop');
  client.close();
  await home.stop();
  if (values.save) writeFileSync(values.save, JSON.stringify(profile));

  const { nodes, parent, label } = profileTree(profile.nodes as Node[]);
  const windowNames = ['before', 'agent', 'after', 'between'] as const;
  const self = new Map<string, Map<string, number>>(windowNames.map((name) => [name, new Map()]));
  const inclusive = new Map<string, Map<string, number>>(windowNames.map((name) => [name, new Map()]));
  const totals = new Map<string, number>(windowNames.map((name) => [name, 0]));
  const idle = new Map<string, number>(windowNames.map((name) => [name, 0]));
  const idleAround = new Map<string, number>();
  const layers = new Map<string, Map<string, number>>(windowNames.map((name) => [name, new Map()]));
  // The frames under the root a sample ran in, outermost first, to name where an idle gap sat.
  const outer = (nodeId: number) => {
    const chain: string[] = [];
    for (let id: number | undefined = nodeId; id !== undefined; id = parent.get(id)) chain.unshift(label(nodes.get(id)!));
    return chain.slice(1, 4).join(' > ') + ' ... ' + chain.at(-1);
  };
  let lastBusy = '';
  let time = profile.startTime as number;
  let windowIndex = 0;
  for (let index = 0; index < profile.samples!.length; index += 1) {
    time += profile.timeDeltas![index]!;
    while (windowIndex < windows.length && time > windows[windowIndex]!.received) windowIndex += 1;
    const window = windows[windowIndex];
    let name: (typeof windowNames)[number] = 'between';
    if (window && time >= window.sent) name = time < window.first ? 'before' : time <= window.last ? 'agent' : 'after';
    const nodeId = profile.samples![index]!;
    const node = nodes.get(nodeId)!;
    if (node.callFrame.functionName === '(idle)') {
      idle.set(name, idle.get(name)! + intervalUs);
      if (name === 'before' || name === 'after') {
        let next = index + 1;
        while (next < profile.samples!.length && nodes.get(profile.samples![next]!)!.callFrame.functionName === '(idle)') next += 1;
        const around = `${name}: ${lastBusy} -> ${next < profile.samples!.length ? outer(profile.samples![next]!) : 'end'}`;
        idleAround.set(around, (idleAround.get(around) ?? 0) + intervalUs);
      }
      continue;
    }
    lastBusy = outer(nodeId);
    totals.set(name, totals.get(name)! + intervalUs);
    const chainUrls: Array<{ functionName: string; url: string }> = [];
    for (let id: number | undefined = nodeId; id !== undefined; id = parent.get(id)) chainUrls.push(nodes.get(id)!.callFrame);
    const layer = layerOf(chainUrls);
    layers.get(name)!.set(layer, (layers.get(name)!.get(layer) ?? 0) + intervalUs);
    const selfMap = self.get(name)!;
    selfMap.set(label(node), (selfMap.get(label(node)) ?? 0) + intervalUs);
    const seen = new Set<string>();
    for (let id: number | undefined = nodeId; id !== undefined; id = parent.get(id)) {
      const key = label(nodes.get(id)!);
      if (seen.has(key)) continue;
      seen.add(key);
      const map = inclusive.get(name)!;
      map.set(key, (map.get(key) ?? 0) + intervalUs);
    }
  }
  const perGoal = (us: number) => (us / 1000 / windows.length).toFixed(3);
  console.log(`${windows.length} goals, sampling every ${intervalUs} us; ms of CPU a goal by window:`);
  for (const name of windowNames) console.log(`  ${name.padEnd(8)} ${perGoal(totals.get(name)!)} busy, ${perGoal(idle.get(name)!)} idle`);
  console.log('\nbusy samples by layer (the leaf-most frame that names one), ms a goal and share of the two hop windows:');
  const hopTotal = totals.get('before')! + totals.get('after')!;
  console.log(`  ${'layer'.padEnd(38)} ${'before'.padStart(7)} ${'after'.padStart(7)} ${'both'.padStart(7)}  share`);
  for (const layer of LAYERS) {
    const before = layers.get('before')!.get(layer) ?? 0;
    const after = layers.get('after')!.get(layer) ?? 0;
    console.log(`  ${layer.padEnd(38)} ${perGoal(before).padStart(7)} ${perGoal(after).padStart(7)} ${perGoal(before + after).padStart(7)}  ${((100 * (before + after)) / hopTotal).toFixed(1).padStart(5)}%`);
  }
  console.log('\nidle in the hops, by the sample before and after it, ms a goal');
  for (const [key, us] of [...idleAround].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${perGoal(us)}  ${key}`);
  for (const name of ['before', 'after'] as const) {
    console.log(`\n${name}: self, ms a goal`);
    for (const [key, us] of [...self.get(name)!].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${perGoal(us)}  ${key}`);
    console.log(`\n${name}: inclusive, ms a goal`);
    for (const [key, us] of [...inclusive.get(name)!].sort((a, b) => b[1] - a[1]).slice(0, top * 2)) console.log(`  ${perGoal(us)}  ${key}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
