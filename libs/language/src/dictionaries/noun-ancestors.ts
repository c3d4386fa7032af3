import type { PartOfSpeech, Synset } from './wordnet';

/** What nounAncestorsOf reads of WordNet's files (wordnet.ts owns them). */
export interface NounGraph {
  /** The word's base forms that WordNet knows as nouns ("heaters" -> "heater"). */
  baseForms(word: string): string[];
  /** The offsets of a noun lemma's senses, commonest first. */
  senses(lemma: string): number[];
  synset(part: PartOfSpeech, offset: number): Synset | undefined;
}

/**
 * Only the commonest senses are read: a rare sense makes a word a kind of anything ("spot" is a
 * lamp only as a spotlight, its seventh sense).
 */
const COMMON_SENSES = 3;
/** WordNet's noun hierarchy is at most about 20 deep; the walk stops there whatever the data says. */
const MOST_STEPS = 20;

/**
 * See WordNet.nounAncestors: the lemmas of every broader noun ('@' and instance '@i' pointers) of
 * the word's commonest noun senses, each with the fewest steps it takes to reach it.
 */
export function nounAncestorsOf(word: string, graph: NounGraph): ReadonlyMap<string, number> {
  const result = new Map<string, number>();
  const seen = new Map<number, number>();
  const walk = (offset: number, steps: number) => {
    if (steps > MOST_STEPS || (seen.get(offset) ?? Infinity) <= steps) return;
    seen.set(offset, steps);
    const synset = graph.synset('noun', offset);
    if (!synset) return;
    if (steps > 0) {
      for (const lemma of synset.lemmas) {
        const key = lemma.toLowerCase().replace(/_/g, ' ');
        if ((result.get(key) ?? Infinity) > steps) result.set(key, steps);
      }
    }
    for (const pointer of synset.pointers) {
      if ((pointer.symbol === '@' || pointer.symbol === '@i') && pointer.part === 'noun') walk(pointer.offset, steps + 1);
    }
  };
  for (const base of graph.baseForms(word.toLowerCase().replace(/\s+/g, '_'))) {
    for (const offset of graph.senses(base).slice(0, COMMON_SENSES)) walk(offset, 0);
  }
  return result;
}
