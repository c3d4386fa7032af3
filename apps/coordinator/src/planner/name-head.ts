/**
 * The nouns a device's own name or alias calls it by (issue #17, over-broad reference). The head
 * of an English noun phrase is its last word before any phrase that qualifies it: "Outside Light
 * by the Door" is a light, not a door, so "lock all the doors" must not reach it. And a word of the
 * name that the device's kind itself is called by ("Bedside Lamp Right": the light's nouns hold
 * "lamp") names it as much as its last word does, so "the lamps" finds both bedside lamps, not only
 * the one with an alias that ends in "lamp".
 */
import { en } from '@meshmind/language';

const FUNCTION_WORDS = en.plannerStopwords;

/** The head word of a name said as words: the last word before the first function word after the first word. */
export function nameHead(labelWords: readonly string[]): string | undefined {
  const cut = labelWords.findIndex((word, index) => index > 0 && FUNCTION_WORDS.has(word));
  return (cut > 0 ? labelWords.slice(0, cut) : labelWords).at(-1);
}

/** The nouns a label gives its device: its head, and any word of it that is a noun of the device's kind. */
export function ownLabelNouns(labelWords: readonly string[], kindNouns: readonly string[]): string[] {
  const head = nameHead(labelWords);
  const kindWords = new Set(kindNouns.filter((noun) => !noun.includes(' ')));
  const nouns = labelWords.filter((word, index) => index < labelWords.length - 1 && word !== head && kindWords.has(word));
  return head ? [head, ...nouns] : nouns;
}
