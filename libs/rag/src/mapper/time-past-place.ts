import { en, enReference, isStopword, stem, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { isPlace } from './lacking-feature';

/**
 * What this reads: a place named through an adjective of time past or of habit, with no clause ("return
 * to your earlier location", "the previous rack", "your former spot", "the usual place", "yesterday's
 * spot", "the shelf from before"). remembered-place.ts reads a place named by a clause ("where you were",
 * "the spot you stopped at"); these name the same kind of place, one only the robot's memory holds,
 * in a single adjective, and were driven, photographed or docked at once (issue #17, robots26).
 *
 * The adjective is one of time past as WordNet relates it to the notions below (similar-to, its own
 * senses, or the first adjective its gloss is made of: "prior" is "earlier in time"), not a list of
 * adjectives: "former", "previous", "old", "last", "recent", "preceding", "usual", "customary".
 */
const NOTIONS = ['past', 'previous', 'habitual'];
/** The weight WordNetFiles.related gives a synonym of a word's first sense (0.9): only those stand in for the word. */
const SYNONYM = 0.85;
/** WordNet's broader nouns of a stretch of time ("yesterday", "this morning", "last night"): a genitive of one names a place by when. */
const TIME_KINDS: ReadonlySet<string> = new Set(['time period', 'time unit']);
/** ... and of the present ("today", "tonight"), which names no memory. */
const NOW_KIND = 'present';
/** The prepositions that name a place by a time after it ("the spot from before", "same position as before"): a closed class. */
const FROM: ReadonlySet<string> = new Set(['from', 'as']);
/** English's adverb of the time before now that is no adjective ("from before", "as before"). */
const BEFORE: readonly string[] = en.executionTimes.eventPrepositions.filter((word) => word === 'before');

/** Whether the adjective is one of time past or of habit, by WordNet's relations around the notions. */
export function ofTimePast(word: string, wordNet: WordNet): boolean {
  if (!wordNet.canBe(word, 'adj')) return false;
  // The notions' own synonyms and similar adjectives, met by the word or by its base form ("earlier" by "early", "latest" by
  // "late": a first-sense synonym whose stem the word opens with): from the notions' side, as stems collide ("paste" and "past").
  const notions = new Set(NOTIONS.flatMap((notion) => [...wordNet.related(notion, 'adj').keys()]));
  const near = (candidate: string) => [stem(candidate), ...[...wordNet.related(candidate, 'adj')].filter(([key, weight]) => weight >= SYNONYM && candidate.startsWith(key)).map(([key]) => key)].some((key) => notions.has(key));
  if (near(word)) return true;
  // "prior": "earlier in time": the adjective its first sense's gloss opens with.
  const opening = (wordNet.definitions(word, 'adj')[0] ?? '').toLowerCase().match(/^[a-z]+/)?.[0];
  return opening !== undefined && opening !== word && wordNet.canBe(opening, 'adj') && near(opening);
}

/** Whether a noun names a place: in WordNet, or as the document's parameters name what they take ("shelf" of shelf_number). */
function placeNoun(noun: string | undefined, wordNet: WordNet, taken: ReadonlySet<string>): boolean {
  if (noun === undefined || isStopword(noun) || !wordNet.canBe(noun, 'noun')) return false;
  if (taken.has(stem(noun)) || (enReference.whereKinds as readonly string[]).includes(noun)) return true;
  const kinds = wordNet.nounAncestors(noun);
  return isPlace(noun, wordNet) || enReference.whereKinds.some((kind) => kinds.has(kind));
}

/** Whether a genitive names a stretch of time past ("yesterday's", "this morning's"), not the present ("today's"). */
function pastTime(token: string, wordNet: WordNet): boolean {
  const genitive = /^(.+)['’]s$/.exec(token)?.[1];
  if (!genitive || !wordNet.canBe(genitive, 'noun')) return false;
  const kinds = wordNet.nounAncestors(genitive, 'first');
  return !kinds.has(NOW_KIND) && [...TIME_KINDS].some((kind) => kinds.has(kind));
}

/** The phrase of a place named by time past in the request ("earlier location", "yesterday's spot", "spot from before"), or undefined. */
export function timePastPhrase(tokens: readonly string[], wordNet: WordNet, taken: ReadonlySet<string>, ordinals: ReadonlySet<string> = new Set()): string | undefined {
  for (let at = 0; at < tokens.length; at += 1) {
    const word = tokens[at]!;
    // An ordinal names a place by its number ("the first shelf" is shelf 1), never by memory.
    if (isStopword(word) || ordinals.has(word)) continue;
    // "your most recent position", "the old shelf": the adjective, then the place noun; "last night's parking spot": a genitive of time, and its noun phrase.
    if (placeNoun(tokens[at + 1], wordNet, taken) && ofTimePast(word, wordNet)) return tokens.slice(at, at + 2).join(' ');
    const head = [1, 2].find((step) => placeNoun(tokens[at + step], wordNet, taken));
    if (head !== undefined && pastTime(word, wordNet)) return tokens.slice(at, at + head + 1).join(' ');
    // "the spot from before", "the shelf from earlier", "same position as before".
    if (placeNoun(word, wordNet, taken) && FROM.has(tokens[at + 1] ?? '')) {
      const when = tokens[at + 2] ?? '';
      if (BEFORE.includes(when) || ofTimePast(when, wordNet)) return tokens.slice(at, at + 3).join(' ');
    }
  }
  return undefined;
}

/**
 * A place named through time past with no clause (issue #17: "return to your earlier location" went to
 * the dock, "take me to the earlier aisle" took a picture). Declined, saying so, unless the call took a
 * value that the request says (a number, an ordinal: "return to shelf 12, the one from earlier") or the
 * device's state holds (its own memory: "last_checked_shelf"), or the called function takes no value and is named by
 * the phrase's words ("previous_track" for "the previous track").
 */
export function timePastPlace(result: MapResult, reading: RequestReading, state: Readonly<Record<string, unknown>>, functions: readonly NormalisedFunction[], selfNoun: string | undefined, wordNet: WordNet | undefined, explainedBy?: (word: string) => ReadonlySet<string> | undefined): string | undefined {
  if (!wordNet || result.kind !== 'call') return undefined;
  const values = result.calls.flatMap((call) => Object.values(call.arguments).map((value) => String(value).toLowerCase()));
  const known = new Set([...reading.words, ...reading.numbers.map((mention) => String(mention.value)), ...Object.values(state).map((value) => String(value).toLowerCase())]);
  if (values.some((value) => known.has(value))) return undefined;
  const taken = new Set(functions.flatMap((fn) => fn.parameters.flatMap((parameter) => parameter.name.toLowerCase().split(/[_\W]+/))).filter((part) => part.length > 2).map(stem));
  const ordinals = new Set(reading.numbers.filter((mention) => mention.ordinal).map((mention) => reading.text.slice(mention.start, mention.end).toLowerCase()));
  const phrase = timePastPhrase(reading.tokens, wordNet, taken, ordinals);
  if (!phrase) return undefined;
  // "play the previous track", "return to the last channel": a function that takes no value and that the phrase's own words
  // name does the choosing of which one itself (previous_track, previous_channel).
  if (phrase.split(' ').some((word) => result.calls.some((call) => explainedBy?.(word)?.has(call.function) && (Object.keys(call.arguments).length === 0 || ofTimePast(word, wordNet))))) return undefined;
  return `I cannot tell where "${phrase}" is: the ${selfNoun ?? 'device'} goes to places by their numbers, coordinates or the dock, and keeps no memory of earlier ones`;
}
