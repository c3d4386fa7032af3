/**
 * A two-state sensor says in its own state what its two states are called (a leak sensor's "wet" and
 * "dry", a smoke alarm's "smoke detected" and "clear", as Home Assistant's device classes do). Its
 * true-or-false reading is said in those words ("Stockroom Leak Sensor: dry."), not as "on is no",
 * which reads as nothing to a person and, worse, lets "on" and "off" be taken for the state asked
 * about. The planner reads the same two fields when it judges such a reading
 * (apps/coordinator/src/planner/questions.ts).
 */

import { escapeRegExp } from '@meshmind/language';

/** The state fields naming the two states, as the catalog's binary sensor declares them. */
const ON_WORD = 'on_word';
const OFF_WORD = 'off_word';

/** The device's own word for a true-or-false reading, or undefined where it names none. */
export function ownStateWord(reading: unknown, state: Readonly<Record<string, unknown>> | undefined): string | undefined {
  if (typeof reading !== 'boolean' || !state) return undefined;
  const word = reading ? state[ON_WORD] : state[OFF_WORD];
  return typeof word === 'string' && word.trim() !== '' ? word.trim() : undefined;
}

/**
 * "has the pull cord been pulled", "is the cellar floor wet?": a question in the device's own word
 * for one of its two states asks whether it is in that state, which its mapper reads as "on" or
 * "off" (a pull cord's "pulled" meets none of its functions' words, and "what it detects" answered
 * instead). The word is read as "on"/"off" only where it names nothing else the device reports (a gas
 * detector whose on word is its class "gas" keeps "gas"). Whole words or phrases, any case.
 */
export function withOwnStateWordsRead(text: string, state: Readonly<Record<string, unknown>> | undefined): string {
  if (!state) return text;
  let read = text;
  const pairs = ([[ON_WORD, 'on'], [OFF_WORD, 'off']] as const).map(([field, plain]) => ({ own: typeof state[field] === 'string' ? (state[field] as string).trim().toLowerCase() : '', plain }));
  // The longer phrase first: "not firing" before "firing".
  for (const { own, plain } of pairs.sort((left, right) => right.own.length - left.own.length)) {
    if (own === '') continue;
    const elsewhere = Object.entries(state).some(([key, value]) => key !== ON_WORD && key !== OFF_WORD && typeof value === 'string' && value.toLowerCase().split(/[\s_]+/).some((part) => own.split(/\s+/).includes(part)));
    if (elsewhere) continue;
    read = read.replace(new RegExp(`(?<![\\p{L}\\p{N}])${own.split(/\s+/).map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu'), plain);
  }
  return read;
}
