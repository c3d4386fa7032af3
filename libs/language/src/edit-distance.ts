import { distance } from 'fastest-levenshtein';

/**
 * Edit distance of two words for spelling correction ("batery" -> "battery"), capped: anything
 * past `limit` reads as `limit + 1`. Words whose lengths differ by more than the limit are not
 * compared at all (the common case when a word is checked against a whole vocabulary).
 */
export function editDistance(left: string, right: string, limit: number): number {
  if (Math.abs(left.length - right.length) > limit) return limit + 1;
  return Math.min(distance(left, right), limit + 1);
}
