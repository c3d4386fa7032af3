import { alternation, CARDINAL_WORDS, durationMs, en, enPlanning, tokenize, withoutCourtesy } from '@meshmind/language';
import { readComparison } from './comparison';
import { opensWithCondition, placeBeforeRequest } from './condition-place';
import { anyOf } from './word-patterns';
import { withoutAskingForSpeaker } from './asked-request';
import { answeredQuestion } from './answered-question';

/** A clause's words alone, to tell whether a clause is the sentence it came from. */
const plainWords = (text: string) => text.toLowerCase().replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim();

/** A piece of a goal with how it relates to the piece before it. */
export interface Clause {
  text: string;
  /** Must wait for everything said before it ("then", "after that"). */
  sequential: boolean;
  delayMs?: number;
  /** The condition this clause depends on ("if the garage is open"), as its own text. */
  condition?: { text: string };
  /** The sentence opens with a condition ("if ...") that could not be told from its request: never run it without one. */
  conditionUnread?: boolean;
}

// Not "next": "next track" is a request, not a sequence.
const SEQUENCE = new RegExp(`^(?:${alternation(en.sequenceWords)})\\b\\s*`, 'i');
const SEPARATORS = new RegExp(`(\\s*(?:[;!?]|,(?!\\d)|\\.(?!\\d))\\s*|\\s+(?:${alternation([...en.sequenceWords, ...en.clauseConjunctions])})\\s+)`, 'i');

// "in 10 minutes", "after a couple of hours", "in half an hour": the amount and the unit are the words durationMs reads.
const DELAY = new RegExp(
  `\\b(?:${alternation(en.delayPrepositions)})\\s+(?:${anyOf(enPlanning.delays.beforeAmount)}\\s+)?(\\d+(?:\\.\\d+)?|${alternation([...Object.keys(en.vagueAmounts), ...CARDINAL_WORDS])})(?:\\s+${anyOf(enPlanning.delays.afterAmount)})?\\s+(${alternation(Object.keys(en.durationUnits))})s?\\b`,
  'i',
);

/** Finds "in 10 minutes" and similar; returns the delay and the text without it. */
export function extractDelay(text: string): { text: string; delayMs?: number } {
  const match = DELAY.exec(text);
  if (!match) return { text };
  const delayMs = durationMs(match[1]!, match[2]!) ?? 60_000;
  return { text: `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`.replace(/\s+/g, ' ').trim(), delayMs };
}

// "when the humidity is above 70%, start the fan": a "when" clause before the request is read as its condition, checked now.
const CONDITION_WORDS = enPlanning.conditions;
const CONDITION = new RegExp(`^${anyOf([...CONDITION_WORDS.anywhere, ...CONDITION_WORDS.leadingOnly])}\\s+(.+?)(?:\\s*,\\s*|\\s+${anyOf(CONDITION_WORDS.thenWords)}\\s+)(.+)$`, 'i');
const TRAILING_CONDITION = new RegExp(`^(.+?)\\s+${anyOf(CONDITION_WORDS.anywhere)}\\s+(.+)$`, 'i');
// "is the fan on if ...": a request that opens with a linking verb asks; its "if" is no condition of it.
const OPENS_WITH_COPULA = new RegExp(`\\b${anyOf(enPlanning.copulas.present)}\\b`);
const COMPARISON_OPENING = new RegExp(`^${anyOf(CONDITION_WORDS.beforeComparison)}\\s+`, 'i');
// "if it is over 20 degrees upstairs": a place after the comparison belongs to the condition.
const PLACE_FIRST = new RegExp(`^${anyOf(enPlanning.placeWords)}\\b`, 'i');

/** A stretch of a goal the splitter must leave whole: [start, end) in the goal's characters. */
export interface KeptWhole {
  start: number;
  end: number;
}

