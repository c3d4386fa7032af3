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
/** WordNet's lexicographer file of made things (lexnames: 06 is noun.artifact). */
const ARTIFACT_FILE = 6;

/**
 * Which senses the walk starts from: the commonest few ('common'), or only the commonest sense that
 * names a made thing ('made'): a device is a made thing, so its name means what the name commonly
 * names among made things. "Stove" is first a kitchen appliance and only second a heater; "radiator"
 * is first a radiating body (no made thing) and then the heater, before a car's cooling mechanism.
 * 'first' reads the commonest sense alone: what a word of a note means there ("volume" of a player's
 * volume_up is first an amount of space, never the book of its third sense).
 */
export type AncestorSenses = 'common' | 'made' | 'first';

/**
 * See WordNet.nounAncestors: the lemmas of every broader noun ('@' and instance '@i' pointers) of
 * the word's commonest noun senses, each with the fewest steps it takes to reach it.
 */
export function nounAncestorsOf(word: string, graph: NounGraph, senses: AncestorSenses = 'common'): ReadonlyMap<string, number> {
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
    const offsets = graph.senses(base);
    const starts = senses === 'common' ? offsets.slice(0, COMMON_SENSES) : senses === 'first' ? offsets.slice(0, 1) : offsets.filter((offset) => graph.synset('noun', offset)?.file === ARTIFACT_FILE).slice(0, 1);
    for (const offset of starts) walk(offset, 0);
  }
  return result;
}
