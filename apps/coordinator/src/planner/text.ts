/** Small text helpers for the built-in planner: normalisation, tokens, phrase spans. */
import { singularForms } from '@meshmind/language';

export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^a-z0-9%°#.'\s-]/g, ' ')
    .replace(/(\D)\.|\.(\D|$)/g, '$1 $2')
    .replace(/\s+/g, ' ')
    .trim();
}

export function tokenize(text: string): string[] {
  return normalise(text)
    .split(' ')
    .filter((token) => token.length > 0);
}

export interface TokenSpan {
  token: string;
  /** Where the token's characters are in the original text: [start, end). */
  start: number;
  end: number;
}

const TOKEN_CHARACTER = /^[a-z0-9%°#'-]$/;
const DIGIT = /^[0-9]$/;

/**
 * The tokens of `tokenize`, each with where it stands in the original text, so a phrase found among
 * tokens can be marked in the text itself. A character belongs to a token by the rule `normalise`
 * applies: a letter, digit or one of %°#'- after lower-casing, a dot only between two digits.
 */
export function tokenSpans(text: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let current: TokenSpan | null = null;
  for (let index = 0; index < text.length; index += 1) {
    const lower = text[index]!.toLowerCase().replace('’', "'");
    const dotInNumber = lower === '.' && DIGIT.test(text[index - 1] ?? '') && DIGIT.test(text[index + 1] ?? '');
    if (TOKEN_CHARACTER.test(lower) || dotInNumber) {
      if (!current) spans.push((current = { token: '', start: index, end: index }));
      current.token += lower;
      current.end = index + 1;
    } else {
      current = null;
    }
  }
  return spans;
}

export interface PhraseMatch<T> {
  start: number;
  end: number;
  value: T;
  plural: boolean;
}

/**
 * Finds non-overlapping occurrences of multi-word phrases in a token list, longest first.
 * A phrase's last word also matches in plural form, and the match records that.
 */
export function findPhrases<T>(tokens: string[], phrases: Array<{ words: string[]; value: T }>, taken: boolean[]): Array<PhraseMatch<T>> {
  const sorted = [...phrases].filter((phrase) => phrase.words.length > 0).sort((a, b) => b.words.length - a.words.length);
  const matches: Array<PhraseMatch<T>> = [];
  for (const phrase of sorted) {
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
        if (token === word) continue;
        if (offset === length - 1 && singularForms(token).includes(word)) {
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
