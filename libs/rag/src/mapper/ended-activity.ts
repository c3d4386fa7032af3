import { en, gerundBases, isStopword, relatedWords, singularForms, splitIdentifier, stem, words, type Lexicon, type RequestReading, type WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import type { NormalisedFunction } from '../api-document';
import { clauses } from './unaccounted-word';
import type { GlossedWords } from './glossed-words';

/**
 * "Stop sharing your wifi", "stop scanning shelf 4", "turn off the camera" to a robot that can start
 * its hotspot, scan a shelf and take a photo but never stop any of them (issue #17). The request asks
 * for the end of one activity; the ranking meets the activity's words and makes the call that does it
 * (scan the shelf again, take a picture), or meets "stop" and makes the emergency stop, which halts
 * the whole robot for a thing that was never about its moving. Neither is what was asked: it is
 * declined, naming the activity, unless the call is itself an end or can be switched.
 *
 * The end is said by a verb whose WordNet opposite is a verb of beginning or going on ("stop" /
 * "start", "quit" / "continue", "halt", "cease", "finish"), by a verb at the negative pole
 * ("deactivate"), or by the particle "off" ("turn off the camera", "switch the hotspot off"). The
 * activity is the gerund after the verb with its object ("sharing your wifi"), or the verb's object.
 *
 * Three calls are not the end asked for:
 *  - a call that does the activity (its words meet the activity) where it is no end itself (no word
 *    of its own is a verb of ending or at the negative pole) and takes no switch or choice of values
 *    (`set_oscillation(false)` ends a fan's sweep: that call stands);
 *  - a call that does not meet a gerund activity at all while another function does ("stop sharing
 *    your wifi" -> the e-stop, while the access point shares a network), unless the activity is the
 *    device's own moving (WordNet files "moving", "driving" as verbs of motion): "stop moving" is
 *    the e-stop; nor does a call with no end of its own and no switch, whatever it meets;
 *  - a call that does not meet a thing said as the object ("stop the access point") while another
 *    function is named for it (its name's words meet it): the thing is that function's, not the call's;
 *  - after "off", a call with no end, no switch and no word of an opposition ("close" ends a flow).
 * Undefined where the call stands.
 */

/** How closely an activity's word and a function's word must relate: synonyms, derived forms, a close sense. */
const MEET = 0.7;
/**
 * The verbs of beginning and going on, whose WordNet opposites are verbs of ending: the language's
 * closed class of aspect (stems).
 */
const BEGINNING = new Set(['start', 'begin', 'continue'].map((word) => stem(word)));
/** WordNet's lexicographer file of verbs of moving: the device's own moving is what a stop of the device ends. */
const MOTION = 'motion';
/** The shortest head of a compound read at a word's end ("nothalt" ends in "halt"). */
const HEAD = 4;

/** The activity ("sharing your wifi") whose end the call does not make; undefined where it stands. */
export function endedActivity(
  result: MapResult,
  reading: RequestReading,
  functions: readonly NormalisedFunction[],
  lexicon: Lexicon | undefined,
  ownNouns: ReadonlySet<string>,
  glossed?: GlossedWords,
): string | undefined {
  const wordNet = lexicon?.wordNet;
  if (result.kind !== 'call' || !wordNet || reading.mood === 'question' || result.calls.length !== 1) return undefined;
  const said = clauses(reading.text);
  if (said.length !== 1) return undefined;
  const ending = endingOf(said[0]!, wordNet, ownNouns);
  if (!ending) return undefined;
  const keys = new Map<string, number>();
  for (const word of ending.activity) {
    const bases = gerundBases(word);
    for (const base of bases.length > 0 ? bases : [word]) for (const [key, weight] of relatedWords(lexicon, base)) if (weight >= MEET || key === stem(base)) keys.set(key, weight);
  }
  if (keys.size === 0) return undefined;
  const meetsIn = (said: readonly string[]) => said.some((word) => [...keys.keys()].some((key) => stem(word) === key || (key.length > 3 && stem(word).startsWith(key))));
  const meets = (fn: NormalisedFunction) => meetsIn(functionWords(fn));
  // On a document in another language, another function meets the activity through its glossed notes too (mapper/glossed-words.ts):
  // that the activity is another function's deed is the evidence. The called function is read as written: its glosses are many
  // words, and "come back to where you took off" (a trailing "off") met a drone's glossed return home, which it is.
  const elsewhere = (fn: NormalisedFunction) => meets(fn) || meetsIn(glossed?.(fn.name) ?? []);
  const called = functions.find((fn) => fn.name === result.calls[0]!.function);
  if (!called) return undefined;
  const phrase = ending.activity.join(' ');
  // On a document in another language, a verb of ending among the call's glossed words makes it an end too ("arret_urgence": "stop").
  const ends = isEnd(called, wordNet) || switches(called) || (glossed?.(called.name) ?? []).some((word) => isEndingVerb(word, wordNet));
  if (meets(called)) return ends ? undefined : phrase;
  if (ending.gerund) {
    if (isMotion(ending.activity[0]!, wordNet)) return undefined;
    if (!ends || functions.some((fn) => fn !== called && elsewhere(fn))) return phrase;
    // "stop beeping (at me)": an activity that no function does nor the device's own names name (a vacuum's "hoovering") is no
    // activity of its own, and the end the call makes (the robot's halt of its motors) is not of it.
    // Only where the activity is said by its gerund ("beeping"): "stop heating the house" reads the house as the activity.
    const gerund = gerundBases(ending.activity[0]!).some((base) => wordNet.isVerb(base));
    return !gerund || meetsIn([...ownNouns].flatMap((noun) => words(noun))) ? undefined : phrase;
  }
  // "stop the access point", "end the wifi scan" -> the e-stop: a thing another function is named for, which the call does not meet, is what ends.
  // Not a function of moving ("move_to_shelf" for "stop all movement"): the end of the device's moving is the e-stop's.
  // Nor the device itself in the plural ("stop all robots", said to each: localiser_robot is named for the robot, not for a thing it starts).
  const itself = ending.activity.some((word) => singularForms(word).some((form) => ownNouns.has(form)));
  if (!ending.off && !itself && functions.some((fn) => fn !== called && namedFor(fn, keys) && !movesBy(fn, wordNet))) return phrase;
  // "switch the hotspot off" -> go to the charger: a call with no end of its own, no switch and no verb of an
  // opposition ("close", "lower", which end a flow or a height) turns nothing off.
  return ending.off && !ends && !polar(called, wordNet) ? phrase : undefined;
}

/** The activity an ending verb or particle is said of, and whether it was said as a gerund. */
function endingOf(clause: string, wordNet: WordNet, ownNouns: ReadonlySet<string>): { activity: string[]; gerund: boolean; off: boolean } | undefined {
  const all = clause.toLowerCase().match(/\p{L}[\p{L}'-]*|\d+/gu) ?? [];
  let at = 0;
  while (at < all.length && en.courtesy.has(all[at]!)) at += 1;
  const verb = all[at];
  if (verb === undefined || !wordNet.isVerb(verb)) return undefined;
  const rest = all.slice(at + 1);
  const content = (list: readonly string[]) => list.filter((word) => !isStopword(word) && !/^\d/.test(word) && !ownNouns.has(word) && !en.verbParticles.has(word));
  const next = rest[0] ?? '';
  // "stop at shelf 4", "stop by the dock": a preposition says where the device stops, not what it ends.
  if (en.functionWords.has(next) && !en.determiners.has(next)) return undefined;
  if (isEndingVerb(verb, wordNet)) {
    const gerund = /ing$/.test(next) && gerundBases(next).some((base) => wordNet.isVerb(base));
    const activity = content(rest);
    return activity.length > 0 ? { activity, gerund, off: false } : undefined;
  }
  // "turn off the camera", "switch the hotspot off", "deactivate the access point".
  const particleOff = rest[0] !== undefined && isOff(rest[0], wordNet);
  const trailingOff = all.length - at > 2 && isOff(all.at(-1)!, wordNet);
  // A verb at the negative pole with an opposite ("deactivate" / "activate"): a gloss that merely starts with "not" is no switch.
  const negative = wordNet.pole(verb, 'verbs') === -1 && wordNet.antonyms(verb).size > 0;
  if (!particleOff && !trailingOff && !negative) return undefined;
  const activity = content(rest);
  return activity.length > 0 ? { activity, gerund: false, off: true } : undefined;
}

/**
 * The particle of switching off: at WordNet's negative pole, and opposite a particle at the positive one ("off" / "on").
 * "Figure out" has a particle at a pole too, but none of its opposites is a particle: it says no switch.
 */
function isOff(word: string, wordNet: WordNet): boolean {
  return en.verbParticles.has(word) && wordNet.pole(word) === -1 && [...wordNet.antonyms(word)].some((opposite) => en.verbParticles.has(opposite) && wordNet.pole(opposite) === 1);
}

/** A verb whose WordNet opposite begins or goes on: "stop", "quit", "halt", "cease", "finish". */
function isEndingVerb(word: string, wordNet: WordNet): boolean {
  return wordNet.isVerb(word) && [...wordNet.antonyms(word)].some((opposite) => BEGINNING.has(opposite));
}

/** Whether a word of the function's name meets the activity: the thing it is named for ("start_access_point", "scan_wifi"), not a word of its notes ("the movement speed"). */
function namedFor(fn: NormalisedFunction, keys: ReadonlyMap<string, number>): boolean {
  return splitIdentifier(fn.name).some((word) => keys.has(stem(word.toLowerCase())));
}

/** Whether a word of the function's name is a verb of motion in its commonest sense ("move", "navigate", "go"). */
function movesBy(fn: NormalisedFunction, wordNet: WordNet): boolean {
  return splitIdentifier(fn.name).some((word) => wordNet.verbSenses(word.toLowerCase())[0]?.category === MOTION);
}

/** The function's own words: its name's pieces and its notes. */
function functionWords(fn: NormalisedFunction): string[] {
  return [...splitIdentifier(fn.name), ...words(fn.description)].map((word) => word.toLowerCase()).filter((word) => !isStopword(word));
}

/** A function that is an end itself: a word of its own ends ("stop", "halt", a compound's head "nothalt") or is the negative pole ("off", "deactivate"). */
function isEnd(fn: NormalisedFunction, wordNet: WordNet): boolean {
  return functionWords(fn).some((word) => isEndingVerb(word, wordNet) || wordNet.pole(word) === -1 || endsInEnding(word, wordNet));
}

/** A compound whose head is a verb of ending ("nothalt" ends in "halt"), where the word itself is none. */
function endsInEnding(word: string, wordNet: WordNet): boolean {
  for (let cut = 1; word.length - cut >= HEAD; cut += 1) if (isEndingVerb(word.slice(cut), wordNet)) return true;
  return false;
}

/** A function with a word of an opposition ("close" / "open", "lower" / "raise"): it may be the end asked for. */
function polar(fn: NormalisedFunction, wordNet: WordNet): boolean {
  return functionWords(fn).some((word) => wordNet.antonyms(word).size > 0);
}

/** A function with a switch or a choice of values does both ends under one name. */
function switches(fn: NormalisedFunction): boolean {
  return fn.parameters.some((parameter) => parameter.type === 'boolean' || (parameter.values?.length ?? 0) > 0);
}

/** Whether the gerund ("moving", "driving") is a verb of motion in its commonest sense. */
function isMotion(gerund: string, wordNet: WordNet): boolean {
  return gerundBases(gerund).some((base) => wordNet.verbSenses(base)[0]?.category === MOTION);
}
