import { en } from './languages/en';

/** Numbers as people write them: digits, words ("twenty-two", "four thousand"), ordinals, "half". */
export interface NumberMention {
  value: number;
  start: number;
  end: number;
  /** The word right after the number ("percent", "degrees", "m/s"), lower case. */
  following: string;
  ordinal: boolean;
}

const UNITS: Record<string, number> = {
  zero: 0, nought: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18,
  nineteenth: 19, twentieth: 20,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000 };

/** The cardinal number words `findNumbers` reads on their own ("one" ... "nineteen", "twenty" ... "ninety"). */
export const CARDINAL_WORDS: readonly string[] = [...Object.keys(UNITS), ...Object.keys(TENS)];

// Digits glued to a word ("Bot7", "rescue2025", "blue-shelf-7") are part of a name or a password, not a number.
const TOKEN = /(?<![a-z0-9]|[a-z]-)(-?\d+(?:[.,]\d+)?)(st|nd|rd|th)?|[a-z]+|[%°]|\S/gi;

const HALF = 'half';
/** The first words of the units of measure the documents name ("metre", "degree"); never a duration ("half an hour" is read by durations.ts). */
const MEASURE_WORDS = new Set(
  Object.values(en.documentWords.units)
    .flatMap((unit) => [...('words' in unit ? unit.words : []), ...('wholeWords' in unit ? unit.wholeWords : [])])
    .map((phrase) => phrase.split(' ')[0]!),
);

/** The decimal point said as a word: "one point five", "point two", "nought point seven five". */
const DECIMAL_POINT = 'point';

/** The digits said one by one after a decimal point, as a fraction: "seven five" -> 0.75; none: undefined. */
function decimalDigits(tokens: ReadonlyArray<{ lower: string; end: number }>, from: number): { value: number; next: number; end: number } | undefined {
  let digits = '';
  let cursor = from;
  while (cursor < tokens.length && UNITS[tokens[cursor]!.lower] !== undefined && UNITS[tokens[cursor]!.lower]! < 10) {
    digits += String(UNITS[tokens[cursor]!.lower]);
    cursor += 1;
  }
  return digits === '' ? undefined : { value: Number(`0.${digits}`), next: cursor, end: tokens[cursor - 1]!.end };
}

/** A demonstrative, or an article that is no indefinite ("the"): "one" after it is a pronoun. */
const pointsBack = (word: string) => en.demonstratives.has(word) || (en.articles.has(word) && !en.indefinites.has(word));

