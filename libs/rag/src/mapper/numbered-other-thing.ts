import { isStopword, type RequestReading, type WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import type { ScopeReading } from './scope';

/**
 * "Patrol aisle 2", "go to aisle 3", "reverse into bay 3" to a robot that knows shelves, speeds and
 * camera angles (issue #17): the number is said as the name of a thing ("aisle 2"), and that thing
 * is one no word of the document meets, so the number is not the call's shelf, speed or angle; the
 * robot drove to shelf 3 or set its speed to 2. A call whose argument is that number is declined,
 * naming the thing. A thing the document does name ("shelf 3", "rack 6" where a rack meets a shelf)
 * or the device's own nouns keep their number; so does a number after a unit or a parameter's word.
 */

/** Words between a thing and its number ("aisle number 2", "bay no. 3", "aisle #4"): English's closed class. */
const NUMBER_MARKERS = new Set(['number', 'no', 'nr', '#']);

/** The noun said right before a number mention (past a number marker), lower case, or undefined. */
function thingBefore(text: string, start: number): string | undefined {
  const before = text.slice(0, start).toLowerCase().match(/[a-z#]+/g) ?? [];
  let at = before.length - 1;
  while (at >= 0 && NUMBER_MARKERS.has(before[at]!)) at -= 1;
  return before[at];
}

/** Why a call is not made whose number names a thing the document never speaks of, or undefined. */
export function numberedOtherThing(result: MapResult, reading: RequestReading, scope: ScopeReading | undefined, ownNouns: ReadonlySet<string>, selfNoun: string | undefined, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || !scope || result.kind !== 'call') return undefined;
  const unmet = new Set(scope.unmet);
  const values = new Set(result.calls.flatMap((call) => Object.values(call.arguments)).filter((value): value is number => typeof value === 'number'));
  for (const mention of reading.numbers) {
    if (mention.ordinal || !values.has(mention.value)) continue;
    const thing = thingBefore(reading.text, mention.start);
    if (thing === undefined || thing.length < 3 || isStopword(thing) || ownNouns.has(thing) || !unmet.has(thing)) continue;
    if (!wordNet.canBe(thing, 'noun') || wordNet.isVerb(thing)) continue;
    return `the ${selfNoun ?? 'device'} knows no "${thing} ${reading.text.slice(mention.start, mention.end)}": none of its functions takes one`;
  }
  return undefined;
}
