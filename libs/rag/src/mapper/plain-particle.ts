import { words, type WordNet } from '@meshmind/language';
import type { FunctionProfile } from './evidence';
import { plainParticle, undirectedVerbs } from './phrasal-direction';

/**
 * "wake the speaker up": the particle of a phrasal verb that means its plain verb ("wake up" is first
 * "awaken, wake, ...") says no more than the verb, and where only functions with no direction name
 * that verb ("Wakes the player from standby") it says no direction either. Left in the request, its
 * word still met volume_up's name ("up") and outranked turn_on; phrasal-direction.ts already drops its
 * direction, and this drops the word: the request is read as "wake the speaker". "speed up the fan"
 * and "turn the volume up" keep theirs (a raising function names "speed"; "turn up" is no "turn").
 * Said right after its verb ("wake up the speaker") the phrasal verb already reads well as a whole.
 */
export function withoutPlainParticle(text: string, profiles: Iterable<FunctionProfile>, wordNet: WordNet | undefined): string {
  const said = words(text);
  const plain = plainParticle(said, wordNet);
  // Only a particle set apart from its verb ("wake the speaker up"): right after it ("charge up", "speed up by half a
  // metre per second") the phrasal verb is read whole, and a number after it is an amount the particle directs.
  if (plain === undefined || !plain.separated || /\d/.test(text) || !undirectedVerbs([...profiles]).has(plain.verb)) return text;
  const particle = said[plain.index]!.toLowerCase();
  // Only a particle said once: which of two is the verb's is not guessed.
  if (said.filter((word) => word.toLowerCase() === particle).length !== 1) return text;
  return text.replace(new RegExp(`\\s*\\b${particle}\\b`, 'i'), '').trim();
}
