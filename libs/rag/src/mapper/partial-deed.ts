import { en, enMapping, enReference, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { partialReason } from './cannot-do';
import { addedAmountMarker } from '../arguments/added-amount';
import { movesLevelBy } from './change-amount';

/** "a little", "a bit", "slightly": the language's relative amounts (en-mapping's closed list), as word sequences. */
const RELATIVE_AMOUNTS = enMapping.amounts.relativeAmount.map((phrase) => words(phrase));
/** A preposition before the amount makes it a time or a place ("for a bit", "in a little"), not how far the deed goes. */
const PREPOSITIONS = new Set([enReference.temporaryStop.spanPreposition, ...en.delayPrepositions, ...en.placePrepositions]);

/**
 * A deed asked for only part of the way is not done in full (issue #17, a wrong action is worse
 * than a question): "open the valve a little", "raise the garage door a bit". The call retrieval
 * chose drives the device to an end and takes nothing (its effects set a state to a fixed value: open_valve, open_door), so the amount said was dropped and the valve opened
 * fully. Where no function sets that state to a value, the device says it can only go the whole way.
 * Where one does (a cover's set_position), the call stands: no amount was said to set, and blinds
 * opened are nearer to "open the blinds a little" than blinds left shut by a question. Not
 * judged: a question, an amount after a preposition ("water the lawn for a bit"), a call that took a
 * value ("turn the heat up a bit" set the temperature a step up).
 * The amount is the closed list, or "a" and a noun WordNet says is a small amount ("a smidge", "a
 * crack", "a fraction": `smallAmountNoun`).
 */
export function partialDeed(result: MapResult, reading: RequestReading, byName: ReadonlyMap<string, NormalisedFunction>, functions: readonly NormalisedFunction[], selfNoun: string | undefined, wordNet?: WordNet): string | undefined {
  if (result.kind !== 'call' || result.calls.length !== 1 || reading.mood === 'question') return undefined;
  const [call] = result.calls;
  const fn = call && byName.get(call.function);
  if (!fn || Object.keys(call.arguments).length > 0) return undefined;
  const ends = (fn.effects ?? []).filter((effect) => effect.value !== undefined).map((effect) => effect.key);
  if (ends.length === 0) return undefined;
  // "open the blinds another 20%": an amount to add to a level not known was no value for the setter; the whole way is not what was asked either.
  const lower = reading.text.toLowerCase();
  if (reading.numbers.some((mention) => addedAmountMarker(lower, mention)) || movesLevelBy(reading.text)) return addedReason(selfNoun); // or "by 10%" (change-amount.ts)
  if (!saysPartOfTheWay(reading.words, wordNet)) return undefined;
  // A device that can stand part of the way keeps the call: "open the blinds a little" is then at least open, as asked.
  const setter = functions.find((other) => other !== fn && (other.effects ?? []).some((effect) => effect.parameter !== undefined && ends.includes(effect.key)));
  return setter ? undefined : partialReason(selfNoun);
}

/** Whether a relative amount modifies the deed: said after the verb, with no preposition before it. */
function saysPartOfTheWay(said: readonly string[], wordNet: WordNet | undefined): boolean {
  for (const amount of RELATIVE_AMOUNTS) {
    for (let at = 1; at + amount.length <= said.length; at += 1) {
      if (!amount.every((word, offset) => said[at + offset] === word)) continue;
      if (!PREPOSITIONS.has(said[at - 1]!)) return true;
    }
  }
  // "open the curtains a crack", "open the valve a smidge": the indefinite article and a noun of a small amount (a closed class of size words may stand between).
  for (let at = 1; at + 1 < said.length; at += 1) {
    if (!ARTICLES.has(said[at]!) || PREPOSITIONS.has(said[at - 1]!)) continue;
    const noun = SIZE_WORDS.has(said[at + 1]!) ? said[at + 2] : said[at + 1];
    if (noun && wordNet && smallAmountNoun(noun, wordNet)) return true;
  }
  return false;
}

/** The indefinite article, and the closed class of size adjectives that may stand before the amount ("a tiny crack", "a wee bit"). */
const ARTICLES = new Set(['a', 'an']);
const SIZE_WORDS = new Set(['little', 'tiny', 'wee', 'small', 'teeny', 'weeny']);
/** WordNet's noun for an amount too small to name ("smidgen", "tad", "jot" are kinds of it), one step up. */
const SMALL_QUANTITY = 'small indefinite quantity';
/** A gloss that says its noun is small or narrow: "a long narrow opening" (crack), "a small part ... of a whole" (fraction), "a very small distance" (hair). */
const SMALL_GLOSS = /^an? (?:(?:long|very) )?(?:small|slight|tiny|narrow)\b/;

/** Whether WordNet says the noun names a small amount: a kind of "small indefinite quantity", or one of its first two senses glossed as small. */
export function smallAmountNoun(noun: string, wordNet: WordNet): boolean {
  if (wordNet.nounAncestors(noun, 'common').get(SMALL_QUANTITY) === 1) return true;
  return wordNet.definitions(noun, 'noun').slice(0, 2).some((gloss) => SMALL_GLOSS.test(gloss));
}

/** Why an amount added is not done: where the device stands now is not known to add to. */
function addedReason(selfNoun: string | undefined): string {
  return `moving ${selfNoun ? `the ${selfNoun}` : 'this device'} by an amount more needs the level it is at now to add to; it is not taken the whole way instead`;
}
