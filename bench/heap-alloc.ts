import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { startExampleHomeStack } from './example-home-stack';
import { GoalClient } from './goal-client';

// Usage: node --import tsx bench/heap-alloc.ts [--goals 100] [--interval 1024] [--top 40]
// Where bench:latency's one-device goal allocates: V8's sampling heap profiler over the goals, with
// the objects the collector has already freed kept in the profile (the garbage is what is asked
// about), KB a goal by allocating function (self) and by frame on the stack (inclusive). With
// --callers NAME: what is allocated under frames whose label holds NAME, by the nearest project frame
// (outside node_modules) above them.

const { values } = parseArgs({ options: { goals: { type: 'string' }, interval: { type: 'string' }, top: { type: 'string' }, callers: { type: 'string' } } });
const goalCount = Number(values.goals ?? 100);
const interval = Number(values.interval ?? 1024);
const top = Number(values.top ?? 40);

interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}

async function main(): Promise<void> {
  const home = await startExampleHomeStack('heap-alloc');
  const client = new GoalClient(home.goalsUrl, home.token, 1);
  const goals = ['turn on the kitchen light', 'turn off the kitchen light'];
  for (let index = 0; index < 20; index += 1) await client.post(goals[index % 2]!);
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', { samplingInterval: interval, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as never);
  for (let index = 0; index < goalCount; index += 1) await client.post(goals[index % 2]!);
  const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as { profile: { head: HeapNode } };
  client.close();
  await home.stop();
  const label = (node: HeapNode) => `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.replace(/^.*\/(node_modules\/)?/, '')}:${node.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  const callers = new Map<string, number>();
  const project: string[] = [];
  const walk = (node: HeapNode, stack: Set<string>, under = false): number => {
    const name = label(node);
    const own = !node.callFrame.url.includes('node_modules') && node.callFrame.url.startsWith('file:');
    if (own) project.push(name);
    const inside = under || (values.callers !== undefined && name.includes(values.callers));
    if (inside && !under) callers.set(project.at(-1) ?? '(none)', (callers.get(project.at(-1) ?? '(none)') ?? 0) + subtotal(node));
    self.set(name, (self.get(name) ?? 0) + node.selfSize);
    let sum = node.selfSize;
    const fresh = !stack.has(name);
    if (fresh) stack.add(name);
    for (const child of node.children) sum += walk(child, stack, inside);
    if (fresh) {
      stack.delete(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + sum);
    }
    if (own) project.pop();
    return sum;
  };
  const subtotal = (node: HeapNode): number => node.children.reduce((sum, child) => sum + subtotal(child), node.selfSize);
  total = walk(profile.head, new Set());
  const kb = (bytes: number) => (bytes / 1024 / goalCount).toFixed(1).padStart(8);
  console.log(`${goalCount} one-device goals: ${kb(total)} KB a goal sampled`);
  console.log('self:');
  for (const [name, size] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${kb(size)}  ${name}`);
  if (values.callers) {
    console.log(`under "${values.callers}", by the nearest project frame above:`);
    for (const [name, size] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${kb(size)}  ${name}`);
  }
  console.log('inclusive:');
  for (const [name, size] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top * 2)) console.log(`${kb(size)}  ${name}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
