import type { NumberMention, RequestReading } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';

/** What joins two numbers offered as a choice ("4 or 5", "4, or 5"): English's one such conjunction, a closed class. */
const EITHER_GAP = /^\s*,?\s*or\s*$/i;

/**
 * "Shelf 4 or 5, whichever is closer", "set the speed to 1 or 1.5" (issue #17): two numbers offered
 * as a choice, of which the call took one. Which one the person wants the device cannot tell (nearer,
 * free, faster): a wrong action is worse than a question, so it asks, naming both. A number the call
 * took that is said with no other one after "or" is left as it is.
 */
export function eitherNumber(result: MapResult, reading: RequestReading, selfNoun: string | undefined): string | undefined {
  if (result.kind !== 'call') return undefined;
  const values = new Set(result.calls.flatMap((call) => Object.values(call.arguments)).filter((value): value is number => typeof value === 'number'));
  const said = (mention: NumberMention) => reading.text.slice(mention.start, mention.end).trim();
  for (const first of reading.numbers) {
    const second = reading.numbers.find((other) => other.start >= first.end && EITHER_GAP.test(reading.text.slice(first.end, other.start)));
    if (second === undefined || first.value === second.value) continue;
    if (!values.has(first.value) && !values.has(second.value)) continue;
    return `the ${selfNoun ?? 'device'} was offered ${said(first)} or ${said(second)}: which one?`;
  }
  return undefined;
}
