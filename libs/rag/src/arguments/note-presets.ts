import { alternation, enMapping, escapeRegExp, isStopword, words } from '@meshmind/language';
import type { ParameterSpec } from '@meshmind/protocol';

/**
 * The named values of a number: the ones its document declares as presets, else the ones its note
 * spells out ("Target speed; 33 is low, 66 medium, 100 high." -> low 33, medium 66, high 100).
 * A vendor who names points of a range in prose means them as much as one who fills `presets`:
 * "set the fan to high" is 100, and read without them "high" found no value and the request
 * switched the fan's oscillation on instead.
 *
 * A note's piece (between , ; . and "and") is read only where it is a number and a name, linked by
 * a word of the language ("is") or by nothing, in either order, the name is a word or two none of
 * which is a function word, and the number lies in the parameter's range; a piece with anything
 * else ("Target speed", "5 steps per click", "at most 90") gives nothing.
 */
const LINK = `(?:\\s+(?:${alternation(enMapping.amounts.nameLinks)}))?`;
const NAME = "([a-z][a-z' -]*?[a-z])";
/** A name is a word or two of content ("high", "fully open"): "steps per click", "at most" are prose. */
const NAME_WORDS = 2;
const NUMBER = '(-?[0-9]+(?:\\.[0-9]+)?)';
const PIECE_BREAK = new RegExp(`\\s*(?:[,;:()]|\\.(?![0-9])|\\b${alternation(enMapping.descriptionCoordinators)}\\b)\\s*`, 'i');
const cache = new WeakMap<ParameterSpec, Readonly<Record<string, number>>>();

function inRange(parameter: ParameterSpec, value: number): boolean {
  return (parameter.minimum === undefined || value >= parameter.minimum) && (parameter.maximum === undefined || value <= parameter.maximum);
}

/** Named values a note spells out; empty where it spells none. */
export function notePresets(parameter: ParameterSpec): Readonly<Record<string, number>> {
  const known = cache.get(parameter);
  if (known) return known;
  const found: Record<string, number> = {};
  if (parameter.type === 'integer' || parameter.type === 'number') {
    // The number may carry the parameter's unit: "2700 K is warm white".
    const unit = parameter.unit ? `(?:\\s*${escapeRegExp(parameter.unit)})?` : '';
    const numberFirst = new RegExp(`^${NUMBER}${unit}${LINK}\\s+${NAME}$`, 'i');
    const nameFirst = new RegExp(`^${NAME}${LINK}\\s+${NUMBER}${unit}$`, 'i');
    for (const piece of (parameter.description ?? '').split(PIECE_BREAK)) {
      const byNumber = numberFirst.exec(piece);
      const byName = byNumber ? undefined : nameFirst.exec(piece);
      const [name, number] = byNumber ? [byNumber[2]!, byNumber[1]!] : byName ? [byName[1]!, byName[2]!] : [];
      if (name === undefined || number === undefined) continue;
      const named = words(name);
      if (named.length > NAME_WORDS || named.some((word) => isStopword(word.toLowerCase()))) continue;
      const value = Number(number);
      if (inRange(parameter, value)) found[name.toLowerCase()] = value;
    }
  }
  cache.set(parameter, found);
  return found;
}

/** The presets a parameter declares, else those its note spells out. */
export function presetsOf(parameter: ParameterSpec): Readonly<Record<string, number>> {
  return parameter.presets && Object.keys(parameter.presets).length > 0 ? parameter.presets : notePresets(parameter);
}
