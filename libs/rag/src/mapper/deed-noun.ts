import { en, enReference, stem, type WordNet } from '@meshmind/language';
import type { CommandCore } from './unaccounted-word';
import { isPlace } from './lacking-feature';

/**
 * A light verb's object that the call's words do not name, read as what the device does or acts on
 * (issue #17): "carry the box to shelf 2", "take the crate to the dock", "move the tote to shelf 9"
 * ask the robot to carry a box, a crate, a tote, and reached move_to_shelf or scan_shelf through
 * "shelf 2" alone. Two readings of mapper/unaccounted-word.ts's lackedThing let such an object by.
 */

/**
 * Whether the object of a bare light verb names the deed itself ("take an inventory", "give it a
 * wash": the noun is also a verb, and the verb it is says what is done) rather than a thing the deed
 * is done to. A noun whose commonest sense is a made thing names the thing, even where WordNet also
 * files it as a verb (to box, to crate, to tote are packing or carrying), unless it is said mostly as a
verb ("wash" is first a paint, yet mostly washing). The commonest sense only:
 * "box" is also a blow with the hand, an act, in a rare sense.
 */
export function namesDeed(object: string, wordNet: WordNet): boolean {
  return wordNet.isVerb(object) && (wordNet.mostlyVerb(object) || !wordNet.nounAncestors(object, 'first').has(enReference.madeThing));
}

/**
 * Whether the function's notes name a made thing the device is not, so that it acts on another made
 * thing, which the object may be ("turn on the kettle" to a plug that powers "the connected
 * appliance"). Not a made thing the request names elsewhere, after its object: "to shelf 2" says the
 * shelf is where the robot goes, so the box before it is another thing, not the shelf of the notes.
 * The note's word in its commonest sense: a player's "volume" is an amount, never the book of a later sense.
 */
export function servesMadeObject(description: string, core: Pick<CommandCore, 'object' | 'following'>, isDevice: (word: string) => boolean, wordNet: WordNet): boolean {
  const elsewhere = new Set((core.following ?? []).map(stem));
  const serves = (description.toLowerCase().match(/\p{L}+/gu) ?? []).some((word) => !isDevice(word) && !elsewhere.has(stem(word)) && !wordNet.isVerb(word) && wordNet.nounAncestors(word, 'first').has(enReference.madeThing));
  return serves && core.object !== undefined && wordNet.nounAncestors(core.object, 'made').has(enReference.madeThing);
}

/** Where a thing is taken to or from: "to shelf 2", "onto the dock", "from bay 3", "off the rack" (the language's closed sets). */
const PATH = new Set<string>([...en.pathPrepositions.goal, ...en.pathPrepositions.source]);

/**
 * Whether the object is a place the deed is done at or for ("vacuum the kitchen"), which no device
 * lacks as a feature. A thing taken somewhere ("carry the box to shelf 2") is a place only in its
 * commonest sense, where that sense is a made thing: a box is first a container, and only in a rare sense a theatre's box; so is one taken from a place ("shift the boxes from shelf 2 to shelf 3").
 */
export function placeServed(core: Pick<CommandCore, 'object' | 'following'>, wordNet: WordNet): boolean {
  if (core.object === undefined || !isPlace(core.object, wordNet)) return false;
  if (!PATH.has(core.following?.[0] ?? '')) return true;
  // Only a thing that is first a made thing and no place: "make your way to the charger" still goes (a way is first a how, then a path).
  const first = wordNet.nounAncestors(core.object, 'first');
  const kinds = new Set<string>([...enReference.placeKinds, ...enReference.whereKinds]);
  return !first.has(enReference.madeThing) || [...first.keys()].some((kind) => kinds.has(kind));
}
