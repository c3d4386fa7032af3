/**
 * A place the home does not have (issue #17: never the wrong thing). "turn on the sprinklers in the
 * orchard" to a farm with no orchard must not drop the place and water the yard: the clause says
 * where, and nowhere of the home is there. A place is read as "in/at/inside (the|our ...) WORDS"
 * where no word of the phrase belongs to any area, floor, device name, alias or kind noun of the
 * home, and its last word is, by WordNet's hierarchy, a kind of place (a structure or a
 * geographical area: a room, a barn, an orchard; not a time such as "the morning"), and not the
 * dwelling said alone ("in the home", "in the house": the whole home).
 */
import { en, enReference } from '@meshmind/language';
import type { Vocabulary } from './vocabulary';
import { nounKeys } from './reference';

const DETERMINERS = en.determiners;
const STOP_WORDS = en.plannerStopwords;
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(enReference.placePrepositions);

/** Whether a noun is a kind of place by its commonest senses' broader nouns (WordNet). */
export function placeNounReader(nounAncestors: (noun: string) => ReadonlyMap<string, number>): (noun: string, alone?: boolean) => boolean {
  return (noun, alone = false) => {
    const broader = nounAncestors(noun);
    // "turn off the lights in the home": the dwelling said alone is the whole home, not a place it
    // lacks; "the pool house" is one building of it.
    if (alone && enReference.dwellingKinds.some((kind) => broader.has(kind))) return false;
    return enReference.placeKinds.some((kind) => broader.has(kind));
  };
}

function homeWords(vocabulary: Vocabulary): Set<string> {
  const known = new Set<string>();
  for (const entry of [...vocabulary.names, ...vocabulary.areas, ...vocabulary.floors, ...vocabulary.nouns]) {
    for (const word of entry.words) for (const key of nounKeys(word)) known.add(key);
  }
  return known;
}

const knownWordsCache = new WeakMap<Vocabulary, Set<string>>();

/** The words of a place the clause names that the home has none of ("the orchard"), or null. */
export function unknownPlace(tokens: readonly string[], vocabulary: Vocabulary): string | null {
  const isPlace = vocabulary.isPlaceNoun;
  if (!isPlace) return null;
  let known = knownWordsCache.get(vocabulary);
  if (!known) knownWordsCache.set(vocabulary, (known = homeWords(vocabulary)));
  for (let index = 0; index < tokens.length; index += 1) {
    if (!PLACE_PREPOSITIONS.has(tokens[index]!)) continue;
    let start = index + 1;
    while (start < tokens.length && DETERMINERS.has(tokens[start]!)) start += 1;
    // The phrase runs to the next stop word or the end: "in the apple orchard please".
    let end = start;
    while (end < tokens.length && !STOP_WORDS.has(tokens[end]!) && !PLACE_PREPOSITIONS.has(tokens[end]!) && !/^\d/.test(tokens[end]!)) end += 1;
    const phrase = tokens.slice(start, end);
    if (phrase.length === 0 || start === index + 1) continue;
    // "in every room", "in all the bedrooms": every place of that kind the home has, not one it lacks.
    if (tokens.slice(index + 1, start).some((token) => en.quantifiers.has(token))) continue;
    if (phrase.some((word) => nounKeys(word).some((key) => known!.has(key)))) continue;
    if (isPlace(phrase.at(-1)!, phrase.length === 1)) return phrase.join(' ');
  }
  return null;
}
