import { enReference, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import { whatItCanDo } from './cannot-do';

/**
 * A feature the device lacks, asked for in words its nearest function half shares (issue #17, wrong
 * actions). mapper/unaccounted-word.ts declines a command where neither its verb nor its object
 * meets the chosen function; two halves that do meet still leave what was asked undone:
 *
 * - a **thing** the device neither is nor names, acted on by a verb that says little by itself (a
 *   light, phrasal or changing verb, whose object says what is done) and that the function does: "turn on the
 *   subtitles" to a TV that turns on, "turn up the bass" where it turns the volume up, "turn on the
 *   fan light" to a fan. The verb fits the function, the object is someone else's; the call would
 *   power or step the device itself. Never a place ("hoover the hallway": where, not what), nor a
 *   living thing ("water my roses": whom it serves), nor a
 *   kind of thing the document names ("turn on the oven" to a plug whose notes power the connected
 *   appliance: an oven is an appliance in WordNet);
 * - a **deed** the document never names, done to the device itself: "lock the garage door" to a
 *   door that opens, closes and stops, "calibrate the sensor" to one that reports its value. The
 *   object meets the document because it is the device; no word of the document meets the verb,
 *   by itself or by any close WordNet relation, and the verb names a state by an instrument the
 *   device would need (a lock to "lock", a mute to "mute") and has an undoing ("unlock") the
 *   document lacks too. "Freeze!" or "navigate to shelf 4" name no instrument: a robot whose notes
 *   are glossed from Chinese may do them in words WordNet cannot meet.
 *
 * Both are declined with what the device can do instead (cannot-do.ts's whatItCanDo).
 */
export type LackedFeature = { thing: string; verb: string } | { deed: string };

/** Steps up WordNet's hierarchy within which a broader noun still says what a thing is ("oven" -> kitchen appliance -> home appliance -> appliance). */
const KIND_STEPS = 3;

/** Whether WordNet files the noun under a place in any of its commonest senses (or its commonest alone, `first`): "kitchen" (area), "garden" (location), "hallway" (way). */
export function isPlace(noun: string, wordNet: WordNet, senses: 'common' | 'first' = 'common'): boolean {
  const kinds = new Set<string>([...enReference.placeKinds, ...enReference.whereKinds]);
  return [...wordNet.nounAncestors(noun, senses).keys()].some((kind) => kinds.has(kind));
}

/** WordNet's broader noun of every plant, animal and person: what a device serves ("water my roses", "feed the cat"), never a feature it lacks. */
const LIVING = 'living thing';

/** Whether WordNet files the noun under living things in its commonest sense: "roses", "the cat"; never "bass", first a pitch, third a singer. */
export function isLiving(noun: string, wordNet: WordNet): boolean {
  return wordNet.nounAncestors(noun, 'first').has(LIVING);
}

/**
 * Whether the noun's made sense is, in WordNet, a kind of a thing the document names (`written`
 * holds its stems, `stem` makes one): "oven" is an appliance, which a plug's notes name as what it
 * powers. Only a made thing: "bass" is a kind of music and "subtitles" of titles, which a media
 * player names as what it plays and reads, yet neither is anything the player has a function for.
 */
export function kindNamed(noun: string, wordNet: WordNet, written: ReadonlySet<string>, stem: (word: string) => string): boolean {
  const made = wordNet.nounAncestors(noun, 'made');
  if (!made.has(enReference.madeThing)) return false;
  // Never "artifact" itself, which every made thing is a kind of: a kind is named only below it.
  return [...made].some(([kind, steps]) => steps <= KIND_STEPS && !kind.includes(' ') && written.has(stem(kind)) && wordNet.nounAncestors(kind, 'made').has(enReference.madeThing));
}

/** The answer to a command for a feature the device lacks, with what it can do instead. */
export function lackedFeatureReason(feature: LackedFeature, selfNoun: string | undefined, functions: readonly NormalisedFunction[]): string {
  const subject = selfNoun ? `the ${selfNoun}` : 'this device';
  const why = 'deed' in feature ? `${subject} cannot ${feature.deed}: none of its functions does that` : `${subject} cannot ${feature.verb} the ${feature.thing}: none of its functions acts on that`;
  return `${why}; ${whatItCanDo(functions)}`;
}
