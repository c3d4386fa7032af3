import { en } from '../languages/en';
import type { RequestLanguageData } from '../languages/language';
import { findNumbers, type NumberMention } from '../numbers';

/**
 * Fractions as people say them of a position or a level: "halfway", "half way", "a quarter",
 * "three quarters", "a third of the way", "two thirds". Each is read as a percentage of the whole
 * ("a quarter open" is 25%), so it fills a percent parameter (a cover's position, a light's
 * brightness) and nothing else: a valve that only opens or closes has no parameter to take it, and
 * the request is then honestly not executable instead of a full opening. The ordinal a denominator
 * shares its word with ("third") is not a number of its own inside a fraction. The words are the
 * language's (`fractions` of its data).
 */
export interface FractionMention {
  /** The fraction as a percentage of the whole. */
  percent: number;
  start: number;
  end: number;
}

const WORD = /[a-z]+/gi;

export function findFractions(text: string, language: RequestLanguageData = en): FractionMention[] {
  const { denominators, numerators, wholeWords, trailingWord, notAfterHalf } = language.fractions;
  const tokens = [...text.matchAll(WORD)].map((match) => ({ lower: match[0].toLowerCase(), start: match.index!, end: match.index! + match[0].length }));
  const found: FractionMention[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    const whole = wholeWords[token.lower];
    if (whole !== undefined) {
      found.push({ percent: whole, start: token.start, end: token.end });
      continue;
    }
    const denominator = denominators[token.lower];
    if (denominator === undefined) continue;
    const previous = tokens[index - 1];
    // "another quarter", "a further third": one fraction more, its additive word left before it to say so (rag's added-amount reading).
    const added = previous !== undefined && (language.fractions.addedNumerators ?? []).includes(previous.lower);
    const numerator = added ? 1 : previous ? numerators[previous.lower] : undefined;
    // "half" stands alone ("open it half way", "half open"); a third or a quarter needs its
    // numerator ("a third", "two thirds"), or "third" is the ordinal ("the third shelf").
    if (numerator === undefined && denominator !== 2) continue;
    // "half an hour", "half a minute" are durations, not fractions of the whole.
    const next = tokens[index + 1];
    if (denominator === 2 && next && notAfterHalf.includes(next.lower)) continue;
    // "a quarter of an hour", "an hour and a half": a fraction of a unit of time is part of a duration.
    if (ofTime(tokens, index, language)) continue;
    const start = numerator === undefined || added ? token.start : previous!.start;
    const value = numerator ?? 1;
    if (value >= denominator) continue;
    found.push({ percent: Math.round((value / denominator) * 1000) / 10, start, end: next?.lower === trailingWord ? next.end : token.end });
  }
  return found;
}

/** Where a fraction of a unit of time is said, its numerator with it ("three quarters" of "three quarters of an hour"). */
function timeFractions(text: string, language: RequestLanguageData = en): { start: number; end: number }[] {
  const tokens = [...text.matchAll(WORD)].map((match) => ({ lower: match[0].toLowerCase(), start: match.index!, end: match.index! + match[0].length }));
  return tokens.flatMap((token, index) => {
    if (language.fractions.denominators[token.lower] === undefined || !ofTime(tokens, index, language)) return [];
    const previous = tokens[index - 1];
    return [{ start: previous && language.fractions.numerators[previous.lower] !== undefined ? previous.start : token.start, end: token.end }];
  });
}

/**
 * Whether the fraction at `index` is of a unit of time: "of a(n)" and the unit after it ("a quarter of an hour",
 * "three quarters of an hour"), or one unit and "and a(n)" before it ("an hour and a half"). The units are the language's `durationUnits`; "of", "and", "a" and "an" English's closed grammar.
 */
function ofTime(tokens: readonly { lower: string }[], index: number, language: RequestLanguageData): boolean {
  const unit = (at: number) => { const word = tokens[at]?.lower; return word !== undefined && language.durationUnits?.[word.replace(/s$/, '')] !== undefined; };
  const article = (at: number) => tokens[at]?.lower === 'a' || tokens[at]?.lower === 'an';
  if (tokens[index + 1]?.lower === 'of' && ((article(index + 2) && unit(index + 3)) || unit(index + 2))) return true;
  // Only after one unit ("an hour and a half"): "3 hours and a half" is left to ask, its whole not read here.
  return article(index - 1) && tokens[index - 2]?.lower === 'and' && unit(index - 3) && article(index - 4);
}

/**
 * Number mentions with fractions read as percentages: a fraction replaces the number words inside it
 * ("three quarters" is 75%, not 3), and stands where it was said among the others.
 */
export function withFractions(text: string, found: readonly NumberMention[] = findNumbers(text), fractions: readonly FractionMention[] = findFractions(text)): NumberMention[] {
  // "three quarters of an hour": the numerator of a fraction of time is no number of its own (the duration is read whole).
  const timed = timeFractions(text);
  const mentions = timed.length === 0 ? found : found.filter((mention) => !timed.some((span) => mention.start < span.end && span.start < mention.end));
  // "one and a half" is a number that holds its half: the half is no fraction of the whole there.
  const own = fractions.filter((fraction) => !mentions.some((mention) => mention.start < fraction.start && fraction.end <= mention.end));
  if (own.length === 0) return [...mentions];
  const outside = mentions.filter((mention) => !own.some((fraction) => mention.start < fraction.end && fraction.start < mention.end));
  const asPercent = own.map((fraction): NumberMention => ({ value: fraction.percent, start: fraction.start, end: fraction.end, following: '%', ordinal: false }));
  return [...outside, ...asPercent].sort((left, right) => left.start - right.start);
}
