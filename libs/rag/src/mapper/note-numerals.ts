/**
 * A numeral in a vendor's note is a value or the end of a range ("Regal mit Nummer 1 bis N",
 * "0,1 bis 2,0 Meter pro Sekunde"), never a word to translate: FreeDict's German-English entry for
 * "1" is "first, 1st" and for "2" "second", so read through the dictionary the shelf function's
 * note said "first" and a speed note "second", and "Navigate to shelf #15" met the ordinals in the
 * wrong functions. A numeral is kept as written, as an English note's numbers are.
 */
const NUMERAL = /^\d+$/;

/** The dictionary's translations without those of the notes' numerals. */
export function withoutNumeralTranslations(translations: Map<string, string[]>): Map<string, string[]> {
  for (const word of [...translations.keys()]) if (NUMERAL.test(word)) translations.delete(word);
  return translations;
}
