import { en, tokenize, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import { stepsSetLevel } from './settable-quality';

/** "on" closing a command whose goal, the device itself, was read out: "put netflix on (the tv)". */
const CLOSING_GOALS = new Set(en.pathPrepositions.goalInCommands);
/** Where the first clause of a request ends: "just run the fan, no heating or cooling". */
const CLAUSE_END = /[,;.!?]/;

/**
 * The object of a command that closes with the goal particle once the device's own name is read out:
 * "put netflix on the snug tv" reaches the agent as "put netflix on", "stick radio four on" as
 * "stick radio four on". The object there is what the device is to be put on, a value, where the
 * same words before "on" in "turn the lamp on" are the device. mapper/target-value.ts takes it as a
 * target only where a parameter's options hold it, so a device's own name is never one.
 *
 * The object of a plain verb (no particle) that ends its clause is read the same way: "just run the
 * fan, no heating or cooling" said to a heat pump names its mode fan_only ("fan" is that option's
 * word), and the reading of the mode, whose notes list "fan only", is not what is asked.
 */
export function objectValuePhrase(reading: RequestReading): string | undefined {
  if (reading.mood === 'question') return undefined;
  const tokens = reading.tokens;
  if (tokens.length >= 3 && CLOSING_GOALS.has(tokens.at(-1)!)) return phraseOf(tokens.slice(1, -1));
  const clause = tokenize(reading.text.split(CLAUSE_END)[0] ?? '');
  const opening = clause.findIndex((token) => !en.courtesy.has(token));
  const object = clause.slice(opening + 1);
  // "turn the television off": a particle anywhere makes it a phrasal verb whose object is the device.
  if (opening < 0 || !en.determiners.has(object[0] ?? '') || object.some((token) => en.verbParticles.has(token))) return undefined;
  return phraseOf(object);
}

function phraseOf(object: readonly string[]): string | undefined {
  const phrase = (en.determiners.has(object[0]!) ? object.slice(1) : object).join(' ');
  return phrase === '' ? undefined : phrase;
}

/**
 * The verb a command opens with, where it may itself be an option's word: "dehumidify the room",
 * "ventilate the lounge" said to a heat pump whose modes dry and fan_only list those words.
 * mapper/target-value.ts takes it only where an option holds it. Not where the request or the verb steps a level.
 */
export function verbValuePhrase(reading: RequestReading, wordNet: WordNet | undefined, functions?: readonly NormalisedFunction[]): string | undefined {
  // "warm the room up a little", "heat it a bit more": a particle or a word of a relative change makes the verb a step of a level.
  if (!wordNet || reading.mood === 'question' || reading.tokens.some((token) => en.verbParticles.has(token) || RELATIVE.has(token))) return undefined;
  const clause = tokenize(reading.text.split(CLAUSE_END)[0] ?? '');
  const at = clause.findIndex((token) => !en.courtesy.has(token));
  const verb = at < 0 ? undefined : clause[at];
  if (verb === undefined || namesModifier(verb, clause[at + 1], wordNet)) return verb;
  // "heat the room" ("make hot or hotter"), "cool the lounge": a verb WordNet defines by a comparative changes a level, whatever option shares its word.
  const definition = words(wordNet.verbSenses(verb)[0]?.definition ?? '');
  // "dehumidify the room" ("make less humid") to a device that sets no humidity steps nothing: the verb names an option (settable-quality.ts).
  if (functions && stepsSetLevel(definition, functions, wordNet) === false) return verb;
  return definition.some((word) => RELATIVE.has(word)) ? undefined : verb;
}

/**
 * "quiet mode please", "dry setting": an opening word that can be an adjective, followed by a noun
 * with no determiner between, modifies that noun. The request then names a value alone, with no verb
 * whose comparative sense ("quiet": "become quieter") would make it a step of a level.
 */
function namesModifier(word: string, next: string | undefined, wordNet: WordNet): boolean {
  if (next === undefined || en.determiners.has(next) || en.anaphora.has(next) || en.verbParticles.has(next) || en.courtesy.has(next)) return false;
  return wordNet.canBe(word, 'adj') && wordNet.canBe(next, 'noun') && !wordNet.canBe(next, 'adj');
}

const RELATIVE = new Set([...en.relativeDirection.up, ...en.relativeDirection.down].filter((entry) => !entry.includes(' ')));
