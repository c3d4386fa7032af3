import { durationMs, en, enMapping, enReference, isStopword, stem, words, type NumberMention, type RequestReading, type WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import type { NormalisedFunction } from '../api-document';
import { holdsUnitOf, saidWithUnit } from '../arguments/parameter-values';

/**
 * A number said with its unit that no parameter of the call can hold: the device has no setting for
 * it, and the call drops the amount or misreads it (issue #17). "Set a sleep timer for 30 min" to a
 * TV read "min" as the lowest volume and muted it; "open the valve for 10 minutes" to a valve that
 * only opens fully opened it for good; "run the fan for 20 minutes" to a fan with no timer starts it
 * and never stops it. The unit says what the number measures (a duration, a temperature, a share), and
 * the document's parameters say their units: where none of the call's parameters takes a number of
 * that kind, the request asks for something the device cannot do, and it is declined, naming it.
 *
 * Only an amount the call should hold: a duration ("for 30 min") or a level ("to 20 degrees", "at
 * 40%"). "In 3 seconds" is a delay and "colder than 18 degrees" a condition: the coordinator keeps
 * both, and the device is not asked to hold them.
 *
 * A counted amount is the same want without a unit: "set the coffee machine to two shots", "put the
 * feeder at 3 scoops" name a number of things the call must hold. Where no parameter of the call takes a
 * number at all, and no argument it was given names the things counted, a switch that turns on is not
 * what was asked: it is declined, naming the amount.
 */

const HOLDING = new Set([enReference.temporaryStop.spanPreposition, ...enMapping.amounts.levelPrepositions]);
/**
 * Adverbs of direction that a span of time follows as its extent, with no preposition (a closed class):
 * "go back 10 seconds", "jump ahead 5 minutes" ask to move through the programme by that span, which a
 * track step (previous_track) does not do.
 */
export const SPAN_DIRECTIONS: ReadonlySet<string> = new Set(['back', 'backward', 'backwards', 'forward', 'forwards', 'ahead']);

/** The amount said ("30 min") that the call cannot hold, or undefined. */
export function unitNotHeld(result: MapResult, reading: RequestReading, byName: ReadonlyMap<string, NormalisedFunction>, wordNet?: WordNet): string | undefined {
  if (result.kind !== 'call') return undefined;
  const parameters = result.calls.flatMap((call) => byName.get(call.function)?.parameters ?? []);
  for (const mention of reading.numbers) {
    const before = reading.text.slice(0, mention.start).toLowerCase().match(/(\p{L}+)\W*$/u)?.[1];
    const extent = before !== undefined && SPAN_DIRECTIONS.has(before) && durationMs(String(mention.value), mention.following) !== undefined;
    if (before === undefined || (!HOLDING.has(before) && !extent)) continue;
    if (saidWithUnit(mention) ? parameters.some((parameter) => holdsUnitOf(parameter, mention)) : !countedNotHeld(mention, result, parameters) && !measureNotHeld(mention, parameters, wordNet)) continue;
    return `${reading.text.slice(mention.start, mention.end).trim()} ${mention.following}`.trim();
  }
  return undefined;
}

/** "Two shots" where the call has no numeric parameter and no argument that names shots. */
function countedNotHeld(mention: NumberMention, result: MapResult & { kind: 'call' }, parameters: readonly NormalisedFunction['parameters'][number][]): boolean {
  const counted = mention.following;
  if (mention.ordinal || !/^\p{L}{2,}$/u.test(counted) || isStopword(counted)) return false;
  if (parameters.some((parameter) => parameter.type === 'integer' || parameter.type === 'number')) return false;
  const given = result.calls.flatMap((call) => Object.values(call.arguments).map((value) => String(value).toLowerCase()));
  return !given.some((value) => value.includes(stem(counted)) || value.includes(String(mention.value)));
}

/** WordNet's own broader noun of every unit a number can be said in (litre, gallon, psi): its top node, not a list of units. */
const UNIT_OF_MEASUREMENT = 'unit of measurement';

/**
 * "Set the flow to 40 litres a minute" to a valve that takes a position in %: a unit the reader does
 * not parse, that WordNet files under a unit of measurement, and that no numeric parameter of the
 * call names in its unit or notes. The number would otherwise fill the one numeric parameter there is.
 */
function measureNotHeld(mention: NumberMention, parameters: readonly NormalisedFunction['parameters'][number][], wordNet: WordNet | undefined): boolean {
  const unit = mention.following.toLowerCase();
  // A function word is never the unit: "to 90 in the living room" is no 90 inches, "at 5 at the door" no 5 ares.
  if (!wordNet || !/^\p{L}{2,}$/u.test(unit) || isStopword(unit) || en.functionWords.has(unit) || en.verbParticles.has(unit)) return false;
  if (!wordNet.nounAncestors(unit).has(UNIT_OF_MEASUREMENT)) return false;
  const numeric = parameters.filter((parameter) => parameter.type === 'integer' || parameter.type === 'number');
  return numeric.length > 0 && !numeric.some((parameter) => words(`${parameter.unit ?? ''} ${parameter.name} ${parameter.description ?? ''}`).some((word) => stem(word.toLowerCase()) === stem(unit)));
}
