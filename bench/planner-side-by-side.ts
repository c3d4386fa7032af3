// Usage: node --import tsx bench/planner-side-by-side.ts BASE_TREE [BLOCKS] ['goal|goal ...']
// The built-in planner of this tree and of another checkout (BASE_TREE, e.g. a `git worktree` of the
// base with hard-linked node_modules) in one process, on the example home's 32 devices: blocks of 100
// plans, the two trees alternating (base first in even blocks, this tree first in odd ones), CPU per
// plan summed per tree after two blocks of warm-up, and whether the two trees' plans of each goal
// are the same. In one process the two share the machine's load minute by minute, which two runs in
// turn on a shared machine do not. Default goals: bench:latency's one-device pair.
import { BuiltinPlanner as Mine, type PlannerDevice } from '@meshmind/coordinator';
import { openWordNet } from '@meshmind/language';
import { startExampleHomeStack } from './example-home-stack';

const basePath = process.argv[2] ?? '/tmp/lat-base16';
const blocks = Number(process.argv[3] ?? 20);
async function main(): Promise<void> {
  const baseCoordinator = await import(`${basePath}/apps/coordinator/src/index.ts`);
  const baseLanguage = await import(`${basePath}/libs/language/src/index.ts`);
  const home = await startExampleHomeStack('planner-ab');
  const devices: PlannerDevice[] = home.stack.coordinator.registry.list().map((device) => ({
    state: device.state, busy: false, id: device.profile.id, type: device.profile.type, name: device.profile.name,
    aliases: device.profile.aliases, nouns: device.profile.nouns, area: device.profile.area,
    capabilities: device.profile.capabilities, online: device.availability === 'online',
  }));
  const planners: Record<'base' | 'mine', { plan: Mine['plan'] }> = { base: new baseCoordinator.BuiltinPlanner({ wordNet: baseLanguage.openWordNet().wordNet }), mine: new Mine({ wordNet: openWordNet().wordNet }) };
  const fresh = () => devices.map((device) => ({ ...device }));
  const shapes = process.argv[4] ? [process.argv[4]] : ['turn on the kitchen light|turn off the kitchen light'];
  for (const shape of shapes) {
    const goals = shape.split('|');
    const used: Record<string, number> = { base: 0, mine: 0 };
    // Each tree's plans of each goal in the first warm-up block, to compare.
    const plans: Record<string, string[]> = { base: [], mine: [] };
    let count = 0;
        for (let block = -2; block < blocks; block += 1) {
      for (const name of block % 2 === 0 ? ['base', 'mine'] : ['mine', 'base']) {
        const before = process.cpuUsage();
        for (let i = 0; i < 100; i += 1) {
          const plan = await planners[name as 'base' | 'mine'].plan(goals[i % goals.length]!, fresh(), {});
          if (block === -2 && i < goals.length) plans[name]!.push(JSON.stringify(plan));
        }
        const spent = process.cpuUsage(before);
        if (block >= 0) used[name] = (used[name] ?? 0) + spent.user + spent.system;
      }
      if (block >= 0) count += 100;
    }
    console.log(`${goals[0]!.slice(0, 40).padEnd(41)} base ${(used.base! / 1000 / count).toFixed(3)} mine ${(used.mine! / 1000 / count).toFixed(3)} ms CPU/plan; same plans: ${plans.base!.join() === plans.mine!.join()}`);
  }
  await home.stop();
}
main().catch((e) => { console.error(e); process.exit(1); });
