import { randomUUID } from 'node:crypto';
import { enPlanning, fillTemplate } from '@meshmind/language';
import type { DeviceRegistry } from './device-registry';
import type { Dispatcher } from './dispatcher';
import type { GoalService } from './goal-service';
import { anyOf, unitAlternatives } from './planner/word-patterns';

/**
 * Goals with a measurable target ("client 1 uploads 4 MB within 16 s"): read, compare, act,
 * re-read, in bounded rounds, as LLMind 2.0's coordinator does in its WiFi experiment. Readings
 * and actions are natural-language subtasks like any other; nothing here knows about WiFi.
 */

export interface LoopTarget {
  comparator: 'at_most' | 'at_least';
  value: number;
  unit?: string;
}

/** What to change while the target does not hold. */
export type LoopLever =
  /** A sentence planned like any goal ("move client 2 to 5 GHz"), said once per round. */
  | { kind: 'say'; text: string }
  /** Numeric settings of the measured device stepped one unit per round ("lower its contention window step by step"). */
  | { kind: 'step'; subject: string; direction: 'down' | 'up' };

export interface ClosedLoopSpec {
  /** A question answered by one number ("What is the upload time of client 1 for 4 MB?"). */
  measure: string;
  target: LoopTarget;
  lever: LoopLever;
  maxRounds: number;
}

export interface LoopRound {
  reading: number | null;
  holds: boolean;
  action?: string;
  actionStatus?: string;
}

export interface ClosedLoopReport {
  reached: boolean;
  rounds: LoopRound[];
  answer: string;
}

const LOOP_WORDS = enPlanning.closedLoops;
const COPULAS = enPlanning.copulas.present;
const GOAL = new RegExp(`^(.+?)\\s+${anyOf(LOOP_WORDS.until)}\\s+(.+)$`, 'i');
const UNITS = enPlanning.units;
const SAY = enPlanning.answers.closedLoop;
const TARGET = new RegExp(`\\b(?:${anyOf(COPULAS)}\\s+)?(${anyOf([...LOOP_WORDS.atMost, ...LOOP_WORDS.atLeast])})\\s+(\\d+(?:\\.\\d+)?)\\s*(${unitAlternatives(UNITS.closedLoop)})?`, 'i');
const LEADING_ARTICLE = new RegExp(`^(?:${anyOf(enPlanning.definiteArticles)}\\s+)?`, 'i');
const READING_LINK = new RegExp(`\\s+${anyOf(COPULAS)}\\s*$`, 'i');
const STEPWISE = new RegExp(`^(${anyOf([...LOOP_WORDS.stepDown, ...LOOP_WORDS.stepUp])})\\s+(.+?)\\s+${anyOf(LOOP_WORDS.stepwise)}$`, 'i');
const SUBJECT_DETERMINER = new RegExp(`^${anyOf(LOOP_WORDS.subjectDeterminers)}\\s+`, 'i');
// "client 2's contention window": the owner goes, the setting stays.
const SUBJECT_OWNER = new RegExp(`^[\\w\\s]+?${anyOf(LOOP_WORDS.possessiveEndings)}\\s+`);

/**
 * "<action> until <reading> is at most <number> <unit>": the action is a lever, the rest is what
 * to read. "lower X step by step" steps the numeric settings of X; any other action is said as is.
 */
export function parseClosedLoopGoal(text: string, maxRounds = 12): ClosedLoopSpec | null {
  const match = GOAL.exec(text.trim().replace(/[.!]+$/, ''));
  if (!match) return null;
  const [, action, condition] = match as unknown as [string, string, string];
  const target = TARGET.exec(condition);
  if (!target) return null;
  const reading = condition.slice(0, target.index).replace(READING_LINK, '').trim();
  // The phrase said, as listed: "no more than" is at most, though "more than" is written inside it.
  const comparator = LOOP_WORDS.atLeast.includes(target[1]!.toLowerCase()) ? 'at_least' : 'at_most';
  const said = target[3]?.toLowerCase();
  const unit = said !== undefined && Object.hasOwn(UNITS.symbols, said) ? UNITS.symbols[said] : said;
  const stepwise = STEPWISE.exec(action.trim());
  const lever: LoopLever = stepwise
    ? { kind: 'step', subject: stepwise[2]!.replace(SUBJECT_DETERMINER, '').replace(SUBJECT_OWNER, ''), direction: LOOP_WORDS.stepDown.includes(stepwise[1]!.toLowerCase()) ? 'down' : 'up' }
    : { kind: 'say', text: action.trim() };
  return { measure: fillTemplate(enPlanning.answers.reading.named, { subject: reading.replace(LEADING_ARTICLE, '') }), target: { comparator, value: Number(target[2]), ...(unit ? { unit } : {}) }, lever, maxRounds };
}

