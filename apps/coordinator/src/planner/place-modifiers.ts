/**
 * Words before a kind noun that say a place, not a name (issue #17, over-broad reference): "the
 * meeting room lights", where the home has "Meeting Room 1" and "Meeting Room 2" and no place is
 * called "Meeting Room" alone, so the parser found no place. Read as name words, "meeting" named no
 * light and "room" named the "Print Room Light", which was switched on alone. Where some of the
 * words no device of the kind carries in its own name or alias, and every word is a word of the
 * name or an alias of some devices' places, they name those places: each of them, as "the lights in
 * meeting room 1 and meeting room 2". Read from the home's own names, so it holds in any home.
 */
import { singularForms, tokenize } from '@meshmind/language';
import type { PlannerDevice } from './planner';
import { withoutPossessive } from './text';

function forms(word: string): string[] {
  return [word, withoutPossessive(word), ...singularForms(word)];
}

function wordsOf(phrases: readonly string[]): Set<string> {
  return new Set(phrases.flatMap((phrase) => tokenize(phrase)).flatMap(forms));
}

/** Whether `words` holds the word or one of its forms. */
function holds(words: ReadonlySet<string>, word: string): boolean {
  return forms(word).some((form) => words.has(form));
}

/**
 * The devices of `pool` whose place's name or alias holds every one of `modifiers`, where some
 * modifier is in no device's own name or alias; null where the words do not say a place that way.
 */
export function narrowByPlaceModifiers(pool: readonly PlannerDevice[], modifiers: readonly string[]): PlannerDevice[] | null {
  if (modifiers.length === 0 || pool.length < 2) return null;
  const labels = pool.map((device) => wordsOf([device.name, ...device.aliases]));
  if (modifiers.every((word) => labels.some((label) => holds(label, word)))) return null;
  const there = pool.filter((device) => {
    const place = device.area ? wordsOf([device.area.name, ...device.area.aliases]) : new Set<string>();
    return modifiers.every((word) => holds(place, word));
  });
  return there.length > 0 ? there : null;
}
