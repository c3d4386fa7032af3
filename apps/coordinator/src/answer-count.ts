import type { FinishedStep } from './answer';

/**
 * "how many things are on the reorder list?": a how-many question answered by readings that are
 * lists (a to-do list's items) is answered by counting the items, not by judging each device against
 * a state word the question does not hold ("things" is no state: that gave "0. I could not tell
 * from: ... items are paper cups, oat milk, till rolls"). Undefined where any answered reading is not
 * a list, so device counts ("how many lights are on?") are left to the verdicts.
 */
export function countedItems(answered: readonly FinishedStep[]): number | undefined {
  if (answered.length === 0) return undefined;
  let count = 0;
  for (const finished of answered) {
    const value = finished.result?.value;
    if (!Array.isArray(value)) return undefined;
    count += value.length;
  }
  return count;
}
