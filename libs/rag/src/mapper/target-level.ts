import { alternation, en, enMapping, findFractions, findNumbers, phraseAlternation } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';

/**
 * Whether the request names the level a device is to end at: "to 50%", "up to 90", "at 30",
 * "halfway", "a quarter open". A change by an amount ("by 10", "by half") is not a level.
 */
const LEVEL_BEFORE = new RegExp(`\\b(?:${alternation(enMapping.amounts.levelPrepositions)})\\s*$`);
const CHANGE_BEFORE = new RegExp(`\\b(?:${alternation(enMapping.amounts.changePrepositions)})\\s*$`);

/** An end of the scale named by a word ("max volume", "brightness to full", "the lowest speed"): a level, as a number is. */
const { amounts } = enMapping;
const EXTREME = new RegExp(`\\b(?:${phraseAlternation([...amounts.maximum, ...amounts.maximumAlso, ...amounts.minimum, ...amounts.minimumAlso])})\\b`, 'g');

export function saysTargetLevel(text: string): boolean {
  const lower = text.toLowerCase();
  const before = (start: number) => lower.slice(0, start);
  if (findFractions(text).some((fraction) => !CHANGE_BEFORE.test(before(fraction.start)))) return true;
  // "up by the maximum" is a change; "the" before the word is read past.
  if ([...lower.matchAll(EXTREME)].some((match) => !CHANGE_BEFORE.test(before(match.index).replace(/\b\p{L}+\s*$/u, (word) => (en.determiners.has(word.trim()) ? '' : word))))) return true;
  return findNumbers(text).some((mention) => !mention.ordinal && LEVEL_BEFORE.test(before(mention.start)));
}

/**
 * The function meant where the request names a level and the best-ranked function cannot end
 * anywhere but one place (open_cover leaves position 100) or only moves by a step (volume_up
 * raises volume by `step`): the one function that sets the same state key from a parameter
 * (set_position, set_volume), as the API document's effects declare. "open the curtains to 50%"
 * and "turn the radio up to 50" then set the level said, and the verb only tells the direction.
 */
export function levelSetterFor(top: NormalisedFunction, functions: Iterable<NormalisedFunction>): NormalisedFunction | undefined {
  const keys = new Set(
    (top.effects ?? []).filter((effect) => effect.value !== undefined || effect.increaseBy !== undefined || effect.decreaseBy !== undefined).map((effect) => effect.key),
  );
  if (keys.size === 0) return undefined;
  const setters = [...functions].filter(
    (fn) => fn !== top && fn.kind !== 'query' && (fn.effects ?? []).some((effect) => keys.has(effect.key) && effect.parameter !== undefined),
  );
  return setters.length === 1 ? setters[0] : undefined;
}
