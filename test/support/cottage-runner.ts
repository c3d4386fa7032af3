import { randomUUID } from 'node:crypto';
import type { Stack } from '@meshmind/cli';
import type { DeviceState, Scenario } from '@meshmind/devices';
import type { GoalView } from '@meshmind/protocol';
import { checkField, type CottageGoal } from './cottage-goals';
import { askedOrDeclined, type Outcome } from './outcomes';
import { startEvalStack } from './stack';

/**
 * Runs the cottage's goals through the whole system (planner -> MQTT -> agents -> task machines) on
 * one shared stack, every goal a fresh conversation from the scenario's states with its `given`
 * laid over them, and grades each by the device states it leaves:
 * - right: every expected device ends as meant, no other device changed, and the answer says what
 *   the goal requires (for `asks` goals: the assistant asked or declined);
 * - asked: nothing else changed and the assistant asked, or said it could not (wholly or in part);
 * - wrong: a device changed that should not have, an expected change is missing while the assistant
 *   claims success, or a question was answered with the wrong content.
 */

type State = Record<string, unknown>;

export interface GoalResult {
  goal: CottageGoal;
  outcome: Outcome;
  /** Why it is not right. */
  reason?: string;
  /** Wrong only by its words: the devices ended as meant, the answer lacks what it must say. */
  wordsOnly?: boolean;
  /** The subtasks sent and the answers given. */
  actual: string;
  answer: string;
  confirmed: boolean;
  elapsedMs: number;
}

const CONFIRMATION = /Shall I go ahead\?\s*$/;

function describe(goals: GoalView[]): string {
  const subtasks = goals.flatMap((goal) => goal.subtasks.map((subtask) => `${subtask.deviceId} <- "${subtask.text}" (${subtask.status})`));
  const answers = goals.map((goal) => `[${goal.status}] ${goal.answer ?? ''}`);
  return `${subtasks.length > 0 ? subtasks.join('; ') : 'no subtasks'} | ${answers.join(' / then: ')}`;
}

/** Same fields with the same values, whatever their order. */
function sameState(a: State, b: State): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));
}

function diff(before: State, after: State): string {
  return Object.keys(after)
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => `${key} ${JSON.stringify(before[key])}->${JSON.stringify(after[key])}`)
    .join(' ');
}

export class CottageRunner {
  private stack: Stack | null = null;

  constructor(private readonly scenario: Scenario, private readonly options: { subtaskTimeoutMs?: number } = {}) {}

  async start(): Promise<void> {
    // Every state change goes out at once: the reset before each goal sets states a moment after the
    // last goal changed them, and would otherwise wait out each agent's 200 ms publishing window.
    this.stack ??= await startEvalStack(this.scenario, { subtaskTimeoutMs: this.options.subtaskTimeoutMs ?? 8_000, agentStateIntervalMs: 0 });
  }

  async stop(): Promise<void> {
    await this.stack?.stop();
    this.stack = null;
  }

  async runAll(goals: readonly CottageGoal[], onResult?: (result: GoalResult) => void): Promise<GoalResult[]> {
    await this.start();
    const results: GoalResult[] = [];
    for (const goal of goals) {
      const result = await this.run(goal);
      results.push(result);
      onResult?.(result);
    }
    return results;
  }