export function findNumbers(text: string): NumberMention[] {
  const tokens = [...text.matchAll(TOKEN)].map((match) => ({ text: match[0], lower: match[0].toLowerCase(), start: match.index!, end: match.index! + match[0].length, digits: match[1], suffix: match[2] }));
  const mentions: NumberMention[] = [];
  const followingOf = (index: number) => {
    const next = tokens[index];
    if (!next) return '';
    if (next.lower === 'm' && tokens[index + 1]?.text === '/' && tokens[index + 2]?.lower === 's') return 'm/s';
    if (next.lower === 'km' && tokens[index + 1]?.text === '/' && tokens[index + 2]?.lower === 'h') return 'km/h';
    return next.lower;
  };
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (token.digits !== undefined) {
      // "(3,8)": a pair in brackets is a point, two numbers, not a decimal comma.
      const pair = /^(-?\d+),(\d+)$/.exec(token.digits);
      if (pair && ['(', '['].includes(tokens[index - 1]?.text ?? '') && [')', ']'].includes(tokens[index + 1]?.text ?? '')) {
        const split = token.start + pair[1]!.length;
        mentions.push({ value: Number(pair[1]), start: token.start, end: split, following: ',', ordinal: false });
        mentions.push({ value: Number(pair[2]), start: split + 1, end: token.end, following: followingOf(index + 1), ordinal: false });
        continue;
      }
      // "21,5" is a decimal only with one or two digits after the comma; "1,000" is a thousand.
      const raw = /,\d{3}$/.test(token.digits) ? token.digits.replace(',', '') : token.digits.replace(',', '.');
      let value = Number(raw);
      let end = token.end;
      let next = index + 1;
      if (tokens[next]?.lower === 'thousand') {
        value *= 1000;
        end = tokens[next]!.end;
        next += 1;
      }
      mentions.push({ value, start: token.start, end, following: followingOf(next), ordinal: token.suffix !== undefined });
      continue;
    }
    if (ORDINALS[token.lower] !== undefined) {
      // "per second", "half a second", "in one second": the unit of time, not the ordinal.
      const previous = tokens[index - 1]?.lower ?? '';
      if (token.lower === 'second' && (/^(per|a|an|one|each|every|half)$/.test(previous) || tokens[index - 1]?.digits !== undefined)) continue;
      mentions.push({ value: ORDINALS[token.lower]!, start: token.start, end: token.end, following: followingOf(index + 1), ordinal: true });
      continue;
    }
    // "point two metres per second": a decimal without its leading nought (not the verb opening a request, "point two cameras").
    // After a determiner "point" is the noun: "at this point two robots".
    if (token.lower === DECIMAL_POINT && index > 0 && !en.determiners.has(tokens[index - 1]!.lower) && !en.quantifiers.has(tokens[index - 1]!.lower)) {
      const fraction = decimalDigits(tokens, index + 1);
      if (fraction) {
        mentions.push({ value: fraction.value, start: token.start, end: fraction.end, following: followingOf(fraction.next), ordinal: false });
        index = fraction.next - 1;
      }
      continue;
    }
    // "half a metre per second", "half a degree": a half of one unit of measure the documents use.
    if (token.lower === HALF && en.indefinites.has(tokens[index + 1]?.lower ?? '') && MEASURE_WORDS.has(tokens[index + 2]?.lower ?? '')) {
      mentions.push({ value: 0.5, start: token.start, end: tokens[index + 1]!.end, following: followingOf(index + 2), ordinal: false });
      index += 1;
      continue;
    }
    if (UNITS[token.lower] === undefined && TENS[token.lower] === undefined) continue;
    // "this one", "that one", "the one before": after a demonstrative or the definite article "one" is the pronoun for a thing named before, not a count.
    if (token.lower === 'one' && pointsBack(tokens[index - 1]?.lower ?? '') && SCALES[tokens[index + 1]?.lower ?? ''] === undefined) continue;
    let total = 0;
    let current = 0;
    let cursor = index;
    let end = token.end;
    let ordinal = false;
    while (cursor < tokens.length) {
      const word = tokens[cursor]!.lower;
      if (UNITS[word] !== undefined) current += UNITS[word]!;
      else if (TENS[word] !== undefined) current += TENS[word]!;
      // "twenty-second" is 22nd, "one second" is a second of time.
      else if (ORDINALS[word] !== undefined && cursor > index && !(word === 'second' && current < 20)) {
        current += ORDINALS[word]!;
        ordinal = true;
      } else if (SCALES[word] !== undefined) {
        total += Math.max(1, current) * SCALES[word]!;
        current = 0;
      } else if (word === '-' || (word === 'and' && tokens[cursor + 1] && (UNITS[tokens[cursor + 1]!.lower] !== undefined || TENS[tokens[cursor + 1]!.lower] !== undefined))) {
        // "twenty-two", "one hundred and five"
      } else break;
      end = tokens[cursor]!.end;
      cursor += 1;
      if (ordinal) break;
    }
    // "one and a half", "two and a half": the half joins the number.
    if (tokens[cursor]?.lower === 'and' && tokens[cursor + 1]?.lower === 'a' && tokens[cursor + 2]?.lower === 'half') {
      current += 0.5;
      end = tokens[cursor + 2]!.end;
      cursor += 3;
    }
    const fraction = !ordinal && tokens[cursor]?.lower === DECIMAL_POINT ? decimalDigits(tokens, cursor + 1) : undefined;
    if (fraction) {
      current += fraction.value;
      end = fraction.end;
      cursor = fraction.next;
    }
    // "one" as a pronoun ("go back one song" keeps it; "the previous one" has no unit after) is still a number here.
    mentions.push({ value: total + current, start: token.start, end, following: followingOf(cursor), ordinal });
    index = cursor - 1;
  }
  return mentions;
}
