import { en, enMapping, enReference, words, type WordNet } from '@meshmind/language';
import type { DeviceStateValues } from '@meshmind/protocol';
import type { NormalisedFunction } from '../api-document';

/** "a little", "a bit", "slightly": the language's relative amounts (en-mapping's closed list), as word sequences. */
const RELATIVE_AMOUNTS = enMapping.amounts.relativeAmount.map((phrase) => words(phrase));
/** A preposition before the amount makes it a time or a place ("for a bit", "in a little"), not how far the deed goes. */
const PREPOSITIONS = new Set([enReference.temporaryStop.spanPreposition, ...en.delayPrepositions, ...en.placePrepositions]);
/** The indefinite article, and the closed class of size adjectives that may stand before the amount ("a tiny crack", "a wee bit"). */
const ARTICLES = new Set(['a', 'an']);
const SIZE_WORDS = new Set(['little', 'tiny', 'wee', 'small', 'teeny', 'weeny']);
/** WordNet's noun for an amount too small to name ("smidgen", "tad", "jot" are kinds of it), one step up. */
const SMALL_QUANTITY = 'small indefinite quantity';
/** A gloss that says its noun is small or narrow: "a long narrow opening" (crack), "a small part ... of a whole" (fraction), "a very small distance" (hair). */
const SMALL_GLOSS = /^an? (?:(?:long|very) )?(?:small|slight|tiny|narrow)\b/;

/** Whether a relative amount modifies the deed: said after the verb, with no preposition before it. */
export function saysPartOfTheWay(said: readonly string[], wordNet: WordNet | undefined): boolean {
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

/** Whether WordNet says the noun names a small amount: a kind of "small indefinite quantity", or one of its first two senses glossed as small. */
export function smallAmountNoun(noun: string, wordNet: WordNet): boolean {
  if (wordNet.nounAncestors(noun, 'common').get(SMALL_QUANTITY) === 1) return true;
  return wordNet.definitions(noun, 'noun').slice(0, 2).some((gloss) => SMALL_GLOSS.test(gloss));
}

/** The state keys a deed drives to a fixed end (open_cover leaves position 100). */
export function endKeys(fn: NormalisedFunction): string[] {
  return (fn.effects ?? []).filter((effect) => effect.value !== undefined).map((effect) => effect.key);
}

/** The other function that sets one of those keys from a parameter (a cover's set_position), if any. */
export function endLevelSetter(fn: NormalisedFunction, functions: Iterable<NormalisedFunction>): NormalisedFunction | undefined {
  const ends = endKeys(fn);
  if (ends.length === 0) return undefined;
  return [...functions].find((other) => other !== fn && other.kind !== 'query' && (other.effects ?? []).some((effect) => effect.parameter !== undefined && ends.includes(effect.key)));
}

/**
 * "open them a touch more" at 40%, "lower the blinds a notch", "open the skylight a crack" when it is
 * shut: a small amount said with a deed to an end, where the device can stand part of the way and
 * its level is known, is a step of that level from where it stands, not the whole way (issue #17: it
 * opened the blinds fully). The function that sets the level from a parameter is meant; the argument
 * reader moves the level one step from the state, the way the deed's verb says. Where the level is
 * not known, no step is read here: the end deed is then declined as a question of how far
 * (partial-deed.ts).
 */
export function smallStepSetter(text: string, top: NormalisedFunction, functions: Iterable<NormalisedFunction>, state: DeviceStateValues | undefined, wordNet: WordNet | undefined): NormalisedFunction | undefined {
  const setter = endLevelSetter(top, functions);
  if (!setter || !saysPartOfTheWay(words(text), wordNet)) return undefined;
  return levelKnown(setter, endKeys(top), state) ? setter : undefined;
}

/** Whether the state holds the level the setter sets, within its parameter's ends: a step can be counted from it. */
function levelKnown(setter: NormalisedFunction, ends: readonly string[], state: DeviceStateValues | undefined): boolean {
  return (setter.effects ?? []).some((effect) => {
    if (effect.parameter === undefined || !ends.includes(effect.key)) return false;
    const level = state?.[effect.key];
    const parameter = setter.parameters.find((item) => item.name === effect.parameter);
    if (typeof level !== 'number' || parameter?.minimum === undefined || parameter.maximum === undefined) return false;
    return level >= parameter.minimum && level <= parameter.maximum;
  });
}
