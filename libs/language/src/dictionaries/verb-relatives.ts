import { stem } from '../tokenize';
import type { PartOfSpeech, Synset } from './wordnet';

/** What verbRelativesOf reads of WordNet's files (wordnet.ts owns them). */
export interface VerbGraph {
  /** The word's base forms that WordNet knows as verbs. */
  baseForms(word: string): string[];
  /** The offsets of a verb lemma's senses, commonest first. */
  senses(lemma: string): number[];
  synset(part: PartOfSpeech, offset: number): Synset | undefined;
}

const SYNONYM_WEIGHT = 0.9;
const CLOSE_WEIGHT = 0.8;
const LOOSE_WEIGHT = 0.55;
/** Broader and narrower verbs are read for this many of the commonest senses. */
const COMMON_SENSES = 3;
/**
 * A broader verb that at most this many verbs narrow is a close relation: "map" (chart, plot) says
 * what "chart" does; "move" (92 narrower verbs) or "make" says little of what "lift" or "print" does.
 */
const SPECIFIC_HYPERNYM_TROPONYMS = 12;
/** Verb pointers as close as a derivation: entailment, cause, verb group, see also, antonym, derivation. */
const CLOSE_VERB_POINTERS = new Set(['*', '>', '$', '^', '!', '+']);

const narrowers = (synset: Synset) => synset.pointers.filter((pointer) => pointer.symbol === '~').length;
const broaderWeight = (synset: Synset) => (narrowers(synset) <= SPECIFIC_HYPERNYM_TROPONYMS ? CLOSE_WEIGHT : LOOSE_WEIGHT);

/** See WordNet.verbRelatives. */
export function verbRelativesOf(word: string, graph: VerbGraph): ReadonlyMap<string, number> {
  const result = new Map<string, number>();
  const add = (lemma: string, weight: number) => {
    // A phrasal lemma ("move_up" for "lift") is not its head verb: moving up is not what "move" names.
    if (lemma === '' || lemma.includes('_')) return;
    const key = stem(lemma.toLowerCase());
    if ((result.get(key) ?? 0) < weight) result.set(key, weight);
  };
  for (const base of graph.baseForms(word.toLowerCase().replace(/\s+/g, '_'))) {
    add(base, 1);
    for (const [rank, offset] of graph.senses(base).entries()) {
      const synset = graph.synset('verb', offset);
      if (!synset) continue;
      // Broader and narrower verbs of the commonest senses only: a rare sense ("lift" as a
      // face-lift, "print" as typesetting) reaches every document that operates or sets something.
      const common = rank < COMMON_SENSES;
      for (const lemma of synset.lemmas) add(lemma, SYNONYM_WEIGHT);
      for (const pointer of synset.pointers) {
        const target = graph.synset(pointer.part, pointer.offset);
        if (!target) continue;
        const lemmas = pointer.target > 0 ? [target.lemmas[pointer.target - 1] ?? ''] : target.lemmas;
        // A narrower verb is one way of doing the word ("make" where the document builds).
        if (CLOSE_VERB_POINTERS.has(pointer.symbol) || (common && pointer.symbol === '~' && pointer.part === 'verb')) {
          for (const lemma of lemmas) add(lemma, CLOSE_WEIGHT);
        } else if (common && pointer.symbol === '@' && pointer.part === 'verb') {
          const weight = broaderWeight(target);
          for (const lemma of lemmas) add(lemma, weight);
          if (weight < CLOSE_WEIGHT) continue;
          // Up again through a specific verb: its own broader verb says what the word does too.
          for (const above of target.pointers) {
            const higher = above.symbol === '@' && above.part === 'verb' ? graph.synset('verb', above.offset) : undefined;
            for (const lemma of higher?.lemmas ?? []) add(lemma, broaderWeight(higher!));
          }
        }
      }
    }
  }
  return result;
}
