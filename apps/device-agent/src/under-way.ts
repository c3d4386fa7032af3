/**
 * Whether a state word names a change still in progress: "returning", "opening", "closing". A
 * call met by such a state (return_to_dock accepts "returning") did start that change, so the
 * answer says what was done, not that there was nothing to do. State values are the catalog's
 * identifiers, written in English: a progressive participle ends in "ing" after a stem of at
 * least three letters ("ring", "king" are not changes).
 */
export function namesChangeUnderWay(value: unknown): boolean {
  // "heading_home": the participle opens the phrase.
  return typeof value === 'string' && /^[a-z]{3,}ing$/i.test(value.split(/[_\s]/)[0] ?? '');
}
