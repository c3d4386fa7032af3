/**
 * Comparisons in conditions: "if the study is colder than 18 degrees", "when the cellar humidity is
 * above 70%", "if the oil tank has less than 500 litres". The condition becomes a reading of the
 * device and a numeric test the coordinator applies to it, instead of a state word ("is the study
 * degrees?") that no reading can match.
 *
 * Which way a comparison points is English grammar, not the home's vocabulary: a comparative of
 * more or of less, or a preposition of above or below. The comparatives (and the quantities of
 * temperature they name, since no document spells that "colder" means a lower reading) are English
 * data (`en.comparatives`).
 */
import { en, enPlanning, fillTemplate } from '@meshmind/language';
import { anyOf, anyOfSpaced, unitAlternatives } from './word-patterns';

export type ComparisonBound = 'above' | 'below' | 'at_least' | 'at_most';

export interface Comparison {
  operator: ComparisonBound;
  value: number;
  /** The unit word said after the number ("degrees", "%", "litres"); empty when none. */
  unit: string;
  /** The comparative as said ("colder than", "above"), for the answer. */
  said: string;
  /** The condition without the comparison: what is being read ("the study", "the cellar humidity"). */
  subject: string;
  /** The quantity the comparative names ("temperature" for colder), when it names one. */
  quantity?: string;
  /** Where the comparison ends in the text read: a request said without a comma may follow it. */
  end: number;
}

const MORE = en.comparatives.more;
const LESS = en.comparatives.less;
const QUANTITY_OF = en.comparatives.quantityOf;
const WORDS = enPlanning.comparisons;
const NUMBER = String.raw`(-?\d+(?:[.,]\d+)?)`;
const UNIT = String.raw`(?:\s*(${unitAlternatives(enPlanning.units.comparison)}))?`;
const UNIT_SYMBOLS = enPlanning.units.symbols;
const READING = enPlanning.answers.reading;
const SUBJECT_OPENER = new RegExp(`^${anyOf(READING.subjectOpeners)}\\s+`, 'i');
// "more humid than 70%", "less windy than 20": an adjective between "more" or "less" and "than" is
// what is compared (the planner reads which quantity it names); the bound is that of "more" or "less".
const COMPARED_ADJECTIVE = String.raw`(?:\s+[a-z]+(?=\s+(?:${anyOf(WORDS.than)})\b))?`;
const COMPARATIVE = new RegExp(
  String.raw`\b(?:(${anyOf(WORDS.negations)})\s+)?(?:(${anyOfSpaced([...WORDS.atLeast, ...WORDS.atMost])})|(${anyOf([...MORE, ...LESS])})${COMPARED_ADJECTIVE}(?:\s+(${anyOf(WORDS.than)}))?)\s+${NUMBER}${UNIT}`,
  'i',
);
// "the tank has less than ...", "it's below ...": the linking words before the comparison are not the subject.
const SUBJECT_LINK = new RegExp(String.raw`\b${anyOf(WORDS.subjectLinks)}\s*$`, 'i');

/** A bound as said ("at  least"), in the spelling of the language's list. */
function boundAsListed(bound: string): string {
  return bound.toLowerCase().replace(/\s+/g, ' ');
}

function operatorOf(word: string, negated: boolean, bound: string | undefined): ComparisonBound {
  if (bound) return WORDS.atLeast.includes(boundAsListed(bound)) ? 'at_least' : 'at_most';
  const more = MORE.includes(word.toLowerCase());
  // "no more than 20" is at most 20; "not below 5" is at least 5.
  if (negated) return more ? 'at_most' : 'at_least';
  return more ? 'above' : 'below';
}

/** A unit as written for the answer: a spelled unit with a symbol becomes the symbol ("percent" -> "%"). */
function symbolOf(unit: string): string {
  return Object.hasOwn(UNIT_SYMBOLS, unit) ? UNIT_SYMBOLS[unit]! : unit;
}

