import { alternation, phraseAlternation } from '@meshmind/language';

/**
 * A language's words and phrases as one group of a pattern's alternatives, longest first and
 * escaped (`alternation`), so the planner's patterns are built from data and hold no word.
 */
export function anyOf(words: readonly string[]): string {
  return `(?:${alternation(words)})`;
}

/** As `anyOf`, with any run of white space between the words of a phrase ("at  least", "of\nthe"). */
export function anyOfSpaced(words: readonly string[]): string {
  return `(?:${phraseAlternation(words)})`;
}
