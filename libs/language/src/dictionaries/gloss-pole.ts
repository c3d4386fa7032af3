/**
 * Which end a sense is by its gloss and its antonym's, where neither opens with a negation: one gloss holds a word
 * that is a negating prefix and a word of the other's ("disable": "make unable to perform a certain action";
 * "enable": "render capable or able for some task"), so it is the negative end. 0 where neither does.
 * `negatingPrefix` splits a word into the language's negating prefix and the rest (wordnet.ts's NEGATING_PREFIX).
 */
export function negatedInGloss(own: string, opposite: string, negatingPrefix: RegExp): -1 | 0 | 1 {
  const wordsOf = (gloss: string) => new Set(gloss.split(/[;"]/)[0]!.toLowerCase().match(/[a-z]+/g) ?? []);
  const negates = (gloss: Set<string>, other: Set<string>) => [...gloss].some((word) => { const match = negatingPrefix.exec(word); return match !== null && other.has(match[2]!); });
  const [mine, theirs] = [wordsOf(own), wordsOf(opposite)];
  if (negates(mine, theirs) && !negates(theirs, mine)) return -1;
  if (negates(theirs, mine) && !negates(mine, theirs)) return 1;
  return 0;
}
