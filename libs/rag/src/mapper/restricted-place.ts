import { en, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { isPlace } from './lacking-feature';

/** At most this many nouns make the place's phrase before a trailing restricting word: "the living room only", "the back bedroom floor only". */
const COMPOUND_NOUNS = 3;

/** Words that restrict a deed to the phrase they stand by ("only the bedroom", "the hall only"): a closed class of focusing adverbs. */
const RESTRICTING = new Set(['only', 'just', 'solely', 'exclusively']);

/**
 * A deed asked for in one place only that the call cannot keep to it (issue #17, a wrong action is
 * worse than a question): "clean only the bedroom" to a robot vacuum whose start_cleaning runs "of
 * the whole floor" and takes no place. Started, it cleans every room, which is what "only" ruled
 * out. Read where a restricting word stands right before the place's phrase ("only the kitchen",
 * "just the landing") or right after its noun ("the kitchen only"), the noun being a place in
 * WordNet (lacking-feature.ts's isPlace) and not one of the device's own words or names; and where
 * the call took no value, so nothing of it holds the place. Undefined where the call stands.
 */
export function restrictedPlace(result: MapResult, reading: RequestReading, byName: ReadonlyMap<string, NormalisedFunction>, own: ReadonlySet<string>, selfNoun: string | undefined, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || result.kind !== 'call' || reading.mood === 'question' || result.calls.some((call) => Object.keys(call.arguments).length > 0)) return undefined;
  const said = reading.words.map((word) => word.toLowerCase());
  const place = (word: string | undefined) => word !== undefined && !own.has(word) && wordNet.canBe(word, 'noun') && isPlace(word, wordNet);
  for (let at = 0; at < said.length; at += 1) {
    // "just a crack", "only a little": an indefinite says an amount, not which place.
    if (!RESTRICTING.has(said[at]!) || en.indefinites.has(said[at + 1] ?? '')) continue;
    // "only the kitchen", "just the upstairs landing": the phrase's head is its last noun before a break in it.
    let next = at + 1;
    while (next < said.length && en.determiners.has(said[next]!)) next += 1;
    let head = next;
    while (head + 1 < said.length && wordNet.canBe(said[head + 1]!, 'noun') && !RESTRICTING.has(said[head + 1]!)) head += 1;
    // "the kitchen only", "the living room only": a noun (and the nouns before it) after its determiner, not the verb ("open only ...").
    let opens = at - 1;
    while (opens >= 2 && at - opens < COMPOUND_NOUNS && !en.determiners.has(said[opens - 1]!) && wordNet.canBe(said[opens - 1]!, 'noun')) opens -= 1;
    const before = opens >= 1 && en.determiners.has(said[opens - 1]!) ? said[at - 1] : undefined;
    const found = next > at + 1 && place(said[head]) ? said[head] : place(before) ? before : undefined;
    if (!found) continue;
    const fn = byName.get(result.calls[0]!.function);
    if (!fn) return undefined;
    return `the ${selfNoun ?? 'device'} cannot keep ${fn.name.replace(/_/g, ' ')} to the ${found} only: it takes no place and acts everywhere it reaches`;
  }
  return undefined;
}
