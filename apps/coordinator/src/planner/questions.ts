import { en, enPlanning } from '@meshmind/language';
import type { QuestionSpec } from './planner';
import { genericTwoStateWord, sameEndAnswer, stateFieldAnswer } from './state-field-answer';
import { anyOf } from './word-patterns';

/** Words around the state word of a question or condition; "on" and "off" are not among them. */
export const QUESTION_STOP = en.questionStopwords;

const DETERMINERS = en.determiners;

/** Antonyms of state words, so "is the door closed?" can be answered by an `is_open` reading. */
export const STATE_ANTONYMS = en.stateAntonyms;

const QUESTION_WORDS = enPlanning.questions;
const READING_WORDS = enPlanning.readings;
const COPULAS = [...enPlanning.copulas.present, ...enPlanning.copulas.past];
const QUESTION_OPENER = new RegExp(`^${anyOf(QUESTION_WORDS.openers)}\\b`, 'i');
const COUNT = new RegExp(`^${anyOf(QUESTION_WORDS.countOpeners)}\\b`);
const WHICH = new RegExp(`^${anyOf(QUESTION_WORDS.whichAskers)}\\b`);
const { any: ANY_WORDS } = QUESTION_WORDS;
// "is there any light on", "are any windows open"; "any ... open" with the state closing the question.
const ANY = new RegExp(
  `^${anyOf(COPULAS)} (?:${anyOf(ANY_WORDS.existential)} )?${anyOf(ANY_WORDS.quantifiers)}\\b|\\b${anyOf(ANY_WORDS.inner)}\\b.*\\b${anyOf(ANY_WORDS.closingStates)}$`,
);
const ALL = new RegExp(`^${anyOf(enPlanning.copulas.present)} ${anyOf(QUESTION_WORDS.all.quantifiers)}\\b`);
const YES_NO = new RegExp(`^${anyOf(QUESTION_WORDS.yesNoOpeners)}\\b`);
const PRESENCE = new Set(QUESTION_WORDS.presence.words);

/**
 * Whether a clause asks for a reading by its opening word ("is", "which", "check") or by its
 * question mark: the question detection's test, also read by the allocation's answer.
 */
export function questionOpening(text: string): boolean {
  return QUESTION_OPENER.test(text) || /\?\s*$/.test(text);
}

/** "check the apples off the list": an opener that, with its particle a few words on, orders a change. */
function commandWithParticle(first: string, tokens: readonly string[]): boolean {
  const particles = QUESTION_WORDS.commandWithParticle[first];
  return particles !== undefined && tokens.slice(1, 6).some((token) => particles.includes(token));
}

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
  const asked = (!commandWithParticle(first, tokens) && QUESTION_OPENER.test(first)) || raw.trim().endsWith('?');
  if (!asked) return null;
  // "what is on the shopping list": "on" before a determiner is a preposition, not the state asked about.
  const preposition = (index: number) => QUESTION_WORDS.prepositionsBeforeDeterminer.includes(tokens[index]!) && DETERMINERS.has(tokens[index + 1] ?? '');
  const content = tokens.filter((token, index) => !referenceTokens.has(index) && !nameTokens.has(index) && !QUESTION_STOP.has(token) && !/^\d/.test(token) && !preposition(index));
  // "is anyone in the living room?" asks whether presence is detected there.
  const presence = content.some((token) => PRESENCE.has(token)) ? QUESTION_WORDS.presence.state : undefined;
  const expect = presence ?? stateWordOf(content);
  if (COUNT.test(joined)) return { form: 'how_many', ...(expect ? { expect } : {}) };
  // "what's playing on the sonos": one device said by its whole name is no set to pick from; its reading answers.
  if (WHICH.test(first) && expect && STATE_ANTONYMS[expect] !== undefined && !oneNameSaid(nameTokens)) return { form: 'which', expect };
  if (ANY.test(joined) && expect) return { form: 'any', expect };
  if (ALL.test(joined) && expect) return { form: 'all', expect };
  if (YES_NO.test(first) && expect && STATE_ANTONYMS[expect] !== undefined) return { form: 'yes_no', expect };
  return { form: 'value' };
}

/** Whether the words of names said whole form exactly one run: one device named, not "the hall light or the porch light". */
function oneNameSaid(nameTokens: ReadonlySet<number>): boolean {
  const positions = [...nameTokens].sort((left, right) => left - right);
  return positions.length > 0 && positions.every((position, index) => index === 0 || position === positions[index - 1]! + 1);
}

/**
 * The state word a question or condition is about: the first word that names a state ("is the
 * garage door open on the first floor" -> "open", not the preposition "on"), else the last word.
 */
export function stateWordOf(content: string[]): string | undefined {
  const states = content.filter((token) => STATE_ANTONYMS[token] !== undefined);
  const notPrepositions = states.filter((token) => !QUESTION_WORDS.prepositionalStates.includes(token));
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
    // "is the smoke alarm going off?": a device that names its two states is not judged by "on" and "off".
    if (genericTwoStateWord(expected)) return undefined;
  }
  if (typeof reading === 'string') {
    const value = words(reading);
    const form = READING_WORDS.stateForms[expected];
    if (value.includes(expected) || (form !== undefined && value.includes(form))) return true;
    if (opposite && value.includes(opposite)) return false;
    // "are any of the radiators off?" answered "closed" by a valve's state: both name the end at a level's zero.
    const byEnd = sameEndAnswer(value, expected, true);
    if (byEnd !== undefined) return byEnd;
    return value.length > 0 ? false : undefined;
  }
  if (typeof reading === 'number') {
    // A light off at 70%: the device's own on/off field, where it has one, says it rather than its level.
    const byField = stateFieldAnswer(expected, opposite, state);
    if (byField !== undefined) return byField;
    // Levels (position, brightness, speed, volume): 0 is closed or off, anything above is open or on.
    if (en.levelStates.aboveZero.includes(expected)) return reading > 0;
    if (en.levelStates.atZero.includes(expected)) return reading === 0;
    return undefined;
  }
  if (typeof reading === 'boolean') {
    const meaning = words(queryFunction ?? '').filter((word) => !READING_WORDS.queryWords.includes(word));
    if (meaning.includes(expected)) return reading;
    if (opposite && meaning.includes(opposite)) return !reading;
    // "is the dehumidifier running?" read by `is_on`: both words name the end above a level's zero.
    const byEnd = sameEndAnswer(meaning, expected, reading);
    if (byEnd !== undefined) return byEnd;
    if (READING_WORDS.trueWords.includes(expected)) return reading;
    if (READING_WORDS.falseWords.includes(expected)) return !reading;
    return undefined;
  }
  return undefined;
}
