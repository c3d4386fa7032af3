/** Small text helpers for the built-in planner: phrases among tokens, sentences. Tokens are read by `readRequest` (@meshmind/language). */
import { enPlanning } from '@meshmind/language';
import { phrasesSaid, singularFormsOf, sortInPlace } from './phrase-filing';

const POSSESSIVE_ENDINGS = enPlanning.closedLoops.possessiveEndings;

/** Whether a token is a word of a name said as its owner: "priya's" for the "Priya" of "Priya Radiator". */
function ownerOf(token: string, word: string): boolean {
  // Read in place, not by building each possessive (it runs for every word of every phrase tried).
  return token.length > word.length && token.startsWith(word) && POSSESSIVE_ENDINGS.some((ending) => token.length === word.length + ending.length && token.endsWith(ending));
}

/** A token without its possessive ending: "jonas's" is "jonas", a word that a name may hold. */
export function withoutPossessive(token: string): string {
  const ending = POSSESSIVE_ENDINGS.find((candidate) => token.length > candidate.length && token.endsWith(candidate));
  return ending ? token.slice(0, -ending.length) : token;
}

export interface PhraseMatch<T> {
  start: number;
  end: number;
  value: T;
  plural: boolean;
}

/**
 * Finds non-overlapping occurrences of multi-word phrases in a token list, longest first.
 * A phrase's last word also matches in plural form, and the match records that. A word also
 * matches in its possessive form ("jonas's blind" is the "Jonas Blind", "dustin's battery" Dustin's).
 * Last, where nothing else took the words, a name of several words whose last word is a plural
 * matches in the singular ("close the window blind" is the "Window Blinds"): one thing said of a
 * name people give in the plural, never before a name said as it is.
 */
export function findPhrases<T>(tokens: readonly string[], phrases: Array<{ words: string[]; value: T }>, taken: boolean[], exactFirst = false): Array<PhraseMatch<T>> {
  // A phrase can match only where its first word is said (a one-word phrase also as a plural): the
  // home's names, places and nouns are hundreds, a clause a few words, so only the phrases filed
  // under a word said are read (phrase-filing.ts), longest first. A possessive ("jonas's") is said
  // as its owner word too.
  const forms = tokens.map(singularFormsOf);
  const candidates = phrasesSaid(tokens, forms, phrases, withoutPossessive);
  const matches: Array<PhraseMatch<T>> = [];
  // Each length's names as said, then its plural names in the singular, before any shorter name.
  // With exactFirst (device names), within one length the names said exactly before those said in
  // the plural: "the ceiling lights" is the lounge's "Ceiling Lights" before the plural of the
  // bedroom's "Ceiling Light".
  const tries: Array<readonly [{ words: string[]; value: T }, string[] | null, boolean]> = [];
  let group = 0;
  candidates.forEach(({ phrase }, at) => {
    if (candidates[at + 1]?.phrase.words.length === phrase.words.length) return;
    const same = candidates.slice(group, at + 1);
    for (const exact of exactFirst ? [true, false] : [false]) for (const each of same) tries.push([each.phrase, null, exact]);
    if (phrase.words.length > 1) for (const each of same) if (each.singular) tries.push([each.phrase, each.singular, false]);
    group = at + 1;
  });
  for (const [phrase, singular, exact] of tries) {
    const length = phrase.words.length;
    for (let start = 0; start + length <= tokens.length; start += 1) {
      let plural = false;
      let matched = true;
      for (let offset = 0; offset < length; offset += 1) {
        const token = tokens[start + offset]!;
        const word = phrase.words[offset]!;
        if (taken[start + offset]) {
          matched = false;
          break;
        }
        if (singular && offset === length - 1) {
          if (singular.includes(token)) continue;
          matched = false;
          break;
        }
        if (token === word || ownerOf(token, word)) continue;
        if (!exact && offset === length - 1 && forms[start + offset]!.includes(word)) {
          plural = true;
          continue;
        }
        matched = false;
        break;
      }
      if (!matched) continue;
      for (let index = start; index < start + length; index += 1) taken[index] = true;
      matches.push({ start, end: start + length, value: phrase.value, plural });
    }
  }
  return sortInPlace(matches, (a, b) => a.start - b.start);
}

export function capitalise(text: string): string {
  const trimmed = text.trim();
  return trimmed.length === 0 ? trimmed : trimmed[0]!.toUpperCase() + trimmed.slice(1);
}

export function asSentence(text: string): string {
  const sentence = capitalise(text).replace(/\s+/g, ' ');
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
