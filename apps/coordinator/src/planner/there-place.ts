/**
 * "turn the fan on in the conservatory if it's above 23 degrees in there": "there" in a condition
 * that names no place of its own is the place its request names. The condition is read with that
 * place in the pro-form's stead ("it's above 23 degrees in the conservatory"), so its reading is
 * taken there and not from whatever device was spoken of last.
 */

/** "there" as a word; "in there" keeps one "in", and any other word before it ("on there", "out there") is kept. */
const THERE = /\b(?:in\s+)?there\b/i;

/**
 * The condition with its "there" replaced by the request's place words ("in the attic"); null when
 * the condition has no "there" or the request names no place. An existential "there" ("if there is
 * ...") opens its clause and is left alone. No word but "there" is dropped: "the lamp is on there"
 * reads "the lamp is on in the attic", keeping its state.
 */
export function conditionWithRequestPlace(condition: string, requestPlace: readonly string[]): string | null {
  if (requestPlace.length === 0) return null;
  const match = THERE.exec(condition);
  if (!match || condition.slice(0, match.index).trim() === '') return null;
  return `${condition.slice(0, match.index)}in the ${requestPlace.join(' ')}${condition.slice(match.index + match[0].length)}`;
}
