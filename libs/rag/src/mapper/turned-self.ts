import { en, isStopword, splitIdentifier, stem, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { clauses } from './unaccounted-word';

/**
 * "Turn right 90 degrees", "rotate left 45", "spin 360 degrees", "turn around" to a robot that can
 * only tilt its camera or drive to a place (issue #17): the request turns the robot itself, on the
 * spot, and no function of its document does that. Its number fits the camera's angle and its verb
 * meets "move", so the camera tilted 90 degrees or the robot drove to shelf 45: wrong actions. A
 * clause whose verb turns (WordNet: the verb is "turn", or one of its commonest senses is a kind of
 * turning, as "rotate", "spin", "pivot" are) and whose words name nothing turned (no object noun,
 * no "up" or "down" of a tilt, no place to go to) turns its subject: the device. Where no called
 * function's own words turn that way (its name, description or parameters say neither the verb
 * nor a sideways axis), the call is declined, with the turn it cannot make.
 */

/** The verbs whose kinds turn, as WordNet names them (hypernyms of rotate, spin, pivot, swivel). Closed: the notion of turning. */
const TURNING = new Set(['turn', 'rotate', 'revolve', 'go around']);
/** Only the commonest senses: "turn" becomes, "spin" a yarn in later ones. */
const SENSES_READ = 2;
/** The words a turn on the spot may say besides its verb: sides, the way round, how far. English's closed classes of direction and degree. */
const TURN_WORDS = new Set(['left', 'right', 'around', 'round', 'about', 'clockwise', 'anticlockwise', 'counterclockwise', 'counter-clockwise', 'anti-clockwise', 'full', 'half', 'quarter', 'circle', 'turn', 'spot', 'place', 'way', 'degrees', 'degree', 'deg', 'yourself', 'itself']);
/** The words of TURN_WORDS that say which way or how far a turn goes. */
const TURN_WAYS = new Set(['left', 'right', 'around', 'round', 'about', 'clockwise', 'anticlockwise', 'counterclockwise', 'counter-clockwise', 'anti-clockwise', 'degrees', 'degree', 'deg', '°']);
/** Words that make the turn a tilt or a switch ("turn up", "turn it off"), or send it elsewhere ("turn back", "turn into"): then no turn of the device is read. */
const NOT_A_TURN = new Set([...en.phrasalParticles, ...en.referringPronouns, ...en.demonstratives, 'into']);
/** Words a document uses for a sideways angle (sideways-turn.ts's axis names): a function that says one turns the way asked. */
const SIDEWAYS_WORDS = new Set(['left', 'right', 'pan', 'yaw', 'horizontal', 'sideways', 'heading', 'rotate', 'rotation', 'turn']);

/** Whether the verb turns: it is "turn", or a kind of turning in its commonest senses of motion. */
export function turnsVerb(verb: string, wordNet: WordNet): boolean {
  return wordNet.verbSenses(verb).slice(0, SENSES_READ).some((sense) => sense.category === 'motion' && [...sense.lemmas, ...sense.hypernyms].some((lemma) => TURNING.has(lemma.replace(/_/g, ' '))));
}

/** The clause's turn on the spot ("turn right 90 degrees"), or undefined where it turns a thing, tilts, switches or goes somewhere. */
function turnOnTheSpot(clause: string, wordNet: WordNet, ownNouns: ReadonlySet<string>): string | undefined {
  const tokens = clause.toLowerCase().match(/\p{L}[\p{L}'-]*|\d+(?:[.,]\d+)?|°/gu) ?? [];
  const at = tokens.findIndex((token) => !en.courtesy.has(token));
  const verb = tokens[at];
  if (verb === undefined || !turnsVerb(verb, wordNet)) return undefined;
  const rest = tokens.slice(at + 1);
  if (rest.some((token) => NOT_A_TURN.has(token))) return undefined;
  const named = rest.filter((token) => !/^\d|°/.test(token) && !TURN_WORDS.has(token) && !ownNouns.has(token) && !en.courtesy.has(token));
  // Anything else must be a word of grammar or manner ("to your left", "by 90", "slowly"), never a thing turned or a place.
  if (named.some((token) => !isStopword(token) && wordNet.canBe(token, 'noun'))) return undefined;
  // A turn on the spot says which way or how far ("right", "around", "90 degrees"): "turn the projector to 80" sets a level.
  if (!rest.some((token) => TURN_WAYS.has(token))) return undefined;
  return [verb, ...rest.filter((token) => TURN_WORDS.has(token) && !['yourself', 'itself', 'degrees', 'degree', 'deg'].includes(token))].slice(0, 3).join(' ');
}

/** Whether the function's own words (name, description, parameters) turn the way a device turns. */
function turnsItself(fn: NormalisedFunction, verb: string): boolean {
  const own = [...splitIdentifier(fn.name), ...words(fn.description), ...fn.parameters.flatMap((parameter) => [...splitIdentifier(parameter.name), ...words(parameter.description ?? '')])].map((word) => word.toLowerCase());
  return own.some((word) => SIDEWAYS_WORDS.has(word) || stem(word) === stem(verb));
}

/** The turn on the spot a command asks that no called function makes, or undefined. */
export function turnedSelf(result: MapResult, reading: RequestReading, byName: ReadonlyMap<string, NormalisedFunction>, ownNouns: ReadonlySet<string>, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || result.kind !== 'call' || reading.mood === 'question') return undefined;
  for (const clause of clauses(reading.text)) {
    const turn = turnOnTheSpot(clause, wordNet, ownNouns);
    if (!turn) continue;
    const verb = turn.split(' ')[0]!;
    const called = result.calls.map((call) => byName.get(call.function)).filter((fn): fn is NormalisedFunction => fn !== undefined);
    if (!called.some((fn) => turnsItself(fn, verb))) return turn;
  }
  return undefined;
}

