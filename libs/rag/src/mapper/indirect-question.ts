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
  if (!wordNet) return false;
  const lower = words.map((word) => word.toLowerCase());
  let at = 0;
  while (at < lower.length && en.courtesy.has(lower[at]!)) at += 1;
  const verb = lower[at];
  if (verb === undefined || INTERROGATIVES.has(verb) || en.nonVerbOpeners.has(verb) || !wordNet.isVerb(verb)) return false;
  at += 1;
  if (PARTICLES.has(lower[at] ?? '')) at += 1;
  return INTERROGATIVES.has(lower[at] ?? '');
}

/** The request's mood, where a command's verb whose object asks a question reads as that question (asksIndirectly). */
export function moodAsked(reading: RequestReading, wordNet: WordNet | undefined): Mood {
  return reading.mood === 'neutral' && asksIndirectly(reading.words, wordNet) ? 'question' : reading.mood;
}
