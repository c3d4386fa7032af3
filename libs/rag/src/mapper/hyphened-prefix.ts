import { enMapping, alternation, type WordNet } from '@meshmind/language';

/** "un-pause", "de-select": a negating prefix of English verbs set off by a hyphen (a closed class of the language). */
const HYPHENED = new RegExp(`\\b(${alternation(enMapping.negatingPrefixes.verbs)})-([a-z]{3,})\\b`, 'gi');
/** "un pause", "un mute": the same prefix set off by a space, as speech-to-text and a hurried thumb write it; lower case ("UN" is a name). */
const SPACED = new RegExp(`(?<![\\p{L}\\p{N}'-])(${alternation(enMapping.negatingPrefixes.verbs)}) +([a-z]{3,})\\b`, 'gu');

/**
 * "un-pause the telly", "un mute the tv": a verb's negating prefix written with a hyphen or a space is one word with it,
 * as "unpause" is. Split off, the request was read as "un pause the telly", and the pause it asked to undo was done
 * ("un mute the tv" muted it, "un lock the front door" locked it). Joined only where the word after the prefix is a
 * verb WordNet knows, so a name with a hyphen ("de-luxe") stays as written.
 */
export function withJoinedPrefix(text: string, wordNet: WordNet | undefined): string {
  if (!wordNet) return text;
  const joined = (whole: string, prefix: string, base: string) => (wordNet.isVerb(base.toLowerCase()) ? `${prefix}${base}` : whole);
  return text.replace(HYPHENED, joined).replace(SPACED, joined);
}
