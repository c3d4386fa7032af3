import { en, isStopword, type RequestReading } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import type { ScopeReading } from './scope';

/**
 * "Take 4 photos", "snap three pictures" to a robot whose photo function takes no argument (issue #17):
 * the number counts what the call makes ("4 photos": a cardinal said right before a noun the called
 * function's own words explain), and the call makes one. The call took no number at all, so it did one
 * of the four and said nothing of the rest; it is declined, saying it makes one at a time.
 *
 * Only a count of two or more, of the call's own thing: "wait 5 minutes", "3 laps of the warehouse"
 * count what no word of the call explains (read by their own modules). A number said inside a text value
 * the call is given ("join Gate 2") is that value's.
 */
export function countedDeed(result: MapResult, reading: RequestReading, scope: ScopeReading | undefined, selfNoun: string | undefined): string | undefined {
  if (!scope?.explained || result.kind !== 'call') return undefined;
  const values = result.calls.flatMap((call) => Object.values(call.arguments));
  if (values.some((value) => typeof value === 'number')) return undefined;
  const given = values.filter((value): value is string => typeof value === 'string').map((value) => value.toLowerCase());
  for (const mention of reading.numbers) {
    if (mention.ordinal || !Number.isInteger(mention.value) || mention.value < 2) continue;
    const noun = mention.following.toLowerCase();
    const at = scope.content.indexOf(noun);
    // "what rack 7 has": a closed-class word after the number is no thing counted.
    if (at < 0 || isStopword(noun) || en.auxiliaries.has(noun) || given.some((value) => value.includes(noun))) continue;
    if (!result.calls.some((call) => scope.explained!.get(call.function)?.has(at))) continue;
    return `the ${selfNoun ?? 'device'} makes one at a time: its call does not take "${reading.text.slice(mention.start, mention.end).trim()} ${noun}"`;
  }
  return undefined;
}
