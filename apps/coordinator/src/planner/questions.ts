import { en } from '@meshmind/language';
import type { QuestionSpec } from './planner';

/** Words around the state word of a question or condition; "on" and "off" are not among them. */
export const QUESTION_STOP = en.questionStopwords;

const DETERMINERS = en.determiners;

/** Antonyms of state words, so "is the door closed?" can be answered by an `is_open` reading. */
export const STATE_ANTONYMS = en.stateAntonyms;

/**
 * Recognises a question and its form from its first words. `referenceTokens` are the positions of
 * device, area and floor words, left out when looking for the state word asked about. `nameTokens`
 * are the words of device names said whole: a name that opens with "Is" or holds "how many" asks nothing.
 */
export function detectQuestion(
  tokens: readonly string[],
  referenceTokens: Set<number>,
  raw: string,
  nameTokens: ReadonlySet<number> = new Set(),
): Omit<QuestionSpec, 'group' | 'text'> | null {
  // A name's words stand as one mark no pattern below matches.
  const spoken = tokens.map((token, index) => (nameTokens.has(index) ? '·' : token));
  const first = spoken[0] ?? '';
  const joined = spoken.join(' ');
  // "check the apples off the list" ticks them off: with its particle, "check" is a command.
  const checkOff = first === 'check' && tokens.slice(1, 6).includes('off');
  const asked = (!checkOff && /^(is|are|was|were|does|do|did|has|have|what|whats|which|how|tell|show|list|check|any)\b/.test(first)) || raw.trim().endsWith('?');
  if (!asked) return null;
  // "what is on the shopping list": "on" before a determiner is a preposition, not the state asked about.
  const preposition = (index: number) => ['on', 'off', 'in'].includes(tokens[index]!) && DETERMINERS.has(tokens[index + 1] ?? '');
  const content = tokens.filter((token, index) => !referenceTokens.has(index) && !nameTokens.has(index) && !QUESTION_STOP.has(token) && !/^\d/.test(token) && !preposition(index));
  // "is anyone in the living room?" asks whether presence is detected there.
  const presence = content.some((token) => /^(anyone|anybody|someone|somebody)$/.test(token)) ? 'detected' : undefined;
  const expect = presence ?? stateWordOf(content);
  if (/^how many\b/.test(joined)) return { form: 'how_many', ...(expect ? { expect } : {}) };
  if (/^(which|what)\b/.test(first) && expect && STATE_ANTONYMS[expect] !== undefined) return { form: 'which', expect };
  if (/^(is|are|were|was) (there )?(any|anything)\b|\bany\b.*\b(on|open|unlocked|locked|off|closed)$/.test(joined) && expect) return { form: 'any', expect };
  if (/^(is|are) (all|every|everything)\b/.test(joined) && expect) return { form: 'all', expect };
  if (/^(is|are|was|were|does|do|has)\b/.test(first) && expect && STATE_ANTONYMS[expect] !== undefined) return { form: 'yes_no', expect };
  return { form: 'value' };
}

/**
 * The state word a question or condition is about: the first word that names a state ("is the
 * garage door open on the first floor" -> "open", not the preposition "on"), else the last word.
 */
export function stateWordOf(content: string[]): string | undefined {
  const states = content.filter((token) => STATE_ANTONYMS[token] !== undefined);
  const notPrepositions = states.filter((token) => token !== 'on' && token !== 'off');
  return notPrepositions[0] ?? states[0] ?? content.at(-1);
}

function words(value: string): string[] {
  return value.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/**
 * Whether a reading means the expected state. A string reading is compared as words ("open",
 * "locked"); a boolean reading takes its meaning from the query that produced it (`is_open`
 * true means "open"); antonyms answer the opposite word.
 */
export function readingMatches(
  reading: unknown,
  expect: string,
  queryFunction: string | undefined,
  state: Record<string, unknown> = {},
): boolean | undefined {
  const expected = expect.toLowerCase();
  const opposite = STATE_ANTONYMS[expected];
  // A device may say in its state what its two boolean states are called (a binary sensor's "wet"/"dry").
  if (typeof reading === 'boolean' && typeof state.on_word === 'string' && typeof state.off_word === 'string') {
    const onWord = state.on_word.toLowerCase();
    const offWord = state.off_word.toLowerCase();
    if (expected === onWord || (opposite !== undefined && opposite === offWord)) return reading;
    if (expected === offWord || (opposite !== undefined && opposite === onWord)) return !reading;
  }
  if (typeof reading === 'string') {
    const value = words(reading);
    if (value.includes(expected) || (expected === 'close' && value.includes('closed'))) return true;
    if (opposite && value.includes(opposite)) return false;
    return value.length > 0 ? false : undefined;
  }
  if (typeof reading === 'number') {
    // Levels (position, brightness, speed, volume): 0 is closed or off, anything above is open or on.
    if (en.levelStates.aboveZero.includes(expected)) return reading > 0;
    if (en.levelStates.atZero.includes(expected)) return reading === 0;
    return undefined;
  }
  if (typeof reading === 'boolean') {
    const meaning = words(queryFunction ?? '').filter((word) => word !== 'is' && word !== 'get');
    if (meaning.includes(expected)) return reading;
    if (opposite && meaning.includes(opposite)) return !reading;
    if (expected === 'on' || expected === 'yes' || expected === 'true') return reading;
    if (expected === 'off' || expected === 'no' || expected === 'false') return !reading;
    return undefined;
  }
  return undefined;
}
