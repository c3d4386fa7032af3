import { CARDINAL_WORDS, editDistance, stem, type WordNet } from '@meshmind/language';

/** A derived form (WordNet's derivation pointers): "shelve" -> "shelf". */
const DERIVED_WEIGHT = 0.8;
const CARDINALS = new Set(CARDINAL_WORDS);

/**
 * "travel to shelve 11", "go to rak 5": the word right before a number names the numbered thing, a
 * noun. Where the word said there cannot be a noun, it is read as the document's noun it is nearest
 * to: the noun it is derived from ("shelve" is to put on a shelf) or, failing that, one a letter or
 * two away. A word that can be a noun ("a speed of 2", "position 4") is left as said, as is any word
 * the documents use themselves. Undefined where the word stays.
 */
export function numberedNoun(word: string, next: string | undefined, vocabulary: ReadonlySet<string>, wordNet: WordNet): string | undefined {
  if (next === undefined || !(/^\d+$/.test(next) || CARDINALS.has(next.toLowerCase()))) return undefined;
  if (word.length < 4 || !/^[a-z]+$/.test(word) || vocabulary.has(word) || wordNet.canBe(word, 'noun')) return undefined;
  const nouns = [...vocabulary].filter((known) => wordNet.canBe(known, 'noun'));
  const derived = new Set<string>();
  for (const [key, weight] of wordNet.related(word, 'verb')) {
    if (weight < DERIVED_WEIGHT) continue;
    for (const noun of nouns) if (stem(noun) === key) derived.add(noun);
  }
  if (derived.size === 1) return [...derived][0];
  const limit = word.length >= 8 ? 2 : word.length >= 5 ? 2 : 1;
  let best: { words: string[]; distance: number } | undefined;
  for (const noun of nouns) {
    const distance = editDistance(word, noun, limit);
    if (distance > limit) continue;
    if (!best || distance < best.distance) best = { words: [noun], distance };
    else if (distance === best.distance) best.words.push(noun);
  }
  return best?.words.length === 1 ? best.words[0] : undefined;
}
