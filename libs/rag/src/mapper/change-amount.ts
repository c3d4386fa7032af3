import { alternation, enMapping, findFractions, findNumbers, type WordNet } from '@meshmind/language';
import type { DeviceStateValues } from '@meshmind/protocol';
import type { NormalisedFunction } from '../api-document';
import { addedAmountMarker } from '../arguments/added-amount';
import { relativeDirection } from '../arguments/parameter-values';
import { levelSetterFor, saysTargetLevel } from './target-level';
import { extremeLevelSetter } from './extreme-level';
import { shareLevelSetter } from './share-level';
import { smallStepSetter } from './small-step';

/** "by 10%", "by a quarter": the language's change prepositions (closed class). */
const CHANGE_BEFORE = new RegExp(`\\b(?:${alternation(enMapping.amounts.changePrepositions)})\\s*$`);
/** "a further quarter", "another half": the additive determiners before a fraction (closed class), an article between. */
const ADDED_BEFORE_FRACTION = /\b(?:another|further|extra)\s*$/;
/** Units of time, a closed class: "by 10 minutes" moves a time, no level. */
const TIME_UNIT = /^(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|days?|pm|am)$/;

/**
 * Whether the request moves a level by an amount: "close the blinds by 10 percent", "open it
 * another 20%", "raise the shade a further quarter". Said with a verb of a function that can only
 * go to one end (close_cover leaves position 0), such a request asks for part of that way, never
 * the whole: the one function that sets the same state from a parameter (set_position) is meant,
 * and it reads the amount against the level the device is at. Without a known level that setter
 * cannot be filled, and the request is declined rather than closed fully.
 */
export function movesLevelBy(text: string): boolean {
  const lower = text.toLowerCase();
  const before = (start: number) => lower.slice(0, start).replace(/\b(?:a|an|the)\s*$/, '');
  if (findFractions(text).some((fraction) => CHANGE_BEFORE.test(before(fraction.start)) || ADDED_BEFORE_FRACTION.test(before(fraction.start)))) return true;
  return findNumbers(text).some(
    (mention) => !mention.ordinal && !TIME_UNIT.test(mention.following) && (CHANGE_BEFORE.test(lower.slice(0, mention.start)) || addedAmountMarker(lower, mention) !== undefined),
  );
}

/**
 * The level setter meant by a request that names a level ("to 50%": target-level.ts) or, with a
 * function that ends at a fixed place, an amount to move by (`movesLevelBy`); undefined otherwise.
 * A step function (volume_down by its step) keeps an amount: it is made to move by one. A small
 * amount from part of the way is a step of the level (small-step.ts); a way said with no quantity is
 * the share level's (share-level.ts).
 */
export function meantLevelSetter(text: string, top: NormalisedFunction, functions: Iterable<NormalisedFunction>, state?: DeviceStateValues, wordNet?: WordNet): NormalisedFunction | undefined {
  const all = [...functions];
  // An end of a scale said as the level ("heating to the max") is a level of the device's one ranged setter, not of a mode's (extreme-level.ts).
  if (saysTargetLevel(text)) return extremeLevelSetter(text, top, all, levelSetterFor(top, all)) ?? shareLevelSetter(text, top, all);
  const endsFixed = (top.effects ?? []).some((effect) => effect.value !== undefined);
  if (endsFixed && movesLevelBy(text)) return levelSetterFor(top, all);
  // "open them a touch more" at 40%: a small step from part of the way, not the whole way (small-step.ts). "turn the lamp down":
  // a way said with no quantity moves the share level, not the colour temperature retrieval ranked first (share-level.ts).
  return (endsFixed ? smallStepSetter(text, top, all, state, wordNet) : undefined) ?? shareLevelSetter(text, top, all) ?? stepMeant(text, top, all);
}

/**
 * "a notch louder", "a touch more volume please": a way said with no level and no amount, where
 * retrieval ranked first the setter of a level (set_volume) and the document has one function that
 * steps that same level the way said (volume_up, its step optional). The setter would be filled
 * from the level the device is at moved by a guess; the step is what the device offers for "more".
 */
function stepMeant(text: string, top: NormalisedFunction, all: readonly NormalisedFunction[]): NormalisedFunction | undefined {
  const way = relativeDirection(text);
  if (way === 0 || top.kind === 'query' || findNumbers(text).length > 0 || findFractions(text).length > 0) return undefined;
  const keys = new Set((top.effects ?? []).filter((effect) => effect.parameter !== undefined).map((effect) => effect.key));
  if (keys.size === 0) return undefined;
  const steps = all.filter(
    (fn) =>
      fn !== top &&
      fn.kind !== 'query' &&
      fn.parameters.every((parameter) => parameter.required === false || parameter.default !== undefined) &&
      (fn.effects ?? []).some((effect) => keys.has(effect.key) && (way > 0 ? effect.increaseBy : effect.decreaseBy) !== undefined),
  );
  return steps.length === 1 ? steps[0] : undefined;
}
