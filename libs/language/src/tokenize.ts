/**
 * Tokens for lexical scoring and for reading identifiers. Identifiers from vendor docs come in
 * camelCase, PascalCase, snake_case and with acronyms ("EnableAPMode"), so they are split first.
 */
import { en } from './languages/en';

/** Whether an English word carries no meaning for retrieval (see `en.stopwords`). */
export function isStopword(word: string): boolean {
  return en.stopwords.has(word);
}

export function splitIdentifier(identifier: string): string[] {
  return identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-zA-Z])(\d)/g, '$1 $2')
    .split(/[^A-Za-z0-9\u00C0-\u024F]+/)
    .filter((part) => part.length > 0)
    .map((part) => part.toLowerCase());
}

/** Lower-case words of running text, accents kept (dictionaries need them). */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9\u00C0-\u024F]+(?:['’][a-z]+)?/g) ?? []).map((word) => word.replace(/['’]s$/, ''));
}

export function stripAccents(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

// The rules are made once, not at every call: a regular-expression literal is a new object each
// time it is evaluated, and stem runs for every word the mapper reads (1.5 MB of garbage a
// one-light goal when the tables were built per call). None has the g or y flag, so `test` and
// `replace` keep no state between calls.
const PLURAL_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/ies$/, 'y'],
  // "shelves" -> "shelf", "halves" -> "half"; but "moves", "drives", "saves" keep their "v".
  [/lves$/, 'lf'],
  [/ves$/, 've'],
  [/sses$/, 'ss'],
  [/([^s])s$/, '$1'],
];
const SUFFIX_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/ational$/, 'ate'],
  [/ization$/, 'ize'],
  [/isation$/, 'ize'],
  [/ising$/, 'ize'],
  [/izing$/, 'ize'],
  [/ness$/, ''],
  [/ment$/, ''],
  // Only after a syllable of its own (Porter's measure): "station" and "ration" are not "state" and "rate".
  [/(?<=[aeiouy][^aeiouy]*)ation$/, 'ate'],
  [/(..)ing$/, '$1'],
  [/(..)ed$/, '$1'],
  [/(..)er$/, '$1'],
  [/(..)ly$/, '$1'],
];
const DOUBLED_CONSONANT = /([bdfgklmnprt])\1$/;
const FINAL_E = /e$/;
const BRITISH_IS = /is$/;

// A light English suffix stripper (a subset of Porter's steps): enough to equate "shelves"/"shelf",
// "scanning"/"scan", "vacancies"/"vacancy" without pulling in a stemming package.
export function stem(word: string): string {
  let current = stripAccents(word);
  if (current.length <= 3) return current;
  for (const [pattern, replacement] of PLURAL_RULES) {
    if (pattern.test(current)) {
      current = current.replace(pattern, replacement);
      break;
    }
  }
  for (const [pattern, replacement] of SUFFIX_RULES) {
    if (pattern.test(current)) {
      current = current.replace(pattern, replacement);
      break;
    }
  }
  // "scann" -> "scan", "stopp" -> "stop": undo the doubled consonant of -ing/-ed forms.
  current = current.replace(DOUBLED_CONSONANT, '$1');
  if (current.length > 3) current = current.replace(FINAL_E, '');
  // British -ise is American -ize: "Localises the robot" meets "localize".
  if (current.length >= 6) current = current.replace(BRITISH_IS, 'iz');
  return current;
}

export function containsCjk(text: string): boolean {
  return /[\u3400-\u9fff]/.test(text);
}

/** Text as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words and phrases as the alternatives of a regular expression, longest first ("and then" is tried before "and"). */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/** Phrases as alternatives, longest first, where a space between two words may be any run of whitespace ("so  that"). */
export function phraseAlternation(phrases: readonly string[]): string {
  return [...phrases].sort((a, b) => b.length - a.length).map((phrase) => phrase.split(' ').map(escapeRegExp).join('\\s+')).join('|');
}

/** A pattern that finds any of the words or phrases as whole words: `\b(?:...)\b`. */
export function anyWordPattern(words: readonly string[], flags = 'i'): RegExp {
  return new RegExp(`\\b(?:${alternation(words)})\\b`, flags);
}
