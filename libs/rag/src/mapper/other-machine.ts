import { words, type RequestReading, type WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import type { ScopeReading } from './scope';
import { commandCore } from './unaccounted-word';

/** How closely a word must meet the document to be its own thing: its stem, a synonym or a derivation (scope.ts's weights), not a broader word. */
const OWN_THING = 0.75;

/**
 * WordNet's verb files whose deeds take their object as what is perceived, known, made a record of or
 * told: "photograph the forklift", "scan the truck" leave the forklift as it is, so the robot's camera
 * may well be meant. A deed of any other file (motion, change, contact: "stop", "park", "charge") is
 * done to its object.
 */
const OBJECT_UNTOUCHED = new Set(['perception', 'cognition', 'creation', 'communication']);

/** The possessives that make the object the device's own ("park your trolley"). */
const OWN = new Set(['your', 'yours', 'its']);

/**
 * A deed asked of another vehicle than the device (issue #17, a wrong action is worse than a
 * question): "stop the lorry!", "brake the trolley", "charge the pallet truck", "park the trolley in
 * bay 3" said to a warehouse robot stopped or docked the robot. The verb meets the robot's own deed,
 * so every check that the deed is the robot's passed; but the thing it is done to is a vehicle
 * (WordNet's commonest sense of the command's object is a conveyance: a lorry, a trolley, a forklift,
 * a cart) that the document does not name (no word of it meets the noun by its stem, a synonym or a
 * derivation) and the request does not make the device's own ("your trolley"). A vehicle goes about
 * by itself: a deed done to it is that vehicle's, not the device's. "Stop the other robot", another
 * of the device's own kind, is another-of-kind.ts's.
 *
 * Only vehicles: a device's parts are devices too ("hit the brakes", "tilt the lens", "press the
 * emergency stop button", "kill the motors"), and which of them the robot has no document says.
 * Kept: a deed that leaves its object as it is (a verb whose commonest sense perceives, knows, makes
 * a record of or tells: "photograph the forklift"), and queries. Undefined where the call stands.
 */
export function otherMachine(result: MapResult, reading: RequestReading, scope: ScopeReading | undefined, kindOf: (name: string) => 'action' | 'query' | undefined, selfNoun: string | undefined, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || !scope || result.kind !== 'call' || reading.mood === 'question') return undefined;
  if (!result.calls.every((call) => kindOf(call.function) === 'action')) return undefined;
  const core = commandCore(reading.text, wordNet);
  if (!core) return undefined;
  const verb = core.verb.split(' ')[0]!;
  if (OBJECT_UNTOUCHED.has(wordNet.verbSenses(verb)[0]?.category ?? '')) return undefined;
  const self = selfNoun ?? 'device';
  const object = core.object;
  if (!object) return undefined;
  // The word before the object's phrase, in commandCore's own words ("your hotspot: name Relay, password relay2026").
  const tokens = (reading.text.toLowerCase().match(/\p{L}[\p{L}'-]*|\d+/gu) ?? []).map((word) => word.replace(/'s$/, ''));
  const phrase = [...core.modifiers, object];
  const start = tokens.findIndex((_word, index) => phrase.every((word, offset) => tokens[index + offset] === word));
  if (start < 0 || OWN.has(tokens[start - 1] ?? '')) return undefined;
  const index = scope.content.indexOf(object);
  if (index < 0 || scope.meetings[index]! >= OWN_THING || !wordNet.canBe(object, 'noun') || !isVehicle(object, wordNet)) return undefined;
  // "put balloons on the party list": the thing is the call's own value (an item), not a machine acted on (a balloon is a craft).
  if (givenAsValue(result, object)) return undefined;
  return `the ${self} is not the ${phrase.join(' ')}: it will not ${verb} the ${object}`;
}

/** Whether a noun's commonest sense is a made thing that goes about: a conveyance (a lorry, a trolley), not the act of conveying ("a relay"). */
/** Whether a call takes the word as (part of) a text value it is given: an item put on a list, a name. */
function givenAsValue(result: MapResult, word: string): boolean {
  return result.kind === 'call' && result.calls.some((call) => Object.values(call.arguments).some((value) => typeof value === 'string' && words(value.toLowerCase()).includes(word)));
}

function isVehicle(noun: string, wordNet: WordNet): boolean {
  const ancestors = wordNet.nounAncestors(noun, 'first');
  return ancestors.has('conveyance') && ancestors.has('artifact');
}

/**
 * A reading asked of another vehicle than the device: "is the forklift charged?", "how much battery
 * has the pallet truck got?" read the robot's own battery. A question names the vehicle whose state it
 * asks (a content word whose commonest WordNet sense is a conveyance, met by no word of the document nor
 * made the device's own by "your"): the device's queries read only itself. A vehicle the thing asked
 * is held in is no owner ("what's left in the tank?": the robot's own charge, said of a tank). Undefined where the call stands.
 */
export function otherMachineAsked(result: MapResult, reading: RequestReading, scope: ScopeReading | undefined, kindOf: (name: string) => 'action' | 'query' | undefined, selfNoun: string | undefined, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || !scope || result.kind !== 'call' || reading.mood !== 'question') return undefined;
  if (!result.calls.every((call) => kindOf(call.function) === 'query')) return undefined;
  const said = words(reading.text);
  // Held in it, not asked of it: "what's left in the tank?" asks what the device holds (a closed-class "in" before the noun's phrase).
  const inside = (at: number) => [said[at - 1], said[at - 2]].some((word) => word === 'in' || word === 'inside');
  const vehicle = scope.content.find((word, index) => scope.meetings[index]! < OWN_THING && !OWN.has(said[said.indexOf(word) - 1] ?? '') && !inside(said.indexOf(word)) && wordNet.canBe(word, 'noun') && isVehicle(word, wordNet));
  return vehicle === undefined ? undefined : `the ${selfNoun ?? 'device'} can only tell of itself, not of the ${vehicle}`;
}
