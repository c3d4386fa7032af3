import { findNumbers, type NumberMention } from '@meshmind/language';

/**
 * Fractions as people say them of a position or a level: "halfway", "half way", "a quarter",
 * "three quarters", "a third of the way", "two thirds". Each is read as a percentage of the whole
 * ("a quarter open" is 25%), so it fills a percent parameter (a cover's position, a light's
 * brightness) and nothing else: a valve that only opens or closes has no parameter to take it, and
 * the request is then honestly not executable instead of a full opening. The ordinal a denominator
 * shares its word with ("third") is not a number of its own inside a fraction.
 */
const DENOMINATORS: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, eighth: 8, eighths: 8, tenth: 10, tenths: 10 };
const NUMERATORS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, nine: 9 };
const WORD = /[a-z]+/gi;

export interface FractionMention {
  /** The fraction as a percentage of the whole. */
  percent: number;
  start: number;
  end: number;
}

export function findFractions(text: string): FractionMention[] {
  const tokens = [...text.matchAll(WORD)].map((match) => ({ lower: match[0].toLowerCase(), start: match.index!, end: match.index! + match[0].length }));
  const found: FractionMention[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (token.lower === 'halfway') {
      found.push({ percent: 50, start: token.start, end: token.end });
      continue;
    }
    const denominator = DENOMINATORS[token.lower];
    if (denominator === undefined) continue;
    const previous = tokens[index - 1];
    const numerator = previous ? NUMERATORS[previous.lower] : undefined;
    // "half" stands alone ("open it half way", "half open"); a third or a quarter needs its
    // numerator ("a third", "two thirds"), or "third" is the ordinal ("the third shelf").
    if (numerator === undefined && denominator !== 2) continue;
    // "half an hour", "half a minute" are durations, not fractions of the whole.
    const next = tokens[index + 1];
    if (denominator === 2 && next && /^(an?|hour|hours|minute|minutes|second|seconds)$/.test(next.lower)) continue;
    const start = numerator === undefined ? token.start : previous!.start;
    const value = numerator ?? 1;
    if (value >= denominator) continue;
    found.push({ percent: Math.round((value / denominator) * 1000) / 10, start, end: next?.lower === 'way' ? next.end : token.end });
  }
  return found;
}

/**
 * Number mentions with fractions read as percentages: a fraction replaces the number words inside it
 * ("three quarters" is 75%, not 3), and stands where it was said among the others.
 */
export function withFractions(text: string, mentions: readonly NumberMention[] = findNumbers(text)): NumberMention[] {
  const fractions = findFractions(text);
  if (fractions.length === 0) return [...mentions];
  const outside = mentions.filter((mention) => !fractions.some((fraction) => mention.start < fraction.end && fraction.start < mention.end));
  const asPercent = fractions.map((fraction): NumberMention => ({ value: fraction.percent, start: fraction.start, end: fraction.end, following: '%', ordinal: false }));
  return [...outside, ...asPercent].sort((left, right) => left.start - right.start);
}

/** Whether the request gives a share of the whole: "50%", "20 percent", "halfway", "a quarter". */
export function givesPercentage(text: string): boolean {
  return withFractions(text).some((mention) => /^(%|percent|per|pc)$/.test(mention.following));
}

/** Whether a parameter can take a share of the whole: its unit is %, or it is a bare number. */
export function takesPercentage(parameter: { type: string; unit?: string }): boolean {
  return (parameter.type === 'integer' || parameter.type === 'number') && (parameter.unit === undefined || parameter.unit === '' || parameter.unit === '%');
}
