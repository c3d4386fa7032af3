import type { RequestReading, WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import { OBJECT_UNTOUCHED } from './other-machine';
import { commandCore } from './unaccounted-word';

/**
 * WordNet's verb files of deeds that leave their object where it is: the subject goes ("reach shelf 5",
 * "approach shelf 2"), is, or deals with others. With the files of perceiving, knowing and telling
 * (other-machine.ts's OBJECT_UNTOUCHED), every other file's deed is done to its object: it is touched,
 * changed, given or taken, made or used up ("load shelf 3", "stock shelf 10", "vacuum aisle 5", "map aisle 4").
 */
const OBJECT_KEPT = new Set(['motion', 'stative', 'social']);
/** Making is a deed done to what is made of, though it leaves a photographed thing as it was (otherThing keeps "photograph the forklift"). */
const MAKING = 'creation';
/** How many of the verb's commonest senses are read for one of perceiving ("search shelf 4" may ask for a look). */
const SENSES_READ = 3;

/**
 * A deed done to the numbered place the call only goes to or reads (issue #17, a wrong action is
 * worse than a question): "load shelf 3", "restock shelf 11 with the new delivery", "fill shelf 17
 * with the new stock", "tidy up shelf 7" to a warehouse robot drove to the shelf or scanned it, and
 * "vacuum aisle 5" set the camera to 5 degrees. The command's object is the place with its number
 * right after the verb (and its particle): what the deed is done to. A call that takes that number
 * as where to go, what to read or a value does not load, fill or tidy anything; a call whose function
 * explains the verb does the deed (`explains`, scope.ts's reading). Only a device that goes about
 * (other-machine.ts goesAbout: a numbered place is where it goes); a fixed one's numbered thing is what
 * it works on ("sprinkle zone 3" to a sprinkler waters the zone).
 *
 * Only a verb whose commonest sense is filed under a deed done to its object (doneToObject), none of
 * whose commonest senses perceives ("search shelf 4"); motion ("reach shelf 5", "approach shelf 2"),
 * looking and knowing ("check shelf 3", "inventory shelf 2", "audit shelf 20") are kept, as is a
 * phrase that is no bare place and number ("take stock of shelf 24", "load the pallets onto shelf 3").
 * Undefined where the call stands.
 */
export function placeAsObject(result: MapResult, reading: RequestReading, selfNoun: string | undefined, wordNet: WordNet | undefined, explains: (name: string, word: string) => boolean = () => false, mobile: () => boolean = () => true): string | undefined {
  if (!wordNet || result.kind !== 'call' || result.calls.length !== 1 || reading.mood === 'question') return undefined;
  const core = commandCore(reading.text, wordNet);
  if (!core?.object || core.determined || core.modifiers.length > 0) return undefined;
  const number = core.following?.[0];
  if (number === undefined || !/^\d+$/.test(number)) return undefined;
  const [call] = result.calls as [(typeof result.calls)[number]];
  if (!Object.values(call.arguments).some((value) => value === Number(number))) return undefined;
  const verb = core.verb.split(' ')[0]!;
  // "sprinkle zone 3" to a sprinkler whose water_zone the verb's meaning meets: the call does the deed.
  if (!doneToObject(verb, wordNet) || explains(call.function, verb) || !mobile()) return undefined;
  return `the ${selfNoun ?? 'device'} would only take ${core.object} ${number} as a place or a value: none of its functions can ${core.verb} the ${core.object}`;
}

/**
 * Whether a verb's commonest sense does something to its object (no file of OBJECT_KEPT or OBJECT_UNTOUCHED but making) and none of its commonest
 * senses perceives: "load", "stock", "vacuum", "map", not "reach", "check" or "search".
 */
export function doneToObject(verb: string, wordNet: WordNet): boolean {
  const senses = wordNet.verbSenses(verb).slice(0, SENSES_READ);
  const first = senses[0]?.category;
  if (first === undefined || first === '' || OBJECT_KEPT.has(first) || (first !== MAKING && OBJECT_UNTOUCHED.has(first))) return false;
  return !senses.some((sense) => sense.category === 'perception');
}
