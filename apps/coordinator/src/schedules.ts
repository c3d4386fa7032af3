import { en, enPlanning, fillTemplate, moodOf, timesOfExecution, type TimeOfExecution } from '@meshmind/language';
import type { ScheduledSubtask } from '@meshmind/protocol';
import type { DeviceRegistry } from './device-registry';
import { anyOf } from './planner/word-patterns';
import type { Store } from './store/store';

/** The longest a Node timer may be set for (2^31-1 ms, about 24.8 days); a longer one fires at once. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;
/** How far ahead a step may be scheduled. */
export const MAX_SCHEDULE_MS = 366 * 24 * 3_600_000;

// Asking to call off something scheduled: a cancelling verb, then a word for the schedule.
const SCHEDULE_WORDS = enPlanning.schedules;
const CANCEL_VERB = new RegExp(`^\\s*(?:${anyOf([en.mood.politeWord])}\\s+)?${anyOf(SCHEDULE_WORDS.cancelVerbs)}\\b`, 'i');
const SCHEDULE_NOUN = new RegExp(`\\b${anyOf(SCHEDULE_WORDS.nouns)}\\b`, 'i');
const EVERY = new RegExp(`\\b${anyOf(SCHEDULE_WORDS.everything)}\\b`, 'i');
const SAY = enPlanning.answers.schedules;

export interface SchedulesOptions {
  store: Store;
  registry: DeviceRegistry;
  clock: () => number;
  /** Sends the goal's new view to whoever follows it. */
  publish: (goalId: string) => void;
}

/** What a request to cancel something scheduled, or one said on a repeat, comes to. */
export interface CancelAnswer {
  status: 'done' | 'waiting' | 'failed';
  answer: string;
}

/**
 * Steps that wait for their time ("turn off the kitchen light in 10 minutes", up to a year): the
 * waiting itself, and calling one off before it is ever sent. The time is in the store, so a
 * restarted coordinator waits on for what is left.
 */
export class Schedules {
  private readonly cancelled = new Set<string>();
  private readonly wakers = new Map<string, () => void>();
  /**
   * The repeats the last text read says: a goal's text is read before its plan and again with the
   * plan's steps (goal-service.ts), and the reading (its mood, then every pattern of a time) is the
   * same both times (issue #18).
   */
  private lastRead: { text: string; repeats: readonly TimeOfExecution[] } | undefined;
  private stopped = false;

  constructor(private readonly options: SchedulesOptions) {}

  start(): void {
    this.stopped = false;
  }

  /** Wakes every wait; the steps stay scheduled in the store for the next start. */
  stop(): void {
    this.stopped = true;
    for (const wake of [...this.wakers.values()]) wake();
  }

  /**
   * Waits until the step's time, however far: Node's timers overflow above 2^31-1 ms, so the wait
   * is cut into pieces, each checked against the clock again. Resolves 'due', 'cancelled' (it will
   * never be sent) or 'stopped' (the coordinator is going down).
   */
  async waitUntil(subtaskId: string, notBefore: number): Promise<'due' | 'cancelled' | 'stopped'> {
    while (!this.stopped && !this.cancelled.has(subtaskId) && this.options.clock() < notBefore) {
      await this.sleep(subtaskId, Math.min(notBefore - this.options.clock(), LONGEST_TIMER_MS));
    }
    if (this.cancelled.delete(subtaskId)) return 'cancelled';
    return this.stopped ? 'stopped' : 'due';
  }

  /** The steps waiting for their time, soonest first. */
  list(): ScheduledSubtask[] {
    return this.options.store.listScheduledSubtasks().map((row) => ({
      id: row.id,
      goalId: row.goalId,
      deviceId: row.deviceId,
      deviceName: row.deviceName,
      text: row.text,
      notBefore: row.notBefore ?? row.createdAt,
    }));
  }

  /**
   * Cancels a step that waits for its time: it will never be sent. False when no such step waits
   * (unknown, already sent, or already cancelled).
   */
  cancel(subtaskId: string): boolean {
    const { store, clock } = this.options;
    const row = store.getSubtask(subtaskId);
    if (!row || row.status !== 'waiting' || this.cancelled.has(subtaskId)) return false;
    this.cancelled.add(subtaskId);
    const message = `${row.deviceName}: cancelled before its time; nothing was done.`;
    store.updateSubtask(subtaskId, { status: 'cancelled', message, finishedAt: clock() });
    store.appendEvent({ at: clock(), kind: 'subtask.cancelled', goalId: row.goalId, deviceId: row.deviceId, data: { id: subtaskId } });
    this.options.publish(row.goalId);
    this.wakers.get(subtaskId)?.();
    return true;
  }

