import { en, findNumbers, words } from '@meshmind/language';
import type { DeviceStateValues } from '@meshmind/protocol';
import type { NormalisedFunction } from '../api-document';

/**
 * "Halve the arc lamp's brightness", "double the volume": the verb multiplies the level the device is
 * at, so the value is the current level times the verb's factor (en.scalingVerbs), not a reading of
 * it and not a step. Only the verb that opens the request counts, after courtesy ("could you double
 * ..."): "the double socket" names a device, not a change.
 */
export function scalingFactor(text: string): number | undefined {
  const said = words(text).map((word) => word.toLowerCase());
  const verb = said.find((word) => !en.courtesy.has(word));
  return (verb === undefined ? undefined : en.scalingVerbs[verb]) ?? equativeFactor(text) ?? (inHalf(text) ? 0.5 : undefined);
}

/** "twice", "once": the multiplicative adverbs of English, a closed class. */
const MULTIPLICATIVE: Readonly<Record<string, number>> = { once: 1, twice: 2, thrice: 3 };
/** A multiple, then the equative "as" and the quality: "half as loud", "twice as bright", "3 times as fast", "a quarter as loud". */
const EQUATIVE = /\b(?:(a|an|one)\s+)?([a-z]+|\d+(?:\.\d+)?)(\s+times)?\s+as\s+[a-z]+/i;

/**
 * "Half as loud", "twice as bright", "three times as fast" (issue #17): the equative construction with
 * a multiple before it says a level as a multiple of the one the device is at, as a scaling verb does.
 * The multiple is a fraction ("half", "a third"), a multiplicative adverb ("twice") or a number with
 * "times"; the construction is grammar, not a word list. Undefined where the request has none.
 */
export function equativeFactor(text: string): number | undefined {
  const found = EQUATIVE.exec(text);
  if (!found) return undefined;
  const word = found[2]!.toLowerCase();
  if (found[3]) {
    const count = findNumbers(word)[0]?.value;
    return count === undefined || found[1] ? undefined : count;
  }
  const denominator = en.fractions.denominators[word];
  if (denominator !== undefined) return found[1] || denominator === 2 ? 1 / denominator : undefined;
  return found[1] ? undefined : MULTIPLICATIVE[word];
}

/**
 * "Cut your speed in half", "slash the volume in half": English says halving with the fixed phrase
 * "in half" after any verb (a closed idiom, not a word list); its "half" is the factor, not a level of 0.5.
 * "By half" is left out: "increase by half" multiplies by one and a half.
 */
export function inHalf(text: string): boolean {
  return /\bin half\b/i.test(text);
}

/** The way a scaling verb moves a level: up for a factor above one, down below it, 0 where none is said. */
export function scalingDirection(text: string): 1 | -1 | 0 {
  const factor = scalingFactor(text);
  return factor === undefined || factor === 1 ? 0 : factor > 1 ? 1 : -1;
}

/**
 * "Twice as loud" read by a step function ("volume_up" by a step its document says raises the volume):
 * the step from the level the device is at to that level times the multiple, where the step goes the
 * way the multiple does (a raise for more than once, a lowering for less). Undefined otherwise.
 */
export function equativeStep(fn: NormalisedFunction, parameter: string, text: string, state: DeviceStateValues): number | undefined {
  const factor = equativeFactor(text);
  if (factor === undefined || factor === 1) return undefined;
  for (const effect of fn.effects ?? []) {
    const current = state[effect.key];
    if (typeof current !== 'number') continue;
    if ((effect.increaseBy === parameter && factor > 1) || (effect.decreaseBy === parameter && factor < 1)) return Math.round(Math.abs(current * factor - current));
  }
  return undefined;
}
