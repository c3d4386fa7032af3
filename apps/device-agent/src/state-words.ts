/**
 * A two-state sensor says in its own state what its two states are called (a leak sensor's "wet" and
 * "dry", a smoke alarm's "smoke detected" and "clear", as Home Assistant's device classes do). Its
 * true-or-false reading is said in those words ("Stockroom Leak Sensor: dry."), not as "on is no",
 * which reads as nothing to a person and, worse, lets "on" and "off" be taken for the state asked
 * about. The planner reads the same two fields when it judges such a reading
 * (apps/coordinator/src/planner/questions.ts).
 */

/** The state fields naming the two states, as the catalog's binary sensor declares them. */
const ON_WORD = 'on_word';
const OFF_WORD = 'off_word';

/** The device's own word for a true-or-false reading, or undefined where it names none. */
export function ownStateWord(reading: unknown, state: Readonly<Record<string, unknown>> | undefined): string | undefined {
  if (typeof reading !== 'boolean' || !state) return undefined;
  const word = reading ? state[ON_WORD] : state[OFF_WORD];
  return typeof word === 'string' && word.trim() !== '' ? word.trim() : undefined;
}
