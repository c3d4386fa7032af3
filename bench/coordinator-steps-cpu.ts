import { parseArgs } from 'node:util';
import { parseClosedLoopGoal } from '../apps/coordinator/src/closed-loop';
import { toPlannerDevice } from '../apps/coordinator/src/goal-service';
import { startExampleHomeStack } from './example-home-stack';
import { GoalClient } from './goal-client';

// Usage: node --import tsx bench/coordinator-steps-cpu.ts [--rounds 5] [--calls 400]
// The coordinator's own steps of bench:latency's one-device goal, each called alone on the live
// example-home stack (its 32 devices, its store on disk, after 20 real goals), in rounds: every
// round calls each step `calls` times, one step after the other, so a change of the machine's
// load falls on all steps alike. Prints the process's CPU per call (user + system, microseconds),
// the median over the rounds and its range. These are the steps GoalService.run takes before the
// planner, the planner itself, and the finished goal's view (what `wait: true` answered with; where
// the ledger has viewOf, also that: the goal's row held, its subtasks read, as it answers now);
// what is not here (the commits, HTTP, MQTT, the agent's arrival) is sized by bench/hop-profile.ts.
// It reaches the service's private members at run time; nothing of the product changes.

const { values } = parseArgs({ options: { rounds: { type: 'string' }, calls: { type: 'string' } } });
const rounds = Number(values.rounds ?? 5);
const calls = Number(values.calls ?? 400);

interface Internals {
  turns: { begin(conversationId: string, text: string): unknown; admit(conversationId: string, caller: undefined): unknown };
  schedules: { answerCancel(text: string): unknown; answerRepeat(text: string): unknown };
  steps: { busy(deviceId: string): boolean };
  aliases: { apply<T>(devices: T[]): T[] };
  corrections: { read(goalId: string, conversationId: string, text: string, carried: object, devices: unknown[]): unknown };
  options: { store: { transaction<T>(write: () => T): T }; planner: { plan(text: string, devices: unknown[], context: object): Promise<unknown> } };
  view(goalId: string): unknown;
  ledger: { viewOf?(goal: object): unknown };
}

const home = await startExampleHomeStack('coordinator-steps');
try {
  const client = new GoalClient(home.goalsUrl, home.token);
  const texts = ['turn on the kitchen light', 'turn off the kitchen light'];
  let goalId = '';
  for (let index = 0; index < 20; index += 1) goalId = ((await client.post(texts[index % 2]!)).body as { id: string }).id;
  client.close();
  const goals = home.stack.coordinator.goals as unknown as Internals;
  const registry = home.stack.coordinator.registry;
  const conversationId = `steps-${Date.now()}`;
  goals.options.store.transaction(() => goals.turns.admit(conversationId, undefined));
  // The planner's devices exactly as the goal service builds them.
  const plannerDevices = () => registry.list().map((device) => toPlannerDevice(device, goals.steps.busy(device.profile.id)));
  const devices = goals.aliases.apply(plannerDevices());
  const steps: Array<[string, (text: string) => unknown]> = [
    ['turns.begin (conversation read)', (text) => goals.turns.begin(conversationId, text)],
    ['schedules.answerCancel', (text) => goals.schedules.answerCancel(text)],
    // The texts alternate, so each call reads its text (a goal's first call does; its second is answered from memory).
    ['schedules.answerRepeat (first read)', (text) => goals.schedules.answerRepeat(text)],
    ['parseClosedLoopGoal', (text) => parseClosedLoopGoal(text)],
    ['registry.list', () => registry.list()],
    ['devices for the planner + aliases', () => goals.aliases.apply(plannerDevices())],
    ['corrections.read', (text) => goals.corrections.read('steps', conversationId, text, {}, devices)],
    ['planner.plan', (text) => goals.options.planner.plan(text, devices, {})],
    ['view of a finished goal', () => goals.view(goalId)],
  ];
  // What `wait: true` answers with since h/latency24: the goal's row as the service holds it, its subtasks read.
  const held = home.stack.coordinator.store.getGoal(goalId);
  if (goals.ledger.viewOf && held) steps.push(['view, the goal row held (viewOf)', () => goals.ledger.viewOf!(held)]);
  const perRound = new Map<string, number[]>(steps.map(([name]) => [name, []]));
  for (let round = 0; round <= rounds; round += 1) {
    for (const [name, step] of steps) {
      const start = process.cpuUsage();
      for (let index = 0; index < calls; index += 1) await step(texts[index % 2]!);
      const used = process.cpuUsage(start);
      // Round 0 warms up.
      if (round > 0) perRound.get(name)!.push((used.user + used.system) / calls);
    }
  }
  console.log(`${rounds} rounds of ${calls} calls per step; CPU per call, us: median (range)`);
  for (const [name, times] of perRound) {
    const sorted = [...times].sort((left, right) => left - right);
    console.log(`  ${name.padEnd(38)} ${sorted[sorted.length >> 1]!.toFixed(1).padStart(7)} (${sorted[0]!.toFixed(1)}-${sorted.at(-1)!.toFixed(1)})`);
  }
} finally {
  await home.stop();
}
