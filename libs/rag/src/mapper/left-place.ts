import { en, stem, splitIdentifier, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { clauses, commandCore } from './unaccounted-word';
import { undoesVerb } from './undone-deed';

/**
 * "Leave the charging station", "get off the charger", "come off the dock", "unplug from the dock":
 * a command that takes the device away from a place and names no place to go. Retrieval meets the
 * one function that names the place (auto_dock through "dock", "charger") and would drive the robot
 * onto the very dock it was told to leave. A function goes somewhere or does something; none of a
 * document's functions is "away from X" unless its own words say so, so such a command is declined.
 *
 * The leaving is read from WordNet, not from a list of phrasings: the verb (or the phrasal verb as
 * WordNet lists it, "get_off", "pull_out") whose commonest sense is a kind of leaving or separating
 * ("leave a vehicle", "come to be detached", "move out of a dock"); or, where WordNet has no such
 * phrasal verb ("step off", "roll away"), a verb of motion with a source particle right after it;
 * or a verb of undoing ("unplug", "disconnect") with "from"/"off" and a place.
 */

/** WordNet's synsets of leaving, as hypernym lemmas: what "get_off", "undock", "depart" are kinds of. */
const LEAVING = new Set(['leave', 'exit', 'go_away', 'go_out', 'get_out', 'go_forth']);
/** And of separating, read only for a phrasal verb with its source particle ("come_off": "come to be detached"); a bare "cut" separates things, not the device from a place. */
const SEPARATING = new Set(['separate', 'detach', 'disconnect']);
/** A gloss that words a leaving itself ("leave": "go away from a place"; "vacate": "leave (a job...)"). */
const LEAVING_GLOSS = /^(?:go away|move away|move out|depart|leave)\b/;
/** WordNet's most general verbs of motion: a verb whose commonest sense is a kind of these moves the device itself. */
const MOTION = new Set(['travel', 'go', 'move', 'locomote']);
/** Particles and prepositions of a path away from a place (a closed class of English). */
const SOURCE = new Set<string>([...en.pathPrepositions.source, 'away', 'out']);
/** Prepositions that name where to go: a command with one has a goal ("leave the dock and go to shelf 3" has two clauses). */
const GOAL = new Set<string>([...en.pathPrepositions.goal, 'toward', 'towards']);
/** WordNet's removing synset, as hypernym lemmas, and how many senses are read for it. */
const REMOVAL = new Set(['remove', 'take_away', 'withdraw', 'take']);
const REMOVAL_SENSES = 3;
/** Reflexive pronouns that may stand between the verb and its particle ("get yourself off the charger"): a closed class. */
const REFLEXIVE = new Set(['yourself', 'yourselves', 'itself', 'myself', 'ourselves']);

function departs(verb: string, wordNet: WordNet, separating = false): boolean {
  const first = wordNet.verbSenses(verb)[0];
  return first !== undefined && (first.hypernyms.some((hypernym) => LEAVING.has(hypernym) || (separating && SEPARATING.has(hypernym))) || LEAVING_GLOSS.test(first.definition));
}

/** Whether the verb's commonest sense is a kind of motion, within two hypernym steps ("hop" is a kind of "jump", a kind of "move"). */
function moves(verb: string, wordNet: WordNet, depth = 2): boolean {
  const first = wordNet.verbSenses(verb)[0];
  if (MOTION.has(verb)) return true;
  return depth > 0 && first !== undefined && first.hypernyms.some((hypernym) => MOTION.has(hypernym) || moves(hypernym, wordNet, depth - 1));
}

/** The leaving a clause asks for, as said ("get off the charger"), or undefined. */
function leavingOf(clause: string, wordNet: WordNet): string | undefined {
  const words: string[] = clause.toLowerCase().match(/\p{L}[\p{L}'-]*|\d+(?:\.\d+)?/gu) ?? [];
  if (words.some((word) => GOAL.has(word) || /^\d/.test(word))) return undefined;
  const core = commandCore(clause, wordNet);
  if (!core || core.complement || core.toValue || core.toNumber) return undefined;
  // "leave the gate open": the last word of the phrase says how the thing is left, not where from.
  if (core.modifiers.length > 0 && core.object !== undefined && wordNet.canBe(core.object, 'adj')) return undefined;
  const [verb] = core.verb.split(' ') as [string];
  const at = words.indexOf(verb);
  let next = at + 1;
  while (REFLEXIVE.has(words[next] ?? '')) next += 1;
  // The particle right after the verb: "get off the charger"; "take the milk off the list" moves the milk, not the device.
  const particle = SOURCE.has(words[next] ?? '') ? words[next]! : undefined;
  if (core.particle && core.particle !== particle) return undefined; // "leave the lights on": the lights stay on
  const phrasal = particle ? `${verb}_${particle}` : undefined;
  const place = core.object ?? words.slice(next + 1).find((word) => wordNet.canBe(word, 'noun') && !SOURCE.has(word) && word !== 'the');
  const linked = words[next + 1] === 'from' || words[next + 1] === 'of' ? ` ${words[next + 1]}` : '';
  const said = (what: string) => (place ? `${what}${particle ? linked : ''} the ${place}` : what);
  // "pull out the plug": a phrasal verb that also takes a thing away (WordNet's "remove") moves its object, not the device.
  const removes = (candidate: string) => wordNet.verbSenses(candidate).slice(0, REMOVAL_SENSES).some((sense) => sense.hypernyms.some((hypernym) => REMOVAL.has(hypernym)));
  if (phrasal && wordNet.verbSenses(phrasal).length > 0) return departs(phrasal, wordNet, true) && !(core.object !== undefined && removes(phrasal)) ? said(`${verb} ${particle}`) : undefined;
  // A bare verb leaves a place it names ("leave the dock") or stands alone ("undock"); "leave it off" keeps a state.
  if (!phrasal) return departs(verb, wordNet) && (place !== undefined || next >= words.length) ? said(verb) : undefined;
  // No phrasal verb in WordNet: a verb of motion or of undoing, with the source particle and a place after it.
  if (place && (moves(verb, wordNet) || departs(verb, wordNet) || (particle !== 'away' && particle !== 'out' && undoesVerb(verb, wordNet)))) return said(`${verb} ${particle}`);
  return undefined;
}

/**
 * The leaving (verb and place, "leave the dock") a command asks for where the call chosen is an
 * action whose own words do not leave; undefined for a question, a clause with a goal, or a
 * function that itself says the leaving ("leaves the dock and starts cleaning").
 */
export function leftPlace(result: MapResult, reading: RequestReading, byName: ReadonlyMap<string, NormalisedFunction>, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || result.kind !== 'call' || reading.mood === 'question') return undefined;
  const actions = result.calls.map((call) => byName.get(call.function)).filter((fn): fn is NormalisedFunction => fn !== undefined && fn.kind !== 'query');
  if (actions.length === 0) return undefined;
  for (const clause of clauses(reading.text)) {
    const leaving = leavingOf(clause, wordNet);
    if (!leaving) continue;
    const verb = stem(leaving.split(' ')[0]!);
    const ownStems = (fn: NormalisedFunction) => new Set([...splitIdentifier(fn.name), ...(fn.description.toLowerCase().match(/\p{L}+/gu) ?? [])].map((word) => stem(word.toLowerCase())));
    if (actions.some((fn) => ownStems(fn).has(verb))) continue;
    return leaving;
  }
  return undefined;
}