export function readComparison(condition: string): Comparison | null {
  const match = COMPARATIVE.exec(condition);
  if (!match) return null;
  const [whole, negation, bound, word, than, number, unit] = match;
  const value = Number(number!.replace(',', '.'));
  if (!Number.isFinite(value)) return null;
  const comparative = (word ?? '').toLowerCase();
  const subject = `${condition.slice(0, match.index)} ${condition.slice(match.index + whole.length)}`
    .replace(SUBJECT_LINK, '')
    .replace(/\s+/g, ' ')
    .trim();
  const quantity = QUANTITY_OF[comparative];
  return {
    operator: operatorOf(comparative, negation !== undefined, bound),
    value,
    unit: symbolOf((unit ?? '').toLowerCase().replace(/\s+/g, '')),
    said: bound ? boundAsListed(bound) : `${comparative}${than ? ` ${than.toLowerCase()}` : ''}`,
    subject,
    ...(quantity ? { quantity } : {}),
    end: match.index + whole.length,
  };
}

/**
 * "the mower has more than 80 percent battery": the word after the number is the quantity compared
 * where the home's devices read by it, and is no longer part of the subject ("the mower").
 */
export function withReadingAfter(comparison: Comparison, condition: string, isReadingWord: (word: string) => boolean): Comparison {
  if (comparison.quantity) return comparison;
  const word = /^\s*([a-z]+)\b/i.exec(condition.slice(comparison.end))?.[1]?.toLowerCase();
  if (!word || !isReadingWord(word)) return comparison;
  const subject = comparison.subject.replace(new RegExp(`\\s*\\b${word}\\b\\s*$`, 'i'), '').replace(SUBJECT_LINK, '').trim();
  return { ...comparison, quantity: word, subject };
}

/** The value with its unit as said: "18 degrees", "70%". */
export function withUnit(value: number | string, unit: string): string {
  return unit === '' || /^[%°]/.test(unit) ? `${value}${unit}` : `${value} ${unit}`;
}

/** A reading's number, where it is one: a number, or a number with its unit ("420 L", "17.5 °C"). */
export function readingNumber(reading: unknown): number | undefined {
  const said = typeof reading === 'string' ? /^\s*(-?\d+(?:\.\d+)?)\s*[^\d\s]*\s*$/.exec(reading)?.[1] : undefined;
  return typeof reading === 'number' ? reading : said !== undefined ? Number(said) : undefined;
}

/** Whether a reading passes the test; undefined when the reading is no number. */
export function comparisonHolds(reading: unknown, operator: ComparisonBound, value: number): boolean | undefined {
  const number = readingNumber(reading);
  if (number === undefined) return undefined;
  switch (operator) {
    case 'above':
      return number > value;
    case 'below':
      return number < value;
    case 'at_least':
      return number >= value;
    case 'at_most':
      return number <= value;
  }
}

/** The quantity a unit names ("degrees", "°C": temperature); undefined for one that names none ("%"). */
function quantityOfUnit(unit: string): string | undefined {
  return Object.entries(READING.quantityOfUnit).find(([beginning]) => unit.startsWith(beginning))?.[1];
}

/** The quantity a comparison reads: named by its comparative ("colder") or its unit ("degrees"). */
export function comparedQuantity(comparison: Pick<Comparison, 'quantity' | 'unit'>): string | undefined {
  return comparison.quantity ?? quantityOfUnit(comparison.unit);
}

/** The question that reads the compared quantity: "What is the temperature of the study?" */
export function readingQuestion(comparison: Comparison, subject: string): string {
  // A unit that names no quantity of its own asks for the reading itself, as a generic sensor's document calls it.
  const unitQuantity = quantityOfUnit(comparison.unit);
  const quantity = comparison.quantity ?? unitQuantity ?? (comparison.unit !== '' && comparison.unit !== '%' ? READING.otherQuantity : undefined);
  const named = comparison.subject.replace(SUBJECT_OPENER, '').trim();
  // "the cellar humidity" already names its quantity; "the study" needs the one the comparative names.
  if (quantity && !new RegExp(`\\b${quantity}\\b`, 'i').test(named)) return fillTemplate(READING.ofSubject, { quantity, subject });
  return fillTemplate(READING.named, { subject: named || subject });
}
