import type { GoalView } from '@meshmind/protocol';

/**
 * The three outcomes every understanding eval reports (issue #17): the system did what was meant;
 * it asked, or said it could not; or it did something else. The last is the costly one (a light
 * switched on that nobody asked for, a wrong answer given with confidence), so it is counted apart
 * from an honest question or refusal.
 */
export type Outcome = 'right' | 'asked' | 'wrong';

export const OUTCOME_LABELS: Record<Outcome, string> = {
  right: 'did what was meant',
  asked: 'asked, or said it could not',
  wrong: 'did something else',
};

export interface OutcomeCounts {
  total: number;
  right: number;
  asked: number;
  wrong: number;
}

export function countOutcomes(outcomes: Iterable<Outcome>): OutcomeCounts {
  const counts: OutcomeCounts = { total: 0, right: 0, asked: 0, wrong: 0 };
  for (const outcome of outcomes) {
    counts.total += 1;
    counts[outcome] += 1;
  }
  return counts;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((part / whole) * 100).toFixed(1)}%`;
}

const LABEL_WIDTH = 30;

export function outcomeHeader(label = 'group'): string {
  return `${label.padEnd(LABEL_WIDTH)} ${'n'.padStart(5)} ${'right'.padStart(6)} ${'asked'.padStart(6)} ${'wrong'.padStart(6)} ${'right%'.padStart(7)} ${'asked%'.padStart(7)} ${'wrong%'.padStart(7)}`;
}

export function outcomeRow(label: string, counts: OutcomeCounts): string {
  const { total, right, asked, wrong } = counts;
  return `${label.padEnd(LABEL_WIDTH)} ${String(total).padStart(5)} ${String(right).padStart(6)} ${String(asked).padStart(6)} ${String(wrong).padStart(6)} ${percent(right, total).padStart(7)} ${percent(asked, total).padStart(7)} ${percent(wrong, total).padStart(7)}`;
}

/** Subtask ends in which the device did not do the thing. */
const NOT_DONE = new Set(['failed', 'not_executable', 'needs_confirmation', 'timeout', 'skipped', 'cancelled']);
/** What the assistant says when it cannot do or cannot tell. */
const DECLINING = /could not|couldn['’]t|cannot|can['’]t|can only|unable|not able|don['’]t know|do not know|not sure|no device|nothing (here )?(called|named)|don['’]t have|do not have|not understand/i;

/** Whether the last turn asked the person something or said, wholly or in part, that it could not. */
export function askedOrDeclined(last: GoalView): boolean {
  if (last.status === 'waiting' || last.status === 'failed' || last.status === 'partial') return true;
  if (last.subtasks.length > 0 && last.subtasks.every((subtask) => NOT_DONE.has(subtask.status))) return true;
  return DECLINING.test(last.answer ?? '');
}

