import { en, enMapping, isStopword, stem, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { HybridDocument } from '../search/hybrid-index';
import type { FunctionProfile } from './evidence';
import { RelationRoles } from './relation-role';

/**
 * A verb of motion with where it ends ("go back to your charger", "time to park at the charging
 * station", "travel to shelf 11") asks the device to go somewhere: an act, not a value. The function
 * meant moves the device (one of its own verbs is a verb of motion in WordNet, as "dock", "return",
 * "navigate" are) and its document names the place said ("charger" meets "charging dock"); a function
 * that only reads a value does not, however near its words come ("charger" meets the battery's
 * "charge" too). Which verbs move and which places a function reaches come from WordNet's
 * lexicographer files and the document's own words, not from a list of places.
 */

/** How many of a verb's commonest senses are read: "park" moves in its second ("park the car"), "check" only in its fifth. */
const MOTION_SENSES = 2;
/** At most this many particles stand between the verb and its goal ("go back over to"). */
const PARTICLES_BEFORE_GOAL = 2;
/** The place is its first few content words: "the charging station", "the shelf numbered 4". */
const PLACE_WORDS = 3;
/**
 * A request word reaches a function's word through a WordNet synonym in its commonest sense, not a
 * broader word nor a rarer sense: "position" is "set" only as the verb of putting in place, and "to
 * position 8, 9" then reached every setter ("set_speed", "set_camera_pitch").
 */
const CLOSE_RELATION = 0.9;

const PARTICLES = new Set(en.phrasalParticles);

function isMotionVerb(word: string, wordNet: WordNet): boolean {
  return wordNet.verbSenses(word).slice(0, MOTION_SENSES).some((sense) => sense.category === 'motion');
}

/**
 * Where a verb, a possessive and a noun make one verb of motion that WordNet knows ("make your way
 * to the shelf": make_way, a verb of motion), the position of that noun: the goal comes after it.
 * Only with the possessive: "make the way clear" has the noun as an object of its own.
 */
function motionIdiomEnd(said: readonly string[], index: number, wordNet: WordNet): number | undefined {
  const [owner, noun] = [said[index + 1], said[index + 2]];
  if (owner === undefined || noun === undefined || !en.possessives.has(owner) || !/^[a-z]+$/.test(noun)) return undefined;
  const joined = `${said[index]} ${noun}`;
  return wordNet.isVerb(joined.replace(' ', '_')) && isMotionVerb(joined, wordNet) ? index + 2 : undefined;
}

/**
 * Where a verb, the addressee's reflexive and a particle make a verb of motion that WordNet knows
 * ("get yourself to x 0 y 0": get_to, first a verb of motion), the reflexive's position: the goal
 * comes after it. "get" alone is first a verb of getting, which a query's accessor name ("get_pose")
 * shares; with the reflexive, the device itself is what goes.
 */
function reflexiveMotionEnd(said: readonly string[], index: number, wordNet: WordNet): number | undefined {
  const [reflexive, particle] = [said[index + 1], said[index + 2]];
  if (reflexive !== enMapping.addressee.reflexive || particle === undefined || !(PARTICLES.has(particle) || en.motionGoals.has(particle))) return undefined;
  const joined = `${said[index]} ${particle}`;
  return wordNet.isVerb(joined.replace(' ', '_')) && isMotionVerb(joined, wordNet) ? index + 1 : undefined;
}

/** The content words of the place a verb of motion goes to, or undefined where the request says none. */
export function readDestination(said: readonly string[], wordNet: WordNet): string[] | undefined {
  for (let index = 0; index < said.length; index += 1) {
    const word = said[index]!;
    if (isStopword(word) || !wordNet.isVerb(word)) continue;
    const idiom = isMotionVerb(word, wordNet) ? index : (motionIdiomEnd(said, index, wordNet) ?? reflexiveMotionEnd(said, index, wordNet));
    if (idiom === undefined) continue;
    let cursor = idiom + 1;
    while (cursor < said.length && cursor - idiom - 1 < PARTICLES_BEFORE_GOAL && PARTICLES.has(said[cursor]!) && !en.motionGoals.has(said[cursor]!)) cursor += 1;
    if (!en.motionGoals.has(said[cursor] ?? '')) continue;
    const place: string[] = [];
    for (cursor += 1; cursor < said.length && place.length < PLACE_WORDS; cursor += 1) {
      const next = said[cursor]!;
      if (/^\d/.test(next) || en.determiners.has(next)) continue;
      if (isStopword(next)) break;
      place.push(next);
    }
    if (place.length > 0) return place;
  }
  return undefined;
}

export class Destinations {
  /** Functions that move the device, with the stems of every word their document gives them. */
  private readonly movers = new Map<string, ReadonlySet<string>>();
  private readonly readers = new Set<string>();
  private readonly roles: RelationRoles;
  /** The request last read: ranking asks once per candidate function. */
  private last: { text: string; place: string[] | undefined } | undefined;

  constructor(
    functions: readonly NormalisedFunction[],
    documents: readonly HybridDocument[],
    profiles: ReadonlyMap<string, FunctionProfile>,
    kinds: ReadonlyMap<string, 'action' | 'query'>,
    private readonly wordNet: WordNet | undefined,
    deviceNouns: readonly string[] = [],
  ) {
    // Which end of a relation the device is rides on the same term: where the request is headed, not how far (mapper/relation-role.ts).
    this.roles = new RelationRoles(functions, documents, deviceNouns, wordNet);
    if (!wordNet) return;
    functions.forEach((fn, position) => {
      if (kinds.get(fn.name) === 'query') {
        this.readers.add(fn.name);
        return;
      }
      const own = profiles.get(fn.name)?.actionWords ?? [];
      if (!own.some((word) => wordNet.isVerb(word) && isMotionVerb(word, wordNet))) return;
      const document = documents[position];
      const texts = [...(document?.views ?? []), ...(document?.fields ?? []).flatMap((field) => field.words)];
      this.movers.set(fn.name, new Set(texts.flatMap((text) => words(text)).map(stem)));
    });
  }

  /**
   * +1 for a function that moves the device to the place the request names, -1 for one that reads a
   * value while the request says where to go, 0 otherwise (and for every function where it says no place).
   */
  fit(fn: NormalisedFunction, reading: RequestReading): number {
    return this.placeFit(fn, reading) + this.roles.fit(fn, reading);
  }

  private placeFit(fn: NormalisedFunction, reading: RequestReading): number {
    if (!this.wordNet) return 0;
    if (this.last?.text !== reading.text) this.last = { text: reading.text, place: readDestination(reading.words, this.wordNet) };
    const { place } = this.last;
    if (!place) return 0;
    if (this.readers.has(fn.name)) return -1;
    const reached = this.movers.get(fn.name);
    if (!reached) return 0;
    const wordNet = this.wordNet;
    // "charging" meets "recharge": the prefix of doing again leaves what is done.
    const meets = place.some((word) => reached.has(stem(word)) || reached.has(`${en.againPrefix}${stem(word)}`) || [...wordNet.related(word)].some(([key, weight]) => weight >= CLOSE_RELATION && reached.has(key)));
    return meets ? 1 : 0;
  }
}
