import { anyWordPattern, enMapping, findNumbers, isStopword, splitIdentifier, stem } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';

const { amounts } = enMapping;
/** The unit of a level said as a share of its range (brightness, volume, speed): the level "up" and "down" move when no quantity is named. */
const SHARE_UNIT = '%';
/** "turn it down", "bring it right up", "max it out": a way or an end said of a level (the language's closed classes). */
const WAY_OR_END = anyWordPattern([...amounts.wayParticles, ...amounts.maximum, ...amounts.minimum, ...amounts.minimumAlso], '');

const rangedParameter = (fn: NormalisedFunction) =>
  fn.parameters.find((parameter) => (parameter.type === 'number' || parameter.type === 'integer') && parameter.minimum !== undefined && parameter.maximum !== undefined);

/** Every stemmed content word a function is named and described by, its parameters and their presets included. */
function ownWords(fn: NormalisedFunction): Set<string> {
  const text = [
    ...splitIdentifier(fn.name),
    fn.description,
    ...fn.parameters.flatMap((parameter) => [...splitIdentifier(parameter.name), parameter.description ?? '', ...Object.keys(parameter.presets ?? {})]),
  ].join(' ');
  return new Set((text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => !isStopword(word)).map((word) => stem(word)));
}

/**
 * The setter of a device's share level meant by a way or an end said with no quantity named ("turn
 * the lamp down", "bring the ceiling light right up", "max out the lamp"), where retrieval ranked
 * the setter of a measured quantity first (issue #17: the light's colour temperature went to 2200 K
 * for "turn the lamp right down"; its description's "warm" and "cool" lie near "down" and "up").
 * "Up" and "down" alone move a device's level, the one its document sets as a share of its range
 * (unit %); a quantity in kelvin or degrees is moved by its own words ("warmer", "to 3000 K").
 * Undefined where the top is no ranged setter in another unit, where the device has not exactly one
 * share setter, where a number is said, or where a word of the request belongs to the top's own
 * quantity and not to the share's ("warm the lamp up", "cooler tone"): then the top stands.
 */
export function shareLevelSetter(text: string, top: NormalisedFunction, functions: Iterable<NormalisedFunction>): NormalisedFunction | undefined {
  const measured = top.kind === 'query' ? undefined : rangedParameter(top);
  if (!measured || measured.unit === undefined || measured.unit === SHARE_UNIT) return undefined;
  const shares = [...functions].filter((fn) => fn !== top && fn.kind !== 'query' && rangedParameter(fn)?.unit === SHARE_UNIT);
  if (shares.length !== 1 || !WAY_OR_END.test(text) || findNumbers(text).length > 0) return undefined;
  const share = shares[0]!;
  const shareWords = ownWords(share);
  const measuredOnly = new Set([...ownWords(top)].filter((word) => !shareWords.has(word)));
  const said = (text.toLowerCase().match(/\p{L}+/gu) ?? []).map((word) => stem(word));
  return said.some((word) => measuredOnly.has(word)) ? undefined : share;
}
