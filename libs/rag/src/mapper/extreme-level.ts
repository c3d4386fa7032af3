import { alternation, en, enMapping, phraseAlternation, splitIdentifier, stem } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';

const { amounts } = enMapping;
/** The words that name an end of a scale ("max", "full", "lowest"): the language's closed list. */
const EXTREMES = phraseAlternation([...amounts.maximum, ...amounts.maximumAlso, ...amounts.minimum, ...amounts.minimumAlso]);
/** A determiner between the level preposition and the end: "to the max", "at its lowest" ("its" is no possessive of en.ts's list). */
const DETERMINER = alternation([...en.determiners, 'its']);
/** "to the max", "on full", "at its lowest": an end said where a level stands, after a level preposition (closed class). */
const END_AS_LEVEL = new RegExp(`\\b(?:${alternation(amounts.levelPrepositions)}|on)\\s+(?:(?:${DETERMINER})\\s+)?(?:${EXTREMES})\\b`, 'i');
/** "max speed", "full speed": an end said right before a word that follows it. */
const END_BEFORE = new RegExp(`\\b(?:${EXTREMES})\\s+(\\p{L}+)`, 'giu');

const rangedNumber = (fn: NormalisedFunction) =>
  fn.parameters.some((parameter) => (parameter.type === 'number' || parameter.type === 'integer') && parameter.minimum !== undefined && parameter.maximum !== undefined);

/**
 * The one setter of a ranged level meant by a request that names an end of a scale as the level
 * ("turn the fan to the max", "heating on full", "max speed on the desk fan") where the best-ranked
 * function holds no level at all: a switch (turn_on), a mode (set_mode "heating"), a stop. An end
 * is a level on a scale; the device's only scale is the only place it can stand (issue #17: "turn
 * the fan to the max" turned the fan off). The end is read as a level only after a level
 * preposition, or right before a word of the setter's own parameter ("full speed"); "the bin is
 * full" names no level. Undefined where the device sets more than one ranged level (a light's
 * brightness and its colour temperature: which end is not said), or where the top holds one:
 * then `found`, the setter of the top's own state (target-level.ts's levelSetterFor).
 */
export function extremeLevelSetter(text: string, top: NormalisedFunction, functions: Iterable<NormalisedFunction>, found: NormalisedFunction | undefined): NormalisedFunction | undefined {
  if (top.kind === 'query' || rangedNumber(top) || (found && rangedNumber(found))) return found;
  const setters = [...functions].filter((fn) => fn.kind !== 'query' && rangedNumber(fn));
  if (setters.length !== 1) return found;
  const setter = setters[0]!;
  if (END_AS_LEVEL.test(text)) return setter;
  const parameterWords = new Set(setter.parameters.flatMap((parameter) => splitIdentifier(parameter.name)).map((word) => stem(word.toLowerCase())));
  const following = [...text.matchAll(END_BEFORE)].map((match) => stem(match[1]!.toLowerCase()));
  return following.some((word) => parameterWords.has(word)) ? setter : found;
}