  async run(goal: CottageGoal): Promise<GoalResult> {
    await this.start();
    const stack = this.stack!;
    await this.reset(stack, goal.given);
    const before = this.states(stack);
    const started = performance.now();
    const conversationId = randomUUID();
    const goals: GoalView[] = [];
    let confirmed = false;
    for (const text of goal.say) goals.push(await this.say(stack, text, conversationId, goal.from));
    // A person who asked for something sensitive says yes when asked to go ahead, unless the goal is about the question.
    if (goal.confirm && !goal.asks && goals.at(-1)!.status === 'waiting' && CONFIRMATION.test(goals.at(-1)!.answer ?? '')) {
      confirmed = true;
      goals.push(await this.say(stack, 'yes', conversationId, goal.from));
    }
    const elapsedMs = Math.round(performance.now() - started);
    const after = this.states(stack);
    const last = goals.at(-1)!;
    const answer = last.answer ?? '';
    const base = { goal, actual: describe(goals), answer, confirmed, elapsedMs };

    const changed = Object.keys(after).filter((id) => !sameState(before[id]!, after[id]!));
    // A device the goal sent nothing to, whose numbers alone moved, changed on its own: a docked
    // vacuum's battery charging while a loaded machine ran the goal is not the goal's doing.
    const reached = new Set(goals.flatMap((view) => view.subtasks.map((subtask) => subtask.deviceId)));
    const drifted = (id: string) => !reached.has(id) && Object.keys(after[id]!).every((key) => typeof after[id]![key] === 'number' || JSON.stringify(after[id]![key]) === JSON.stringify(before[id]![key]));
    const unexpected = changed.filter((id) => !goal.expect[id] && !drifted(id));
    if (unexpected.length > 0) return { ...base, outcome: 'wrong', reason: `changed ${unexpected.map((id) => `${id} ${diff(before[id]!, after[id]!)}`).join(', ')}` };
    const missing = Object.entries(goal.expect).flatMap(([deviceId, fields]) =>
      Object.entries(fields).flatMap(([field, matcher]) => {
        const problem = checkField(field, matcher, after[deviceId]!, before[deviceId]!);
        return problem ? [`${deviceId}: ${problem}`] : [];
      }),
    );
    const declined = askedOrDeclined(last);
    const wordsMissed = goal.answer && !goal.answer.test(answer) ? `the answer does not match /${goal.answer.source}/` : undefined;
    if (goal.asks) {
      if (declined && !wordsMissed) return { ...base, outcome: 'right' };
      if (declined) return { ...base, outcome: 'asked', reason: wordsMissed };
      return { ...base, outcome: 'wrong', reason: 'it neither asked nor declined' };
    }
    if (missing.length === 0 && !wordsMissed) return { ...base, outcome: 'right' };
    const reason = [...missing, ...(wordsMissed ? [wordsMissed] : [])].join('; ');
    if (declined) return { ...base, outcome: 'asked', reason };
    return { ...base, outcome: 'wrong', reason, ...(missing.length === 0 ? { wordsOnly: true } : {}) };
  }

  private async say(stack: Stack, text: string, conversationId: string, from: string | undefined): Promise<GoalView> {
    return stack.coordinator.goals.submit({ text, conversationId, ...(from ? { from } : {}) }).finished;
  }

  /** Every device back to the scenario's state with the goal's `given` over it; timers of a changed device are cleared. */
  private async reset(stack: Stack, given: Record<string, State>): Promise<void> {
    const changed: Array<[string, State]> = [];
    const putBack: Array<[string, State]> = [];
    for (const device of this.scenario.devices) {
      const driver = stack.simulation.drivers.get(device.id)!;
      const wanted = { ...device.state, ...given[device.id] };
      const current = driver.getState();
      if (sameState(current, wanted)) continue;
      // stop() clears the driver's timers (a vacuum run, a valve countdown) so they cannot change a later goal.
      await driver.stop();
      await driver.start();
      driver.setEnvironment(wanted as DeviceState);
      if (given[device.id]) changed.push([device.id, given[device.id]!]);
      // A device put back after an earlier goal counts too: a player left "playing" in the registry
      // would be read as in use by the next goal ("turn the volume up" asked which). Only its state
      // words (numbers such as a battery drift on their own) and only keys the registry holds.
      const reported = stack.coordinator.registry.get(device.id)?.state ?? {};
      // What the device holds now, not what the scenario wrote: a driver derives some fields itself
      // (a climate's hvac_action from its mode), and waiting for the written value would never end.
      const now = driver.getState() as State;
      const moved = Object.keys(wanted).filter((key) => key in reported && typeof now[key] !== 'number' && JSON.stringify(current[key]) !== JSON.stringify(now[key]));
      if (moved.length > 0) putBack.push([device.id, Object.fromEntries(moved.map((key) => [key, now[key]]))]);
    }
    // The coordinator plans from the states devices report: wait until it has seen each new one, as
    // it would have in a home where the state was not set a moment before the goal (class 3 reads it).
    const deadline = Date.now() + 10_000;
    const putBackDeadline = Date.now() + 2_000;
    const seen = ([id, wanted]: [string, State]) => {
      const known = stack.coordinator.registry.get(id)?.state ?? {};
      return Object.keys(wanted).every((key) => JSON.stringify(known[key]) === JSON.stringify(wanted[key]));
    };
    const waiting = () => (!changed.every(seen) && Date.now() < deadline) || (!putBack.every(seen) && Date.now() < putBackDeadline);
    while (waiting()) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  private states(stack: Stack): Record<string, State> {
    return Object.fromEntries([...stack.simulation.drivers].map(([id, driver]) => [id, driver.getState()]));
  }
}
