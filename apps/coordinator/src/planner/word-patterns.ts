import { alternation, escapeRegExp, phraseAlternation, type UnitWords } from '@meshmind/language';

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

/**
 * The units said after a number as one group of alternatives, longest first: a unit with its
 * qualifiers ("degrees celsius"; after a symbol no space is needed, "°c"), an abbreviation only
 * where a word ends ("l", not the first letter of "lamps").
 */
export function unitAlternatives(units: UnitWords): string {
  const qualified = (unit: string) => {
    const qualifiers = units.qualifiers?.[unit];
    if (!qualifiers || !Object.hasOwn(units.qualifiers!, unit)) return escapeRegExp(unit);
    return /^\p{L}/u.test(unit) ? `${escapeRegExp(unit)}(?:\\s+${anyOf(qualifiers)})?` : `${escapeRegExp(unit)}\\s*${anyOf(qualifiers)}?`;
  };
  const forms = [...units.words.map((unit) => ({ unit, pattern: qualified(unit) })), ...(units.abbreviations ?? []).map((unit) => ({ unit, pattern: `${escapeRegExp(unit)}\\b` }))];
  return forms
    .sort((a, b) => b.unit.length - a.unit.length)
    .map((form) => form.pattern)
    .join('|');
}
