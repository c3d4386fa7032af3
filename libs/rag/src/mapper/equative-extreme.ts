import { alternation, basesOf, en, type WordNet } from '@meshmind/language';

/**
 * What it reads: an end of a scale said as an equal comparison with what the device can do: "as dim as it goes", "as
 * loud as it will go", "make the fan go as fast as it can", "as bright as possible". Why: read word by word, the
 * adjective alone was a level's word with no amount ("as dim as it goes" stepped to 50, "sound as loud as it goes"
 * read the volume, "thermostat as high as it goes" read the room's temperature): the comparison says the far end in
 * the adjective's direction. It is read as the language's comparative of that adjective with "all the way" ("dimmer
 * all the way", "louder all the way"), which the readers of a level's end already take to the end of the scale. Only
 * an adjective whose comparative the language lists as a direction (en.relativeDirection: "brighter", "quieter"); the
 * comparison is with the device itself (it, they) or with what is possible, so "as soon as it goes off" stays.
 */

const COMPARATIVES: readonly string[] = [...en.relativeDirection.up, ...en.relativeDirection.down].filter((word) => /^\p{L}+er$/u.test(word));
/** "as X as it goes", "as X as they will go", "as X as it can", "as X as possible": the comparison's second half. */
const EQUATIVE = new RegExp(String.raw`\bas\s+(\p{L}+)\s+as\s+(?:possible|(?:it|they)(?:'ll|\s+(?:will|can|could|would|'ll))?(?:\s+(?:goes|go|gets|get))?)(?=\s*(?:[,.!?]|$|(?:${alternation([...en.courtesy])})\b))`, 'giu');

/** The request with an equal comparison to the end of a scale read as the comparative all the way; unchanged otherwise. */
export function withEquativeExtreme(text: string, wordNet: WordNet | undefined): string {
  if (!wordNet) return text;
  return text.replace(EQUATIVE, (whole, adjective: string) => {
    const word = adjective.toLowerCase();
    const comparative = COMPARATIVES.find((listed) => basesOf(listed, wordNet).includes(word));
    return comparative ? `${comparative} all the way` : whole;
  });
}
