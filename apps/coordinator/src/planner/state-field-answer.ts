import { en, enPlanning } from '@meshmind/language';

/**
 * What a reading says of a state word it does not name, from the device's own state model (no word
 * list of devices): questions.ts's `readingMatches` asks these where the reading alone cannot tell.
 * - A level says open or closed where nothing else does (a blind at 0% is closed), but a light
 *   switched off keeps its 70%: where the state has a true-or-false field named by the word asked
 *   ("on" for "off", "open" for "closed"), that field answers ("are all the lights off?").
 * - A sensor that names its two states ("smoke detected" / "clear") is not judged by "on" and "off".
 * - A plug's `is_on` answers "running" and "stopped": the same ends of its two states.
 */

const READING_WORDS = enPlanning.readings;
const LEVEL_STATES = en.levelStates;

/**
 * Whether a word is one of the generic words for true and false ("on", "off", "yes"): a two-state
 * sensor that names its own states ("smoke detected" / "clear") is not judged by them, since "is the
 * smoke alarm going off?" asks whether it sounds, not whether it is off.
 */
export function genericTwoStateWord(word: string): boolean {
  return READING_WORDS.trueWords.includes(word) || READING_WORDS.falseWords.includes(word);
}

/** The words of a state field's name: "motion_detected" -> ["motion", "detected"]. */
function fieldWords(field: string): string[] {
  return field.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/**
 * Whether the device is in the `expected` state by a true-or-false field of its state named by that
 * word (true means it) or by its `opposite` (true means the opposite); undefined where no field, or
 * more than one that disagree, is so named.
 */
export function stateFieldAnswer(expected: string, opposite: string | undefined, state: Readonly<Record<string, unknown>>): boolean | undefined {
  const verdicts = new Set<boolean>();
  for (const [field, value] of Object.entries(state)) {
    if (typeof value !== 'boolean') continue;
    const named = fieldWords(field);
    if (named.includes(expected)) verdicts.add(value);
    else if (opposite !== undefined && named.includes(opposite)) verdicts.add(!value);
  }
  return verdicts.size === 1 ? [...verdicts][0] : undefined;
}

/** Which end of a level a state word names: 1 above zero (on, open, running), -1 at zero (off, closed, stopped). */
function levelEnd(word: string): 1 | -1 | undefined {
  if (LEVEL_STATES.aboveZero.includes(word)) return 1;
  if (LEVEL_STATES.atZero.includes(word)) return -1;
  return undefined;
}

/**
 * "is the dehumidifier running?" read by a plug's `is_on`: the query's own state word ("on") and the
 * word asked ("running") name ends of the same two states, the ends a level's zero divides (on, open,
 * active, running against off, closed, stopped), so a true "on" answers "running" and "stopped" the
 * other way. Undefined where either word names no end.
 */
export function sameEndAnswer(queryWords: readonly string[], expected: string, reading: boolean): boolean | undefined {
  const asked = levelEnd(expected);
  if (asked === undefined) return undefined;
  const ends = new Set(queryWords.map(levelEnd).filter((end) => end !== undefined));
  if (ends.size !== 1) return undefined;
  return [...ends][0] === asked ? reading : !reading;
}
