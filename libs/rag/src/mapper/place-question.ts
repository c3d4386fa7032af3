import { enMapping, isStopword, splitIdentifier, stem, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { FunctionProfile } from './evidence';
import { asksIndirectly } from './indirect-question';
import { handsBackValue } from './returned-value';
import { CONTAINER_TYPES } from './scale-question';

/**
 * "Where are you right now?", "what are your coordinates?", "tell me your current position",
 * "figure out where you are on the map": a question that asks where something is wants a place for
 * its answer. The function that returns one (the document declares "(x, y)", a Point, a Pose, or
 * names a position or location) answers it; one that builds a map or lists the networks around does
 * not, however near the words "map" and "around" bring it. WordNet says which nouns name a place:
 * those whose senses are close to a location, a position or a coordinate ("place", "spot",
 * "coordinates"), not the wider "area" or "space" that a map is made of.
 */

const ASKERS: ReadonlySet<string> = new Set(enMapping.place.askers);
const PLACE_STEMS: ReadonlySet<string> = new Set(enMapping.place.nouns.map(stem));
/** How close (WordNet.related) a noun's senses must come to a place noun to name a place: "place" to "position" 0.8, not "slot" 0.55. */
const PLACE_RELATION = 0.7;
/** How many steps up WordNet's nouns a type's name may name a kind of place: "Point" (point, location), "Pose" (position). */
const TYPE_STEPS = 2;
/** The broad noun of every place ("place" < point < location), and how far above a place noun it stands. */
const LOCATION = enMapping.place.nouns[0]!;
const PLACE_STEPS = 3;
/** Type words of the programming languages the documents are written in that hold several values (mapper/scale-question.ts). */
const CONTAINERS = new RegExp(`^(?:${CONTAINER_TYPES.join('|')})$`, 'i');
const NUMBER_TYPE = /\b(?:u?int\d*|integer|long|short|float\d*|double|number)\b/g;

/** Whether WordNet reads the word as a noun of place: one of the language's place nouns or close to one. */
export function namesPlace(word: string, wordNet: WordNet): boolean {
  const lower = word.toLowerCase();
  if (isStopword(lower) || !wordNet.canBe(lower, 'noun')) return false;
  if (PLACE_STEMS.has(stem(lower))) return true;
  // Close in some sense ("status" is also a social "position"), and a place in a common one: its broader nouns reach a location.
  if (![...wordNet.related(lower, 'noun')].some(([key, weight]) => weight >= PLACE_RELATION && PLACE_STEMS.has(key))) return false;
  return (wordNet.nounAncestors(lower).get(LOCATION) ?? Infinity) <= PLACE_STEPS;
}

/** Whether a question (said as one, or as a command whose object asks: asksIndirectly) asks where something is. */
export function asksPlace(reading: RequestReading, wordNet: WordNet | undefined): boolean {
  if (!wordNet) return false;
  if (reading.mood !== 'question' && !(reading.mood === 'neutral' && asksIndirectly(reading.words, wordNet))) return false;
  return reading.words.some((word) => ASKERS.has(word.toLowerCase()) || namesPlace(word, wordNet));
}

/**
 * Whether what the document declares a function returns is a place: coordinates named x and y,
 * two numbers ("double[2]", "std::pair<double, double>"), or a type named after a kind of place
 * ("Point2D", "Pose").
 */
function returnsPlace(returns: string, wordNet: WordNet): boolean {
  if (/\bx\b[^a-z]+\by\b/i.test(returns)) return true;
  const numbers = returns.match(NUMBER_TYPE) ?? [];
  if (numbers.length === 2 || (numbers.length === 1 && /\[\s*2\s*\]/.test(returns))) return true;
  // A container's name ("list" is also a tilt, a position) says how the values are held, not what they are.
  if (splitIdentifier(returns.replace(/\d+/g, ' ')).some((word) => !CONTAINERS.test(word) && namesPlace(word, wordNet))) return true;
  // A type the vendor named ("Point2D", "Pose"), not a word of the note ("char* path"): its broader nouns may say it is a place.
  return (returns.match(/\b[A-Z][a-z]+/g) ?? []).some((type) => {
    if (CONTAINERS.test(type)) return false;
    const ancestors = wordNet.nounAncestors(type.toLowerCase());
    return enMapping.place.nouns.some((noun) => (ancestors.get(noun) ?? Infinity) <= TYPE_STEPS);
  });
}

/** Whether a word of the list names a place by itself: "spot" of "hot spot" is part of a noun of its own (a Wi-Fi hotspot). */
function namePlace(list: readonly string[], wordNet: WordNet): boolean {
  return list.some((word, index) => namesPlace(word, wordNet) && !(index > 0 && wordNet.canBe(`${list[index - 1]}_${word}`.toLowerCase(), 'noun')));
}

/** Whether a function (a query, by its caller's reading) hands back a place by its return or its note ("(x, y)", "Point2D", "returns the robot position"): givesPlace without a profile. */
export function readsPlace(fn: NormalisedFunction, wordNet: WordNet): boolean {
  return returnsPlace(fn.returns ?? '', wordNet) || namePlace(words(fn.description), wordNet);
}

const placeGivers = new WeakMap<FunctionProfile, boolean>();

/** Whether the function hands back a place: its return says so, or its name or note names one. */
export function givesPlace(profile: FunctionProfile, wordNet: WordNet): boolean {
  let found = placeGivers.get(profile);
  if (found === undefined) {
    const { fn } = profile;
    const reads = fn.kind === 'query' || handsBackValue(fn.returns);
    found = reads && (returnsPlace(fn.returns ?? '', wordNet) || [profile.actionWords, words(fn.description)].some((list) => namePlace(list, wordNet)));
    placeGivers.set(profile, found);
  }
  return found;
}

/** As a scale question's evidence: half the weight of a degree said in a command. */
const PLACE_FIT = 0.5;

/**
 * The evidence of a question of place for one function, in -0.5..0.5 (weighed beside a scale
 * question's): a function that hands back a place answers it, one that hands back another value (a
 * list of networks, a percentage) does not; an action is left to the mood.
 */
export function placeAnswerFit(profile: FunctionProfile, asked: boolean, wordNet: WordNet | undefined): number {
  if (!asked || !wordNet) return 0;
  if (givesPlace(profile, wordNet)) return PLACE_FIT;
  return handsBackValue(profile.fn.returns) && profile.fn.kind !== 'action' ? -PLACE_FIT : 0;
}

