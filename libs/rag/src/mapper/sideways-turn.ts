import { en, enMapping, splitIdentifier, words, type RequestReading } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';

/**
 * A turn to the left or the right, asked of an angle the document never says turns sideways (issue
 * #17). "Rotate 90 degrees to the right", "spin round 45 degrees to the left" to a robot that only
 * tilts its camera up and down: the degrees fit the camera's angle, and the camera tilted 90 degrees
 * up: a wrong action, where the robot has no way to turn itself. An angle that turns sideways says so
 * in its document (a "pan", a "yaw", a swing "left" or "right"); where none of the called function's
 * words, nor its parameters' or their values, names a side, the side asked is not its direction.
 *
 * The sides are English's closed pair of lateral directions ("left", "right"), read only as a
 * direction: after "to the" / "to your", or right after the opening verb ("turn left"), never "right
 * now", "all right" or "the shelf on the left" (a place, not a turn).
 */
const SIDES = ['left', 'right'];
/** Words a document uses for a sideways angle: the sides themselves and the names of that axis. Closed: the axes of a turn. */
const SIDEWAYS_WORDS = new Set([...SIDES, 'pan', 'yaw', 'horizontal', 'sideways', 'heading']);
const TOWARD_SIDE = new RegExp(`\\b(?:to|towards)\\s+(?:the|your|its)\\s+(${SIDES.join('|')})\\b`, 'i');
/**
 * The same turn said by an adverb of the sideways axis ("tilt the camera sideways 20 degrees", "roll
 * it 20 degrees clockwise"), or by a bare side right before the amount or the clause's end ("pan the
 * camera left 30 degrees"), never after "the" or "all" ("on the right", "all right"). Closed words: the
 * sides and the adverbs of turning about an upright axis.
 */
const LATERAL_ADVERB = /\b(sideways|(?:anti|counter-?)?clockwise)\b/i;
const NOT_A_TURN_BEFORE = [...en.determiners, ...enMapping.amounts.levelPrepositions]; // "the right", "all right", "at left": a place or a word, no turn
const BARE_SIDE = new RegExp(`(?<!\\b(?:${NOT_A_TURN_BEFORE.join('|')})\\s+)\\b(${SIDES.join('|')})\\b(?=\\s*(?:\\d|by\\b|[,.!?;]|$))`, 'i');
/** Opening verbs that name the sideways axis itself ("pan the camera 30 degrees"): the axis words the document would use. */
const AXIS_VERBS = new Set(['pan', 'yaw']);

/** The side asked ("to the right") that the call's angle cannot turn to, or undefined. */
export function sidewaysTurn(result: MapResult, reading: RequestReading, byName: ReadonlyMap<string, NormalisedFunction>): string | undefined {
  if (result.kind !== 'call') return undefined;
  const opening = reading.words[0]?.toLowerCase() ?? '';
  const side =
    reading.text.match(TOWARD_SIDE)?.[1] ??
    (SIDES.includes(reading.words[1]?.toLowerCase() ?? '') && reading.words.length <= 3 ? reading.words[1] : undefined) ??
    reading.text.match(LATERAL_ADVERB)?.[1] ??
    reading.text.match(BARE_SIDE)?.[1] ??
    (AXIS_VERBS.has(opening) ? opening : undefined);
  if (!side) return undefined;
  const called = result.calls.map((call) => byName.get(call.function)).filter((fn): fn is NormalisedFunction => fn !== undefined);
  const angles = called.flatMap((fn) => fn.parameters).filter((parameter) => (parameter.type === 'number' || parameter.type === 'integer') && /^(°|deg|degrees?)$/i.test(parameter.unit ?? ''));
  if (angles.length === 0) return undefined;
  const own = called.flatMap((fn) => [
    ...splitIdentifier(fn.name),
    ...words(fn.description),
    ...fn.parameters.flatMap((parameter) => [...splitIdentifier(parameter.name), ...words(parameter.description ?? ''), ...(parameter.values ?? [])]),
  ]);
  if (own.some((word) => SIDEWAYS_WORDS.has(word.toLowerCase()))) return undefined;
  return SIDES.includes(side.toLowerCase()) ? `to the ${side.toLowerCase()}` : side.toLowerCase();
}
