import { en, type WordNet } from '@meshmind/language';

const PARTICLES: readonly string[] = en.phrasalParticles;

/**
 * What it reads: a phrasal verb typed as one word, its particle run into its verb ("switchon the bedroom light",
 * "turnoff the fan", "shutoff the water"). Why: no word, it was read by its parts' letters alone, and "switchon" switched
 * the light off (issue #17, home27). A word WordNet does not know, that ends in one of the language's particles after a
 * verb, where WordNet knows the verb and that particle as one phrasal verb ("switch_on"), is read as the two words. A word
 * WordNet knows ("lockup", "setup", "checkout") or the device's document writes stays as typed.
 */
export function withParticleApart(text: string, wordNet: WordNet | undefined, written: ReadonlySet<string> = new Set()): string {
  if (!wordNet) return text;
  return text.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase();
    if (lower.length < 5 || written.has(lower) || wordNet.isKnown(lower)) return word;
    const particle = PARTICLES.find((candidate) => lower.endsWith(candidate) && lower.length - candidate.length >= 3);
    if (!particle) return word;
    const verb = lower.slice(0, -particle.length);
    return wordNet.isVerb(verb) && wordNet.isVerb(`${verb}_${particle}`) ? `${word.slice(0, verb.length)} ${word.slice(verb.length)}` : word;
  });
}