// Each kept stretch stands in the text as one placeholder while the rules run: private-use
// characters, so no separator, "if", "then" or delay rule can match in it or across it.
const PLACEHOLDER_OPEN = '\uE000';
const PLACEHOLDER_CLOSE = '\uE001';
const PLACEHOLDER_FIRST_INDEX = 0xe100;
const PLACEHOLDER = /\uE000([\uE100-\uF8FE])\uE001/gu;
const PRIVATE_USE = /[\uE000-\uF8FF]/gu;
const HAS_PLACEHOLDER = /\uE000[\uE100-\uF8FE]\uE001/u;
/** One kept stretch as a whole word: a name the caller asked to keep (a device's, a place's). */
const KEPT_UNIT = /^\uE000[\uE100-\uF8FE]\uE001$/u;

/** Whether a piece says nothing: no word, and no kept stretch (which has no token characters). */
function saysNothing(piece: string): boolean {
  return tokenize(piece).length === 0 && !HAS_PLACEHOLDER.test(piece);
}

function hideKept(goal: string, kept: readonly KeptWhole[]): { text: string; reveal(text: string): string } {
  // Private-use characters carry no words; ones the person typed go, so none can pass for a placeholder.
  const plain = goal.replace(PRIVATE_USE, ' ');
  const ordered = [...kept].sort((a, b) => a.start - b.start).filter((span, index, all) => index === 0 || span.start >= all[index - 1]!.end);
  let text = '';
  let position = 0;
  ordered.forEach((span, index) => {
    text += plain.slice(position, span.start) + PLACEHOLDER_OPEN + String.fromCharCode(PLACEHOLDER_FIRST_INDEX + index) + PLACEHOLDER_CLOSE;
    position = span.end;
  });
  text += plain.slice(position);
  const reveal = (hidden: string) => hidden.replace(PLACEHOLDER, (_match, code: string) => {
    const span = ordered[code.charCodeAt(0) - PLACEHOLDER_FIRST_INDEX]!;
    return plain.slice(span.start, span.end);
  });
  return { text, reveal };
}

/**
 * Splits a goal into clauses. Commas, "and" and "then" separate clauses; "then" and "after that"
 * make the next clause wait for the ones before. "if X, Y" and "Y if X" make Y depend on X.
 * `keepWhole` marks stretches (a device's name) that are never cut and whose words are never read
 * as a separator, a condition or a delay.
 */
export function splitClauses(goal: string, keepWhole: readonly KeptWhole[] = [], isReadingWord: (word: string) => boolean = () => false): Clause[] {
  if (keepWhole.length === 0) return splitText(goal, isReadingWord);
  const { text, reveal } = hideKept(goal, keepWhole);
  return splitText(text, isReadingWord).map((clause) => ({
    ...clause,
    text: reveal(clause.text),
    ...(clause.condition ? { condition: { text: reveal(clause.condition.text) } } : {}),
  }));
}

function splitText(goal: string, isReadingWord: (word: string) => boolean): Clause[] {
  // "please can I have the heating at 20": a request for what follows, not a question.
  const text = withoutAskingForSpeaker(withoutCourtesy(goal)).trim();
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Za-z])/);
  const clauses: Clause[] = [];
  for (const [index, sentence] of sentences.entries()) {
    // "is the TV on? if not, turn it on": the question just asked is the condition (answered-question.ts), asked no more by itself.
    const answered = answeredQuestion(sentences[index - 1], sentence);
    if (answered) {
      if (clauses.length > 0 && plainWords(clauses.at(-1)!.text) === plainWords(sentences[index - 1]!)) clauses.pop();
      for (const clause of splitPlain(answered.request)) clauses.push({ ...clause, condition: { text: answered.condition } });
      continue;
    }
    const conditional = CONDITION.exec(sentence.trim()) ?? null;
    if (conditional) {
      const condition = conditional[1]!.trim();
      for (const clause of splitPlain(conditional[2]!)) clauses.push({ ...clause, condition: { text: condition } });
      continue;
    }
    const comparing = comparisonWithoutComma(sentence.trim(), isReadingWord);
    if (comparing) {
      for (const clause of splitPlain(comparing.request)) clauses.push({ ...clause, condition: { text: comparing.condition } });
      continue;
    }
    const trailing = TRAILING_CONDITION.exec(sentence.trim());
    if (trailing && !OPENS_WITH_COPULA.test(trailing[1]!.split(/\s+/)[0] ?? '')) {
      for (const clause of splitPlain(trailing[1]!)) clauses.push({ ...clause, condition: { text: trailing[2]!.replace(/[.?!]+$/, '').trim() } });
      continue;
    }
    if (opensWithCondition(sentence)) {
      clauses.push({ text: sentence.trim(), sequential: false, conditionUnread: true });
      continue;
    }
    clauses.push(...splitPlain(sentence));
  }
  return clauses;
}

