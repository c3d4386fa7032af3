import { en, type WordNet } from '@meshmind/language';

/**
 * "open youtube on the TV", "play some jazz on the speaker": "on" there heads a place phrase, it is no
 * particle saying the device should be on. Read as a word of the request it met turn_on's own name in
 * the lexical scores and beat select_source and play (issue #17). A particle word is a preposition
 * where a determiner follows it and the word before it is an object, not a verb it makes a phrasal
 * verb with: neither one of the verbs that take particles right before it (`en.phrasalVerbs`: "turn
 * on the TV") nor, by WordNet, a phrasal verb with it a few words back ("put youtube on the telly"). Retrieval reads the request without such
 * a preposition; the evidence already reads it so (evidence.ts `isPreposition`).
 */
/** How far back a particle's verb may stand, its object between: "put the kids' film on the TV". */
const REACH = 4;

export function withoutPlaceParticle(text: string, wordNet: WordNet | undefined): string {
  const tokens = text.split(/\s+/).filter((token) => token !== '');
  const bare = (token: string | undefined) => (token ?? '').toLowerCase().replace(/[^\p{L}\p{N}'’-]/gu, '');
  const kept = tokens.filter((token, index) => {
    const word = bare(token);
    if (index === 0 || !en.verbParticles.has(word) || !en.determiners.has(bare(tokens[index + 1]))) return true;
    // A comma or stop before it ends the clause the particle would belong to: keep it as said.
    if (/[,.;:!?]$/.test(tokens[index - 1]!)) return true;
    if (en.phrasalVerbs.has(bare(tokens[index - 1]))) return true;
    // "put youtube on the telly": a verb a few words back whose particle it is, by WordNet ("put on").
    for (let back = index - 1; back >= Math.max(0, index - REACH); back -= 1) {
      const before = bare(tokens[back]);
      if (en.verbParticles.has(before)) return false;
      if (wordNet?.isVerb(`${before}_${word}`) === true) return true;
    }
    return false;
  });
  return kept.length === tokens.length ? text : kept.join(' ');
}
