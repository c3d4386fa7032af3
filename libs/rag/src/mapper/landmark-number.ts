import { CARDINAL_WORDS, type RequestReading } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';

/** English's prepositions of place relative to a landmark, a closed class ("next to", "past", "in front of"). */
const RELATIONS = ['next to', 'beside', 'behind', 'past', 'near', 'opposite', 'after', 'before', 'beyond', 'alongside', 'across from', 'in front of', 'left of', 'right of'];

/** A thing said by a determiner or a count, then a relation, then the numbered landmark's noun ("the shelf next to shelf", "two shelves past shelf"). */
const LANDMARK = new RegExp(`\\b(?:the|a|an|that|this|\\d+|${CARDINAL_WORDS.join('|')})\\s+([a-z]+)\\s+(?:right\\s+|just\\s+|the\\s+one\\s+)?(?:${RELATIONS.join('|')})\\s+(?:the\\s+)?[a-z]+\\s*(?:number\\s+|no\\.?\\s+|#\\s*)?$`, 'i');

/**
 * "Go to the shelf next to shelf 5", "go two shelves past shelf 4" (issue #17): the number names a
 * landmark, and the place wanted is another one said relative to it, which the call cannot reach by the
 * landmark's number (it went to shelf 5 itself). Where each mention of a number the call took is said
 * after a thing, a preposition of relative place and the landmark's noun, it is declined. "Go past
 * shelf 4 to shelf 6" takes 6, said as the goal; "stop next to shelf 5" says no other thing.
 */
export function landmarkNumber(result: MapResult, reading: RequestReading, selfNoun: string | undefined): string | undefined {
  if (result.kind !== 'call') return undefined;
  const values = new Set(result.calls.flatMap((call) => Object.values(call.arguments)).filter((value): value is number => typeof value === 'number'));
  for (const value of values) {
    const mentions = reading.numbers.filter((mention) => mention.value === value);
    if (mentions.length === 0) continue;
    const things = mentions.map((mention) => LANDMARK.exec(reading.text.slice(0, mention.start))?.[1]);
    if (things.some((thing) => thing === undefined)) continue;
    const first = mentions[0]!;
    return `the ${selfNoun ?? 'device'} takes ${reading.text.slice(first.start, first.end).trim()} as a landmark: the ${things[0]} wanted is another one, which it cannot reach by that number`;
  }
  return undefined;
}