  /**
   * "cancel the kitchen light timer", "call off everything scheduled": cancels the waiting steps the
   * request names by their device (or all of them when it says so, or when only one waits). Null
   * for any other request.
   */
  answerCancel(text: string): CancelAnswer | null {
    if (!CANCEL_VERB.test(text)) return null;
    const waiting = this.list();
    const lower = text.toLowerCase();
    const names = (entry: ScheduledSubtask) => {
      const profile = this.options.registry.get(entry.deviceId)?.profile;
      return [entry.deviceName, ...(profile?.aliases ?? [])].map((name) => name.toLowerCase());
    };
    const named = waiting.filter((entry) => names(entry).some((name) => lower.includes(name)));
    if (!SCHEDULE_NOUN.test(text) && named.length === 0) return null;
    const chosen = named.length > 0 ? named : EVERY.test(text) || waiting.length === 1 ? waiting : [];
    const describe = (entries: ScheduledSubtask[]) => entries.map((entry) => fillTemplate(SAY.entry, { device: entry.deviceName, text: entry.text })).join('; ');
    if (chosen.length === 0) {
      return waiting.length === 0
        ? { status: 'done', answer: SAY.nothingScheduled }
        : { status: 'waiting', answer: fillTemplate(SAY.whichOne, { entries: describe(waiting) }) };
    }
    const done = chosen.filter((entry) => this.cancel(entry.id));
    return {
      status: 'done',
      answer: done.length > 0 ? fillTemplate(SAY.cancelled, { entries: describe(done), them: done.length > 1 ? SAY.pronouns.many : SAY.pronouns.one }) : SAY.noLongerScheduled,
    };
  }

  /**
   * "vacuum the hall every day at noon": a goal said on a repeat. A step waits here for one time
   * only, and a device agent acts once, so a repeat would be done once or dropped: it is answered
   * plainly instead, and nothing is sent. Null for any other request, and for a question ("does it
   * run every day?"), which asks about a repeat rather than for one.
   *
   * A repeat inside the words a list keeps is no schedule (issue #17): "add water the ferns every
   * friday to the chores list" puts an item that says its own repeat onto the list. So where some
   * device keeps words (`keepsWords` below), the answer waits for the plan (`targets`: each step's
   * device and text, or the devices a clarifying question offers): a repeat passes only where every
   * step that says it goes to such a device, and some step says it. The agent still declines a step
   * whose call takes no free text for the repeat to be part of (libs/rag mapper/time-not-held.ts).
   */
  answerRepeat(text: string, targets?: ReadonlyArray<{ deviceId: string; text: string }>): CancelAnswer | null {
    const repeats = this.repeatsSaid(text);
    if (repeats.length === 0) return null;
    const keeps = (deviceId: string) => keepsWords(this.options.registry.get(deviceId)?.state);
    const saying = (repeat: string) => (targets ?? []).filter((target) => timesOfExecution(target.text).some((time) => time.kind === 'repeat' && time.text.toLowerCase() === repeat));
    const itemWords = targets === undefined
      ? this.options.registry.list().some((device) => keepsWords(device.state))
      : repeats.every((repeat) => saying(repeat.text.toLowerCase()).length > 0 && saying(repeat.text.toLowerCase()).every((target) => keeps(target.deviceId)));
    return itemWords ? null : { status: 'failed', answer: fillTemplate(SAY.cannotRepeat, { time: repeats[0]!.text }) };
  }

  /** The repeats a request says; none in a question ("does it run every day?"). */
  private repeatsSaid(text: string): readonly TimeOfExecution[] {
    if (this.lastRead?.text !== text) {
      this.lastRead = { text, repeats: moodOf(text) === 'question' ? [] : timesOfExecution(text).filter((time) => time.kind === 'repeat') };
    }
    return this.lastRead.repeats;
  }

  private sleep(subtaskId: string, ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.wakers.delete(subtaskId);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.wakers.set(subtaskId, wake);
    });
  }
}

/**
 * Whether a device keeps words as said: its state reports a list of words (a to-do or shopping
 * list's items), as the planner reads lists by their items (planner/said-items.ts).
 */
function keepsWords(state: Record<string, unknown> | undefined): boolean {
  return Object.values(state ?? {}).some((value) => Array.isArray(value) && value.every((entry) => typeof entry === 'string'));
}