/** "if the humidity is over 55 percent turn on the fan": the number and its unit close the condition. */
function comparisonWithoutComma(sentence: string, isReadingWord: (word: string) => boolean): { condition: string; request: string } | null {
  const opening = COMPARISON_OPENING.exec(sentence);
  if (!opening) return null;
  const rest = sentence.slice(opening[0].length);
  const comparison = readComparison(rest);
  if (!comparison) return placesWithoutComma(rest);
  let request = rest.slice(comparison.end).trim();
  // "if the mower has more than 80 percent battery start it": a word a device reads by, said after the number, is the condition's.
  const [first, ...after] = request.split(/\s+/);
  if (first && after.length > 0 && isReadingWord(first.toLowerCase())) {
    const end = comparison.end + rest.slice(comparison.end).indexOf(first) + first.length;
    request = rest.slice(end).trim();
    if (!/^[a-z]/i.test(request)) return null;
    return { condition: rest.slice(0, end).trim(), request };
  }
  if (PLACE_FIRST.test(request) || KEPT_UNIT.test(request.split(/\s+/)[0] ?? '')) {
    const placed = placeBeforeRequest(request, (word) => KEPT_UNIT.test(word));
    return placed ? { condition: `${rest.slice(0, comparison.end).trim()} ${placed.place}`, request: placed.request } : null;
  }
  if (!/^[a-z]/i.test(request)) return null;
  return { condition: rest.slice(0, comparison.end).trim(), request };
}

// "if the kitchen is colder than the garden turn on the lamp": a place (or name) kept whole after "than" closes a comparison of two places.
const THAN_KEPT = new RegExp(
  `\\b${anyOf([...en.comparatives.more, ...en.comparatives.less])}\\s+${anyOf(enPlanning.comparisons.than)}\\s+(?:${anyOf(enPlanning.definiteArticles)}\\s+)?\uE000[\uE100-\uF8FE]\uE001`,
  'iu',
);

function placesWithoutComma(rest: string): { condition: string; request: string } | null {
  const match = THAN_KEPT.exec(rest);
  if (!match) return null;
  const end = match.index + match[0].length;
  const request = rest.slice(end).trim();
  return /^[a-z]/i.test(request) ? { condition: rest.slice(0, end).trim(), request } : null;
}

function splitPlain(text: string): Clause[] {
  const parts = text.split(SEPARATORS);
  const clauses: Clause[] = [];
  let sequentialNext = false;
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index]!;
    if (index % 2 === 1) {
      if (SEQUENCE.test(part.trim())) sequentialNext = true;
      continue;
    }
    let piece = part.trim();
    if (SEQUENCE.test(piece)) {
      sequentialNext = true;
      piece = piece.replace(SEQUENCE, '');
    }
    if (saysNothing(piece)) continue;
    const { text: withoutDelay, delayMs } = extractDelay(piece);
    if (saysNothing(withoutDelay)) continue;
    clauses.push({ text: withoutDelay, sequential: sequentialNext, ...(delayMs ? { delayMs } : {}) });
    sequentialNext = false;
  }
  return clauses;
}

