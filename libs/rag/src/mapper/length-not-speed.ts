import { enMapping, type RequestReading } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';

/**
 * A distance said to a call that only takes a rate or another measure (issue #17). "Reverse two
 * metres", "move back 2 meters", "roll forward 50 centimetres" to a robot that sets its travel speed
 * in metres per second: the reader files a length word under speed, since "one metre a second"
 * starts with it, and the speed setter took the 2 as its value: a wrong action, where the robot
 * has no function that travels a distance. A length is a speed only where a time follows it ("per
 * second", "a second", "/s"); without one, it is a distance, and a call whose numeric parameters all
 * declare units (m/s, %, °) and none a length cannot hold it. A call with a length parameter
 * (coordinates in m) or with an undeclared unit is not judged.
 */

const { units } = enMapping;
const LENGTH_WORDS = new Set([...units.lengths, ...units.centimetres, units.centimetreSymbol]);
/** The units a length parameter declares: metres and centimetres as documents abbreviate them. */
const LENGTH_UNITS = new Set(['m', 'cm', 'mm', 'km', ...LENGTH_WORDS]);
/**
 * The words that make a length a rate when a time follows them: English's closed class of
 * distributive words ("per second", "a second", "each second") and the slash of "m/s".
 */
const RATE_WORDS = ['per', 'a', 'an', 'each', 'every', '/'];
const TIME_WORDS = new Set([...units.seconds, ...units.minutes, ...units.hours, units.hourSymbol, 'h', 'hr', 'hrs']);

/** Whether the length said at `end` (its unit word included) goes on to a time: "metres per second". */
function saidAsRate(text: string, end: number): boolean {
  const after = text.slice(end).toLowerCase().match(/^\s*\p{L}+\s*(\/|\p{L}+)\s*(\p{L}+)?/u);
  if (!after) return false;
  const [, joiner, time] = after;
  if (joiner === '/') return true;
  return RATE_WORDS.includes(joiner!) && time !== undefined && TIME_WORDS.has(time);
}

/** The distance said ("two metres") that the call's parameters cannot hold, or undefined. */
export function lengthNotSpeed(result: MapResult, reading: RequestReading, byName: ReadonlyMap<string, NormalisedFunction>): string | undefined {
  if (result.kind !== 'call') return undefined;
  const numeric = result.calls.flatMap((call) => byName.get(call.function)?.parameters ?? []).filter((parameter) => parameter.type === 'integer' || parameter.type === 'number');
  if (numeric.length === 0 || numeric.some((parameter) => !parameter.unit || LENGTH_UNITS.has(parameter.unit.toLowerCase()))) return undefined;
  for (const mention of reading.numbers) {
    if (!LENGTH_WORDS.has(mention.following) || saidAsRate(reading.text, mention.end)) continue;
    return `${reading.text.slice(mention.start, mention.end).trim()} ${mention.following}`;
  }
  return undefined;
}
