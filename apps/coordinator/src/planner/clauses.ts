import { normalise } from './text';

/** A piece of a goal with how it relates to the piece before it. */
export interface Clause {
  text: string;
  /** Must wait for everything said before it ("then", "after that"). */
  sequential: boolean;
  delayMs?: number;
  /** The condition this clause depends on ("if the garage is open"), as its own text. */
  condition?: { text: string };
}

// Not "next": "next track" is a request, not a sequence.
const SEQUENCE = /^(?:and then|then|after that|afterwards|and after that|once done)\b\s*/i;
const SEPARATORS = /(\s*(?:[;!?]|,(?!\d)|\.(?!\d))\s*|\s+(?:and then|then|after that|afterwards|and also|also|and|plus)\s+)/i;

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty five': 45, sixty: 60, ninety: 90, half: 0.5, couple: 2, few: 3,
};
const UNIT_MS: Record<string, number> = { second: 1000, sec: 1000, minute: 60_000, min: 60_000, hour: 3_600_000, hr: 3_600_000 };
const DELAY = /\b(?:in|after|within)\s+(?:an?\s+)?(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|sixty|ninety|half|couple|few)(?:\s+of)?\s+(seconds?|secs?|minutes?|mins?|hours?|hrs?)\b/i;

/** Finds "in 10 minutes" and similar; returns the delay and the text without it. */
export function extractDelay(text: string): { text: string; delayMs?: number } {
  const match = DELAY.exec(text);
  if (!match) return { text };
  const amountWord = match[1]!.toLowerCase();
  const amount = /^\d/.test(amountWord) ? Number(amountWord) : (NUMBER_WORDS[amountWord] ?? 1);
  const unit = match[2]!.toLowerCase().replace(/s$/, '');
  const delayMs = Math.round(amount * (UNIT_MS[unit] ?? 60_000));
  return { text: `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`.replace(/\s+/g, ' ').trim(), delayMs };
}

const CONDITION = /^(?:if|in case|provided that|only if)\s+(.+?)(?:\s*,\s*|\s+then\s+)(.+)$/i;
const TRAILING_CONDITION = /^(.+?)\s+(?:if|in case|provided that|only if)\s+(.+)$/i;

/**
 * Splits a goal into clauses. Commas, "and" and "then" separate clauses; "then" and "after that"
 * make the next clause wait for the ones before. "if X, Y" and "Y if X" make Y depend on X.
 */
export function splitClauses(goal: string): Clause[] {
  const text = goal.replace(/^\s*(?:please|hey|ok|okay|could you|can you|would you)\b[\s,]*/i, '').trim();
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Za-z])/);
  const clauses: Clause[] = [];
  for (const sentence of sentences) {
    const conditional = CONDITION.exec(sentence.trim()) ?? null;
    if (conditional) {
      const condition = conditional[1]!.trim();
      for (const clause of splitPlain(conditional[2]!)) clauses.push({ ...clause, condition: { text: condition } });
      continue;
    }
    const trailing = TRAILING_CONDITION.exec(sentence.trim());
    if (trailing && !/\b(?:is|are)\b/.test(trailing[1]!.split(/\s+/)[0] ?? '')) {
      for (const clause of splitPlain(trailing[1]!)) clauses.push({ ...clause, condition: { text: trailing[2]!.replace(/[.?!]+$/, '').trim() } });
      continue;
    }
    clauses.push(...splitPlain(sentence));
  }
  return clauses;
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
    if (normalise(piece).length === 0) continue;
    const { text: withoutDelay, delayMs } = extractDelay(piece);
    if (normalise(withoutDelay).length === 0) continue;
    clauses.push({ text: withoutDelay, sequential: sequentialNext, ...(delayMs ? { delayMs } : {}) });
    sequentialNext = false;
  }
  return clauses;
}

