import { isStopword, splitIdentifier, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { DeviceStateValues } from '@meshmind/protocol';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';

/**
 * "Is anybody at the door", "is there someone in the garden", "anyone home?": a question whose
 * subject is an indefinite pronoun of persons, English's closed class, asked with a be-verb or
 * alone. It asks whether a person is there.
 */
const PRESENCE = /^(?:(?:is|are|was|were)\s+(?:there\s+)?)?(?:anybody|anyone|somebody|someone|nobody|no\s+one|everybody|everyone)\b/i;
/** WordNet's roots of a being, of which a person is one kind: a reading that speaks of them can say who is there. */
const BEINGS = new Set(['person', 'organism']);
/** How many of a state word's first noun senses are read for a being: "presence" is "the immediate proximity of someone" only in its second. */
const GLOSSES = 2;

/** Whether a question asks if a person is there: "is anybody at the door", "anyone home?" (measured-quantity.ts leaves it as said). */
export function asksPresence(text: string): boolean {
  return PRESENCE.test(text.trim());
}

/**
 * A question of a person's presence put to a reading that speaks of no being (issue #17: presence
 * is not openness). "Is anybody at the door?" to a door contact reads is_open, which says whether
 * the door is open, not whether anyone stands at it: a wrong answer. A motion sensor's document
 * speaks of "a person or animal moving", and an occupancy sensor's class is "an act of being a
 * tenant or occupant" (WordNet's gloss), so either answers it.
 *
 * A being is a noun whose first WordNet sense descends from person or organism; the words read are
 * the device's nouns, the called reading's description and return, and the state's
 * text values (a sensor's class) with the nouns of their first two glosses. Undefined where the call stands.
 */
export function presenceNotRead(
  result: MapResult,
  reading: RequestReading,
  said: string,
  byName: ReadonlyMap<string, NormalisedFunction>,
  deviceNouns: Iterable<string>,
  state: DeviceStateValues,
  selfNoun: string | undefined,
  wordNet: WordNet | undefined,
): string | undefined {
  if (result.kind !== 'call' || !wordNet || reading.mood !== 'question' || !PRESENCE.test(said.trim())) return undefined;
  const called = result.calls.map((call) => byName.get(call.function));
  if (called.some((fn) => fn?.kind !== 'query')) return undefined;
  const nounOnly = (word: string) => wordNet.canBe(word, 'noun') && !wordNet.canBe(word, 'adj') && !wordNet.mostlyVerb(word);
  const being = (word: string) => nounOnly(word) && [...wordNet.nounAncestors(word, 'first').keys()].some((ancestor) => BEINGS.has(ancestor));
  const own = [...deviceNouns, ...called.flatMap((fn) => [fn!.description, fn!.returns ?? ''])].join(' ');
  if (words(own.toLowerCase()).some((word) => !isStopword(word) && being(word))) return undefined;
  const stated = Object.values(state).filter((value): value is string => typeof value === 'string').flatMap((value) => splitIdentifier(value).map((word) => word.toLowerCase()));
  const glossed = stated.flatMap((word) => [word, ...wordNet.definitions(word, 'noun').slice(0, GLOSSES).flatMap((gloss) => words(gloss.toLowerCase()))]);
  if (glossed.some((word) => !isStopword(word) && being(word))) return undefined;
  const readings = called.map((fn) => splitIdentifier(fn!.name).join(' ').toLowerCase()).join(', ');
  return `the ${selfNoun ?? 'device'} can tell ${readings}, not whether anyone is there`;
}
