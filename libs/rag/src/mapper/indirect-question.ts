import { en, enMapping, type Mood, type RequestReading, type WordNet } from '@meshmind/language';

const INTERROGATIVES = new Set(enMapping.interrogativeClauseOpeners);
const PARTICLES = new Set(en.phrasalParticles);

/**
 * Whether a request that opens with a command's verb asks a question in its object: "figure out
 * where you are on the map", "see if shelf four has any room", "find out how much charge is left".
 * The verb's object is a clause that asks (where, what, whether, if ...), so what the person wants
 * is an answer, as from "where are you?", not a change: the mood evidence reads it as a question.
 * Only right after the verb (and its particle): "halt the curtain where it is" names a place.
 */
export function asksIndirectly(words: readonly string[], wordNet: WordNet | undefined): boolean {
  const opening = openingVerb(words, (verb) => wordNet?.isVerb(verb) === true);
  if (!opening) return false;
  let at = opening.at + 1;
  if (PARTICLES.has(opening.lower[at] ?? '')) at += 1;
  return INTERROGATIVES.has(opening.lower[at] ?? '');
}

/** The word a request opens with after courtesy, where it may be a verb (`isVerb`), with its place and the words in lower case. */
function openingVerb(words: readonly string[], isVerb: (word: string) => boolean): { lower: string[]; at: number } | undefined {
  const lower = words.map((word) => word.toLowerCase());
  let at = 0;
  while (at < lower.length && en.courtesy.has(lower[at]!)) at += 1;
  const verb = lower[at];
  return verb === undefined || INTERROGATIVES.has(verb) || en.nonVerbOpeners.has(verb) || !isVerb(verb) ? undefined : { lower, at };
}

/**
 * Whether a request opens with a phrasal verb in the imperative: a word SemCor tags mostly as a verb
 * and one of the language's particles right after it ("charge up, ta", "shut down now").
 * No list of command verbs names every verb; its form does.
 */
export function opensWithPhrasalVerb(words: readonly string[], wordNet: WordNet | undefined): boolean {
  const opening = openingVerb(words, (verb) => wordNet?.mostlyVerb(verb) === true);
  return opening !== undefined && PARTICLES.has(opening.lower[opening.at + 1] ?? '');
}

/**
 * The request's mood, where a command's verb whose object asks a question reads as that question
 * (asksIndirectly), and a phrasal verb that opens it reads as a command (opensWithPhrasalVerb).
 */
export function moodAsked(reading: RequestReading, wordNet: WordNet | undefined): Mood {
  if (reading.mood !== 'neutral') return reading.mood;
  return asksIndirectly(reading.words, wordNet) ? 'question' : opensWithPhrasalVerb(reading.words, wordNet) ? 'command' : 'neutral';
}
