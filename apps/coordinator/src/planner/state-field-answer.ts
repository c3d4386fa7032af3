import { enPlanning } from '@meshmind/language';

/**
 * "are all the lights off?" answered by a brightness: a level says open or closed where nothing
 * else does (a blind at 0% is closed), but a device that keeps a two-state field of its own keeps
 * its level while off (a light switched off still reads 70%). Where the device's state has a
 * true-or-false field named by the state asked about ("on" for "off", "open" for "closed"), that
 * field answers, not the level: the home's own state model says what the word means, no word list.
 */

const READING_WORDS = enPlanning.readings;

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