export interface ClosedLoopOptions {
  goals: GoalService;
  registry: DeviceRegistry;
  dispatcher: Dispatcher;
  subtaskTimeoutMs: number;
}

function words(text: string): string[] {
  return text.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter((word) => word.length > 1);
}

export class ClosedLoop {
  constructor(private readonly options: ClosedLoopOptions) {}

  async run(spec: ClosedLoopSpec): Promise<ClosedLoopReport> {
    const rounds: LoopRound[] = [];
    const conversationId = randomUUID();
    let stepped: Map<string, number> | null = null;
    for (let round = 0; round <= spec.maxRounds; round += 1) {
      const measured = await this.options.goals.submit({ text: spec.measure, conversationId }).finished;
      const subtask = measured.subtasks.find((entry) => entry.status === 'done' && typeof entry.value === 'number');
      const reading = subtask ? (subtask.value as number) : null;
      const holds = reading !== null && (spec.target.comparator === 'at_most' ? reading <= spec.target.value : reading >= spec.target.value);
      const entry: LoopRound = { reading, holds };
      rounds.push(entry);
      if (holds || reading === null || round === spec.maxRounds) break;
      if (spec.lever.kind === 'say') {
        const acted = await this.options.goals.submit({ text: spec.lever.text, conversationId }).finished;
        entry.action = spec.lever.text;
        entry.actionStatus = acted.status;
        if (acted.status === 'failed') break;
        continue;
      }
      const step = this.nextStep(subtask!.deviceId, spec.lever, stepped);
      if (!step) break;
      entry.action = step.text;
      entry.actionStatus = await this.say(subtask!.deviceId, step.text);
      if (entry.actionStatus !== 'done') break;
      stepped = step.values;
    }
    return { reached: rounds.at(-1)?.holds ?? false, rounds, answer: this.answer(spec, rounds) };
  }

  /**
   * The next values of the settings the lever names: the action capability of the measured device
   * that shares most words with the lever, its parameters read from the device's state, each moved
   * one unit (never below 1, and the order of the values kept, so a minimum stays under its maximum).
   */
  private nextStep(deviceId: string, lever: Extract<LoopLever, { kind: 'step' }>, previous: Map<string, number> | null): { text: string; values: Map<string, number> } | null {
    const device = this.options.registry.get(deviceId);
    if (!device) return null;
    const wanted = new Set(words(lever.subject));
    const scored = device.profile.capabilities
      .filter((capability) => capability.kind === 'action' && capability.parameters.length > 0 && capability.parameters.every((name) => typeof device.state[name] === 'number'))
      .map((capability) => ({ capability, score: words(`${capability.function} ${capability.description}`).filter((word) => wanted.has(word)).length }))
      .sort((a, b) => b.score - a.score);
    const chosen = scored[0];
    if (!chosen || chosen.score === 0) return null;
    const delta = lever.direction === 'down' ? -1 : 1;
    const values = new Map(chosen.capability.parameters.map((name) => [name, (previous?.get(name) ?? (device.state[name] as number)) + delta]));
    if ([...values.values()].some((value) => value < 1)) return null;
    return { text: fillTemplate(SAY.setLever, { subject: lever.subject, values: [...values.values()].join(SAY.valuesJoin) }), values };
  }

  /** An action for the device already chosen by the reading: sent to it directly, in words. */
  private async say(deviceId: string, text: string): Promise<string> {
    const now = Date.now();
    const id = randomUUID();
    const outcome = await this.options.dispatcher.dispatch(deviceId, { id, goalId: `loop-${id}`, text, deadline: now + this.options.subtaskTimeoutMs, issuedAt: now }, now);
    return outcome.kind === 'result' ? outcome.result.outcome : outcome.kind;
  }

  private answer(spec: ClosedLoopSpec, rounds: LoopRound[]): string {
    // "20%" but "16 s", as the units are written.
    const unit = spec.target.unit ? `${spec.target.unit === '%' ? '' : ' '}${spec.target.unit}` : '';
    const limit = fillTemplate(spec.target.comparator === 'at_most' ? SAY.atMost : SAY.atLeast, { value: `${spec.target.value}${unit}` });
    const trail = rounds
      .map((round) => {
        const reading = `${round.reading ?? SAY.noReading}${unit}`;
        return round.action ? fillTemplate(SAY.round, { reading, action: round.action.replace(/[.!]+$/, '') }) : reading;
      })
      .join('; ');
    const last = rounds.at(-1);
    const count = rounds.length - 1;
    const slots = { count, changes: count === 1 ? SAY.changes.one : SAY.changes.many, limit, rounds: trail };
    if (last?.holds) return fillTemplate(SAY.reached, { ...slots, reading: `${last.reading}${unit}` });
    return fillTemplate(SAY.notReached, slots);
  }
}
