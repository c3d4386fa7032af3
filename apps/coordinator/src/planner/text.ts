/** Small text helpers for the built-in planner: phrases among tokens, sentences. Tokens are read by `readRequest` (@meshmind/language). */
import { enPlanning, singularForms } from '@meshmind/language';

const POSSESSIVE_ENDINGS = enPlanning.closedLoops.possessiveEndings;

/** Whether a token is a word of a name said as its owner: "priya's" for the "Priya" of "Priya Radiator". */
function ownerOf(token: string, word: string): boolean {
  return POSSESSIVE_ENDINGS.some((ending) => token === `${word}${ending}`);
}

/** A token without its possessive ending: "jonas's" is "jonas", a word that a name may hold. */
export function withoutPossessive(token: string): string {
  const ending = POSSESSIVE_ENDINGS.find((candidate) => token.length > candidate.length && token.endsWith(candidate));
  return ending ? token.slice(0, -ending.length) : token;
}

/**
 * Where each phrase of a list stands, by its first word. The planner reads the home's same lists
 * (its vocabulary's names, places and nouns) in every clause of every goal (issue #18), so each
 * list is filed once, kept while the list lives, and filed again if its length changed.
 */
const firstWords = new WeakMap<ReadonlyArray<{ words: string[] }>, { length: number; index: Map<string, number[]> }>();

function firstWordIndex(phrases: ReadonlyArray<{ words: string[] }>): Map<string, number[]> {
  const filed = firstWords.get(phrases);
  if (filed && filed.length === phrases.length) return filed.index;
  const index = new Map<string, number[]>();
  phrases.forEach((phrase, position) => {
    const first = phrase.words[0];
    if (first === undefined) return;
    const positions = index.get(first);
    if (positions) positions.push(position);
    else index.set(first, [position]);
  });
  firstWords.set(phrases, { length: phrases.length, index });
  return index;
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
export function findPhrases<T>(tokens: readonly string[], phrases: Array<{ words: string[]; value: T }>, taken: boolean[]): Array<PhraseMatch<T>> {
  // A phrase can match only where its first word is said (a one-word phrase also as a plural): the
  // home's names, places and nouns are hundreds, a clause a few words, so only the phrases filed
  // under a word said are read (firstWordIndex), in the list's order before a stable sort by
  // length. A possessive ("jonas's") is said as its owner word too.
  const forms = tokens.map((token) => singularForms(token));
  const said = new Set([...tokens, ...tokens.map(withoutPossessive)]);
  const saidSingular = new Set(forms.flat());
  const index = firstWordIndex(phrases);
  const positions = new Set<number>();
  for (const word of [...said, ...saidSingular]) for (const position of index.get(word) ?? []) positions.add(position);
  const sorted = [...positions]
    .sort((a, b) => a - b)
    .map((position) => phrases[position]!)
    .filter((phrase) => said.has(phrase.words[0]!) || (phrase.words.length === 1 && saidSingular.has(phrase.words[0]!)))
    .sort((a, b) => b.words.length - a.words.length);
  const matches: Array<PhraseMatch<T>> = [];
  // Each length's names as said, then its plural names in the singular, before any shorter name.
  const tries: Array<readonly [{ words: string[]; value: T }, string[] | null]> = [];
  for (const [at, phrase] of sorted.entries()) {
    tries.push([phrase, null]);
    if (sorted[at + 1]?.words.length === phrase.words.length) continue;
    for (const same of sorted.filter((other) => other.words.length === phrase.words.length && other.words.length > 1)) {
      const singular = singularForms(same.words.at(-1)!).filter((form) => form !== same.words.at(-1));
      if (singular.length > 0) tries.push([same, singular]);
    }
  }
  for (const [phrase, singular] of tries) {
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
        if (offset === length - 1 && forms[start + offset]!.includes(word)) {
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
  return matches.sort((a, b) => a.start - b.start);
}

export function capitalise(text: string): string {
  const trimmed = text.trim();
  return trimmed.length === 0 ? trimmed : trimmed[0]!.toUpperCase() + trimmed.slice(1);
}

export function asSentence(text: string): string {
  const sentence = capitalise(text).replace(/\s+/g, ' ');
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
