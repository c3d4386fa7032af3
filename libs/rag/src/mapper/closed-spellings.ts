import type { Lexicon } from '@meshmind/language';

/** Letters on each side of each hyphen, two at least: "x-y" is two coordinates, not the chromosome pair "xy". */
const HYPHENED = /^\p{L}{2,}(?:-\p{L}{2,})+$/u;

/**
 * A dictionary's gloss spells a word with a hyphen that people write closed: CC-CEDICT glosses
 * "无线网络" as "wireless network; wi-fi", and a request says "wifi". Split at the hyphen, "wi" and
 * "fi" meet nothing, so a Chinese document's WiFi functions lacked the one word every English
 * document has. Where WordNet knows the closed spelling, it is kept beside the hyphened one (which a
 * request may also write); a hyphened word WordNet does not know closed ("self-acting") stays as it is.
 */
export function withClosedSpellings(words: readonly string[], wordNet: Lexicon['wordNet'] | undefined): string[] {
  if (!wordNet) return [...words];
  return words.flatMap((word) => {
    const bare = word.replace(/[;,.:]+$/, '');
    if (!HYPHENED.test(bare)) return [word];
    const closed = bare.toLowerCase().replace(/-/g, '');
    return wordNet.isKnown(closed) ? [word, closed] : [word];
  });
}
