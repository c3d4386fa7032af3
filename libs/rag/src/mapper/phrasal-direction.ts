import { en, stem, type WordNet } from '@meshmind/language';
import { relativeDirection } from '../arguments/parameter-values';
import { phrasalMeansVerb } from './phrasal-senses';

/**
 * "wake up the speaker": the "up" of a phrasal verb that means its plain verb ("wake up" is first
 * "awaken, wake, waken, ...") is part of the verb, not a direction of more. Where the document names
 * that plain verb as the action of a function with no direction of its own ("Wakes the player from
 * standby"), the particle points at no raising or lowering function. "speed up the fan" keeps its
 * direction where "speed" is the word of a function that raises or lowers ("increase_speed"), and
 * "turn up the volume" keeps it everywhere: "turn up" is first "appear", no sense of "turn".
 */

/** The stem of the verb whose particle is the request's only word of direction, where the phrasal verb means the plain verb. */
export function particleVerb(words: readonly string[], wordNet: WordNet | undefined): string | undefined {
  return plainParticle(words, wordNet)?.verb;
}

/** particleVerb's verb stem with the position of its particle among the words. */
export function plainParticle(words: readonly string[], wordNet: WordNet | undefined): { verb: string; index: number; separated: boolean } | undefined {
  if (!wordNet) return undefined;
  const lower = words.map((word) => word.toLowerCase());
  const index = lower.findIndex((word, position) => position > 0 && en.verbParticles.has(word) && relativeDirection(word) !== 0);
  if (index < 0) return undefined;
  const rest = lower.filter((_word, position) => position !== index).join(' ');
  if (relativeDirection(rest) !== 0) return undefined;
  // "wake the speaker up": a particle that ends the request belongs to the verb that opens it.
  let end = lower.length - 1;
  while (end > index && en.courtesy.has(lower[end]!)) end -= 1;
  const verbs = [lower[index - 1]!, ...(index === end && index > 1 ? [lower[0]!] : [])];
  const verb = verbs.find((word) => phrasalMeansVerb(word, lower[index]!, wordNet));
  return verb === undefined ? undefined : { verb: stem(verb), index, separated: verb !== lower[index - 1] };
}

interface DirectedProfile {
  actionStems: ReadonlySet<string>;
  direction: 1 | -1 | 0;
}

/** Stems that only functions with no direction name as their action: the particle of such a verb says no direction in this document. */
export function undirectedVerbs(profiles: readonly DirectedProfile[]): Set<string> {
  const directed = new Set(profiles.filter((profile) => profile.direction !== 0).flatMap((profile) => [...profile.actionStems]));
  return new Set(profiles.filter((profile) => profile.direction === 0).flatMap((profile) => [...profile.actionStems]).filter((key) => !directed.has(key)));
}
