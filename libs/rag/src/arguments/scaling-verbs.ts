import { en, words } from '@meshmind/language';

/**
 * "Halve the arc lamp's brightness", "double the volume": the verb multiplies the level the device is
 * at, so the value is the current level times the verb's factor (en.scalingVerbs), not a reading of
 * it and not a step. Only the verb that opens the request counts, after courtesy ("could you double
 * ..."): "the double socket" names a device, not a change.
 */
export function scalingFactor(text: string): number | undefined {
  const said = words(text).map((word) => word.toLowerCase());
  const verb = said.find((word) => !en.courtesy.has(word));
  return (verb === undefined ? undefined : en.scalingVerbs[verb]) ?? (inHalf(text) ? 0.5 : undefined);
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
