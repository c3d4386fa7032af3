import { en, isFunctionWord, type WordNet } from '@meshmind/language';

/**
 * A glossed name's words without the verbs that open a phrasal verb of it: FreeDict renders French
 * "connecter" as "connect up, plug in", and "plug" then stood in python-fr's "connecter_wifi" as a
 * noun, whose WordNet kinds (a plug is packaging, a stopper) made "pick up the box on shelf 4" name a
 * thing the robot's document holds, so no check declined driving to the shelf. A word followed by a
 * particle with which WordNet knows it as one verb ("plug_in", "connect_up") is that verb, and is
 * left out of what the name is read as naming; the particle stays, as do every other word and the
 * lexical field (function-views.ts keeps its own reading).
 */
export function withoutPhrasalOpeners(nameWords: readonly string[], wordNet: WordNet | undefined): string[] {
  if (!wordNet) return [...nameWords];
  return nameWords.filter((word, at) => {
    const next = nameWords[at + 1];
    // A particle or a preposition (closed classes: "in" is no particle of on/off) after it.
    const particle = next !== undefined && (en.verbParticles.has(next) || isFunctionWord(next, 'en'));
    return !(particle && wordNet.isVerb(`${word.toLowerCase()}_${next}`) && !wordNet.canBe(`${word.toLowerCase()}_${next}`, 'noun'));
  });
}
