// Usage: node --import tsx bench/planner-alloc.ts [TREE] [PLANS] ['goal|goal ...']
// The built-in planner of one tree (TREE, a checkout with node_modules; default this one) alone in
// this process, on the example home's 32 devices as its registry reports them: after 400 plans of
// warm-up, PLANS plans (default 3000) of the goals in turn, giving CPU per plan, the bytes it
// allocates per plan (V8's sampling heap profiler, objects the collector took included, so every
// allocation counts, not only what stays) and the collector's passes per 1,000 plans. Unlike
// planner-side-by-side.ts, one tree per process: there the two trees share one heap, and one
// tree's garbage is collected in the other's turn. Run it for the base tree and this one in turn.
import { Session } from 'node:inspector/promises';
import { PerformanceObserver } from 'node:perf_hooks';
import type { PlannerDevice } from '@meshmind/coordinator';
import { startExampleHomeStack } from './example-home-stack';

const tree = process.argv[2] && process.argv[2] !== '.' ? process.argv[2] : process.cwd();
const plans = Number(process.argv[3] ?? 3000);
const goals = (process.argv[4] ?? 'turn on the kitchen light|turn off the kitchen light').split('|');

interface HeapNode { selfSize: number; children: HeapNode[] }
const bytesOf = (node: HeapNode): number => node.selfSize + node.children.reduce((sum, child) => sum + bytesOf(child), 0);

async function main(): Promise<void> {
  const { BuiltinPlanner } = await import(`${tree}/apps/coordinator/src/index.ts`);
  const { openWordNet } = await import(`${tree}/libs/language/src/index.ts`);
  const home = await startExampleHomeStack('planner-alloc');
  // As goal-service.ts builds them for each goal, over the registry's own profile and state objects.
  const devices: PlannerDevice[] = home.stack.coordinator.registry.list().map((device) => ({
    state: device.state, busy: false, id: device.profile.id, type: device.profile.type, name: device.profile.name,
    aliases: device.profile.aliases, nouns: device.profile.nouns, area: device.profile.area,
    capabilities: device.profile.capabilities, online: device.availability === 'online',
  }));
  await home.stop();
  const planner = new BuiltinPlanner({ wordNet: openWordNet().wordNet });
  const fresh = () => devices.map((device) => ({ ...device }));
  const run = async (count: number) => { for (let i = 0; i < count; i += 1) await planner.plan(goals[i % goals.length]!, fresh(), {}); };
  await run(400);
  let passes = 0;
  const observer = new PerformanceObserver((list) => { passes += list.getEntries().length; });
  observer.observe({ entryTypes: ['gc'] });
  const before = process.cpuUsage();
  await run(plans);
  const used = process.cpuUsage(before);
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', { samplingInterval: 256, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as never);
  await run(plans);
  const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as { profile: { head: HeapNode } };
  session.disconnect();
  console.log(`${tree}: ${((used.user + used.system) / 1000 / plans).toFixed(3)} ms CPU/plan, ${(bytesOf(profile.head) / plans / 1024).toFixed(1)} KiB allocated/plan, ${(passes / plans * 1000).toFixed(1)} collector passes per 1,000 plans`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
