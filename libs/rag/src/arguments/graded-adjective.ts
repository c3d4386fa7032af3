import type { WordNet } from '@meshmind/language';

/**
 * English's suffixes of grade, a closed class of morphology: "quietest", "quieter" (-est, -er), with a
 * final y written i ("noisiest") and a doubled consonant ("biggest").
 */
const GRADED = /^(\p{L}{2,}?)(i?)(?:est|er)$/u;

/**
 * The request with each adjective of a higher grade said as its base ("the quietest setting" -> "the quiet
 * setting", "a stronger suction" -> "a strong suction"), so an option named by the base ("quiet", "strong") is
 * found in it: the option list of a document names each grade by its base word, and a person picking the end
 * of the list says it as a superlative. A word is read so only where its base is an adjective to WordNet and
 * the word itself is no other word it knows ("water", "tower", "power" stay).
 */
export function withBaseGrades(text: string, wordNet: WordNet | undefined): string {
  if (!wordNet) return text;
  return text.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase();
    const match = GRADED.exec(lower);
    if (!match || wordNet.canBe(lower, 'noun') || wordNet.canBe(lower, 'verb')) return word;
    const stem = match[1]!;
    const bases = match[2] ? [`${stem}y`] : [stem, `${stem}e`, ...(/(\p{L})\1$/u.test(stem) ? [stem.slice(0, -1)] : [])];
    return bases.find((base) => wordNet.canBe(base, 'adj')) ?? word;
  });
}
