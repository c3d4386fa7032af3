import { enMapping, alternation, type WordNet } from '@meshmind/language';

/** "un-pause", "de-select": a negating prefix of English verbs set off by a hyphen (a closed class of the language). */
const HYPHENED = new RegExp(`\\b(${alternation(enMapping.negatingPrefixes.verbs)})-([a-z]{3,})\\b`, 'gi');

/**
 * "un-pause the telly": a verb's negating prefix written with a hyphen is one word with it, as
 * "unpause" is. Split at the hyphen, the request read as "un pause the telly", and the pause it asked
 * to undo was done. Joined only where the word after the hyphen is a verb WordNet knows, so a name
 * with a hyphen ("de-luxe") stays as written.
 */
export function withJoinedPrefix(text: string, wordNet: WordNet | undefined): string {
  if (!wordNet) return text;
  return text.replace(HYPHENED, (whole, prefix: string, base: string) => (wordNet.isVerb(base.toLowerCase()) ? `${prefix}${base}` : whole));
}
