import { parseArgs } from 'node:util';
import { BuiltinPlanner, type PlannerDevice } from '@meshmind/coordinator';
import { openWordNet } from '@meshmind/language';
import { startExampleHomeStack } from './example-home-stack';

// Usage: node --import tsx bench/planner-cpu.ts [--rounds 1000] [--goal TEXT ...]
// The built-in planner alone, on the example home's 32 devices as its registry reports them after
// start-up: CPU per plan() for bench:latency's three goal shapes, after 200 plans of warm-up. Each
// plan gets fresh device objects over the registry's own profile and state objects, as the goal
// service builds them for every goal. Run it beside a copy of the base (`git archive`) to compare:
// only the ratio of the two, measured in the same minutes, means anything on a shared machine.

const { values } = parseArgs({ options: { rounds: { type: 'string' }, goal: { type: 'string', multiple: true } } });
const rounds = Number(values.rounds ?? 1000);
const DEFAULT_GOALS = ['turn on the kitchen light', 'turn off the kitchen light, the hallway light, the bedside lamp and the floor lamp', 'what is the temperature in the bedroom?'];

async function main(): Promise<void> {
  const home = await startExampleHomeStack('planner-cpu');
  const devices: PlannerDevice[] = home.stack.coordinator.registry.list().map((device) => ({
    state: device.state,
    busy: false,
    id: device.profile.id,
    type: device.profile.type,
    name: device.profile.name,
    aliases: device.profile.aliases,
    nouns: device.profile.nouns,
    area: device.profile.area,
    capabilities: device.profile.capabilities,
    online: device.availability === 'online',
  }));
  const planner = new BuiltinPlanner({ wordNet: openWordNet().wordNet });
  const fresh = () => devices.map((device) => ({ ...device }));
  for (const text of values.goal ?? DEFAULT_GOALS) {
    for (let index = 0; index < 200; index += 1) await planner.plan(text, fresh(), {});
    const before = process.cpuUsage();
    for (let index = 0; index < rounds; index += 1) await planner.plan(text, fresh(), {});
    const used = process.cpuUsage(before);
    console.log(`${text.slice(0, 40).padEnd(41)} ${((used.user + used.system) / 1000 / rounds).toFixed(3)} ms CPU per plan`);
  }
  await home.stop();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
