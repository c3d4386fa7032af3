import type { Stack } from '@meshmind/cli';
import type { DeviceState } from '@meshmind/devices';
import type { GoalView } from '@meshmind/protocol';
import type { IntentCase, IntentDataset } from './intents-dataset';
import { expectationFor, judgeAnswer, type Expectation } from './intents-expect';
import { buildIntentHome, type IntentHome } from './intents-home';
import { askedOrDeclined, type Outcome } from './outcomes';
import { startEvalStack } from './stack';

/**
 * Runs corpus sentences through the real system: one stack per distinct fixture home (the global
 * fixtures plus a file's additions), every sentence a fresh conversation from the fixture's state,
 * submitted through coordinator.goals.submit (planner -> MQTT -> agents -> task machines).
 */

export type Verdict = 'pass' | 'fail' | 'out_of_scope' | 'not_evaluated';

export interface CaseOutcome {
  testCase: IntentCase;
  verdict: Verdict;
  /** For judged sentences: right (pass); asked, or said it could not; or did something else (see outcomes.ts). */
  outcome?: Outcome;
  /** Why it failed, or why it is out of scope. */
  reason?: string;
  expected?: string;
  /** What the system did: the subtasks it sent and the answer it gave. */
  actual?: string;
  confirmed?: boolean;
  elapsedMs?: number;
}

type State = Record<string, unknown>;

const CONFIRMATION = /Shall I go ahead\?\s*$/;

function sameState(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function describeGoal(goals: GoalView[]): string {
  const subtasks = goals.flatMap((goal) => goal.subtasks.map((subtask) => `${subtask.deviceId} <- "${subtask.text}" (${subtask.status})`));
  const answers = goals.map((goal) => `[${goal.status}] ${goal.answer ?? ''}`);
  return `${subtasks.length > 0 ? subtasks.join('; ') : 'no subtasks'} | ${answers.join(' / then: ')}`;
}

export class IntentRunner {
  private stack: Stack | null = null;
  private home: IntentHome | null = null;

  constructor(private readonly dataset: IntentDataset) {}

  /** Runs the cases grouped by fixture home, so each home's stack starts once. */
  async run(cases: IntentCase[], onOutcome?: (outcome: CaseOutcome) => void): Promise<CaseOutcome[]> {
    const byHome = new Map<string, IntentCase[]>();
    for (const testCase of cases) {
      const key = JSON.stringify(testCase.overrides);
      byHome.set(key, [...(byHome.get(key) ?? []), testCase]);
    }
    const outcomes = new Map<IntentCase, CaseOutcome>();
    for (const group of byHome.values()) {
      const home = buildIntentHome(this.dataset.fixtures, group[0]!.overrides);
      for (const testCase of group) {
        const outcome = await this.runOne(home, testCase);
        outcomes.set(testCase, outcome);
        onOutcome?.(outcome);
      }
    }
    await this.stop();
    return cases.map((testCase) => outcomes.get(testCase)!);
  }

  async stop(): Promise<void> {
    await this.stack?.stop();
    this.stack = null;
    this.home = null;
  }

  private async stackFor(home: IntentHome): Promise<Stack> {
    if (this.stack && this.home?.key === home.key) return this.stack;
    await this.stop();
    this.stack = await startEvalStack(home.scenario);
    this.home = home;
    return this.stack;
  }

  private async runOne(home: IntentHome, testCase: IntentCase): Promise<CaseOutcome> {
    let expectation: Expectation;
    try {
      expectation = expectationFor(home, testCase);
    } catch (error) {
      return { testCase, verdict: 'fail', reason: `the harness could not compute an expectation: ${(error as Error).message}` };
    }
    if (expectation.kind === 'not_evaluated' || expectation.kind === 'out_of_scope') return { testCase, verdict: expectation.kind, reason: expectation.reason };
    const stack = await this.stackFor(home);
    const prime = expectation.kind === 'control' ? expectation.prime : {};
    await this.reset(stack, home, prime);
    const before = this.states(stack);
    const started = performance.now();
    const goals: GoalView[] = [];
    const first = await stack.coordinator.goals.submit({ text: testCase.sentence, ...(expectation.from ? { from: expectation.from } : {}) }).finished;
    goals.push(first);
    // A person who asked to unlock or open the garage says yes when asked to confirm.
    const confirmed = first.status === 'waiting' && CONFIRMATION.test(first.answer ?? '');
    if (confirmed) goals.push(await stack.coordinator.goals.submit({ text: 'yes', conversationId: first.conversationId }).finished);
    const elapsedMs = Math.round(performance.now() - started);
    const after = this.states(stack);
    const actual = describeGoal(goals);
    const changed = Object.keys(after).filter((id) => !sameState(before[id], after[id]));
    const base = { testCase, actual, elapsedMs, ...(confirmed ? { confirmed } : {}) };
    // A failure is an honest question or refusal when no device outside the targets changed and the
    // assistant asked or said (wholly or in part) it could not; anything else (a device it should not
    // touch, a claim of success without the change, a wrong answer given as true) did something else.
    const failureOutcome = (): Outcome => (askedOrDeclined(goals.at(-1)!) ? 'asked' : 'wrong');
    if (expectation.kind === 'control') {
      const expected = expectation.targets.map((target) => `${target.name}: ${target.want}`).join('; ');
      const problems = expectation.targets.flatMap((target) => {
        const problem = target.check(after[target.deviceId]!, before[target.deviceId]!);
        return problem ? [`${target.name}: ${problem}`] : [];
      });
      const targetIds = new Set(expectation.targets.map((target) => target.deviceId));
      const others = changed.filter((id) => !targetIds.has(id));
      if (others.length > 0) problems.push(`also changed ${others.map((id) => `${id} ${this.diff(before[id]!, after[id]!)}`).join(', ')}`);
      return problems.length === 0 ? { ...base, verdict: 'pass', outcome: 'right', expected } : { ...base, verdict: 'fail', outcome: others.length > 0 ? 'wrong' : failureOutcome(), expected, reason: problems.join('; ') };
    }
    const answer = goals.map((goal) => goal.answer ?? '').join(' ');
    const problems = [judgeAnswer(expectation.answer, answer)].filter((problem): problem is string => problem !== undefined);
    if (changed.length > 0) problems.push(`a question changed ${changed.join(', ')}`);
    return problems.length === 0
      ? { ...base, verdict: 'pass', outcome: 'right', expected: expectation.describe }
      : { ...base, verdict: 'fail', outcome: changed.length > 0 ? 'wrong' : failureOutcome(), expected: expectation.describe, reason: problems.join('; ') };
  }

  /** Every device back to the fixture's state (timers cleared), then the targets moved away from the expected state. */
  private async reset(stack: Stack, home: IntentHome, prime: Record<string, State>): Promise<void> {
    for (const device of home.scenario.devices) {
      const driver = stack.simulation.drivers.get(device.id)!;
      const wanted = { ...device.state, ...prime[device.id] };
      if (sameState(driver.getState(), wanted)) continue;
      // stop() clears the driver's timers (a vacuum run, a valve countdown) so they cannot change a later sentence.
      await driver.stop();
      await driver.start();
      driver.setEnvironment(wanted as DeviceState);
    }
  }

  private states(stack: Stack): Record<string, State> {
    return Object.fromEntries([...stack.simulation.drivers].map(([id, driver]) => [id, driver.getState()]));
  }

  private diff(before: State, after: State): string {
    return Object.keys(after)
      .filter((key) => !sameState(before[key], after[key]))
      .map((key) => `${key} ${JSON.stringify(before[key])}->${JSON.stringify(after[key])}`)
      .join(' ');
  }
}
