import { en, words, type WordNet } from '@meshmind/language';
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
  const verbOnlyWithParticle = particleOfVerbOnlyWithIt(said, wordNet);
  if (verbOnlyWithParticle !== undefined) return text.replace(new RegExp(`\\s*\\b${verbOnlyWithParticle}\\b`, 'i'), '').trim();
  const plain = plainParticle(said, wordNet);
  // Only a particle set apart from its verb ("wake the speaker up"): right after it ("charge up", "speed up by half a
  // metre per second") the phrasal verb is read whole, and a number after it is an amount the particle directs.
  if (plain === undefined || !plain.separated || /\d/.test(text) || !undirectedVerbs([...profiles]).has(plain.verb)) return text;
  const particle = said[plain.index]!.toLowerCase();
  // Only a particle said once: which of two is the verb's is not guessed.
  if (said.filter((word) => word.toLowerCase() === particle).length !== 1) return text;
  return text.replace(new RegExp(`\\s*\\b${particle}\\b`, 'i'), '').trim();
}

/**
 * "max the fan out": a word that is a verb only with its particle ("max out" is WordNet's; "max" alone
 * is no verb) carries its particle as part of its own word, set apart at the clause's end. There the
 * particle says no direction ("out" is not off), yet it was read as one and the fan was switched off.
 * The particle is read off; the word before the object says what ("max": the maximum). Undefined where
 * the opening word is a verb of its own, or no such particle ends the request.
 */
function particleOfVerbOnlyWithIt(said: readonly string[], wordNet: WordNet | undefined): string | undefined {
  const lower = said.map((word) => word.toLowerCase()).filter((word) => !en.courtesy.has(word));
  const [first] = lower;
  const particle = lower.at(-1);
  if (!wordNet || first === undefined || particle === undefined || lower.length < 3 || wordNet.isVerb(first)) return undefined;
  if (!en.phrasalParticles.includes(particle) || lower.filter((word) => word === particle).length !== 1) return undefined;
  return wordNet.verbSenses(`${first} ${particle}`).length > 0 ? particle : undefined;
}
