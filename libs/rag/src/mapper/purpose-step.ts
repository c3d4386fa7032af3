import { words, type Lexicon, type Mood, type WordNet } from '@meshmind/language';
import { openingVerb } from '../search/lexical-scorer';
import { LIGHT_VERB_SENSES } from './function-kind';
import { asksToKnow } from './knowing-verb';

/** WordNet's files of verbs that ask to be told something: "check", "show", "tell", "report", "read". */
const TELLING_CATEGORIES: ReadonlySet<string> = new Set(['perception', 'cognition', 'communication']);

/**
 * Whether a command step joined by a plain "and" to an action call states that call's purpose
 * rather than asking for a reading: "return to the dock and top up your battery", "head to your
 * charger and charge up". Its best function only reads a value (the battery level), yet the step
 * asks for a change, not to be told anything: the change is what the call before it does, so it is
 * no second call. A step that asks (a question, "check", "tell me", "show", "report", "see if") keeps
 * its reading, and so does one whose verb is light ("give me the level", "get the charge"), since it
 * says too little of what is wanted.
 */
export function statesPurpose(step: { text: string; query: string; mood: Mood }, lexicon: Lexicon | undefined): boolean {
  const wordNet = lexicon?.wordNet;
  if (!wordNet || step.mood === 'question' || asksToKnow(step.query, lexicon)) return false;
  const verb = openingVerb(step.text, lexicon);
  if (!verb) return false;
  const senses = wordNet.verbSenses(verb);
  if (senses.length === 0 || senses.length >= LIGHT_VERB_SENSES) return false;
  return !saysTelling(step.text, verb, wordNet);
}

/** A telling verb anywhere in the step ("let me know the level", "find out what is left"), read with its particle where WordNet has the pair. */
function saysTelling(text: string, verb: string | undefined, wordNet: WordNet): boolean {
  const list = words(text);
  return list.some((word, at) => {
    if (word !== verb && !wordNet.mostlyVerb(word)) return false;
    const phrasal = wordNet.verbSenses(`${word} ${list[at + 1] ?? ''}`)[0];
    return TELLING_CATEGORIES.has((phrasal ?? wordNet.verbSenses(word)[0])?.category ?? '');
  });
}
