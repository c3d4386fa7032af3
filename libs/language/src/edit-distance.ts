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

/** Whether two words differ only by two neighbouring letters swapped ("lihgt", "light"): one slip, not two. */
export function swapsOnePair(left: string, right: string): boolean {
  if (left.length !== right.length) return false;
  const differ = [...left].flatMap((letter, index) => (letter === right[index] ? [] : [index]));
  return differ.length === 2 && differ[1] === differ[0]! + 1 && left[differ[0]!] === right[differ[1]!] && left[differ[1]!] === right[differ[0]!];
}

/** Edit distance as a typist slips: two neighbouring letters swapped ("opne", "open") is one edit, as one wrong letter is. */
export function typingDistance(left: string, right: string, limit: number): number {
  return swapsOnePair(left, right) ? Math.min(1, limit + 1) : editDistance(left, right, limit);
}
