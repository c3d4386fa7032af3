import { relatedWords, type Lexicon } from '../text/lexicon';
import { isStopword, stem, words } from '../text/tokenize';

export interface LexicalField {
  /** English words of the field (identifiers already split, foreign words already translated). */
  words: readonly string[];
  weight: number;
}

const K1 = 1.2;
const B = 0.75;
const SOFT_SHARE = 0.6;

/**
 * Scores documents against a query by two lexical views: BM25 over stems (exact evidence) and an
 * IDF-weighted soft match through WordNet relations ("go" meets "move"). IDF is what makes the
 * action outweigh the object: in a robot API "shelf" is in three functions, "vacancy" in one.
 */
export class LexicalScorer {
  private readonly expanded: Array<Array<{ weight: number; keys: Map<string, number> }>>;
  private readonly stems: Array<Map<string, number>>;
  private readonly lengths: number[];
  private readonly averageLength: number;
  private readonly documentFrequency = new Map<string, number>();

  constructor(
    documents: ReadonlyArray<readonly LexicalField[]>,
    private readonly lexicon?: Lexicon,
  ) {
    this.expanded = documents.map((fields) =>
      fields.map((field) => {
        const keys = new Map<string, number>();
        for (const word of field.words) {
          if (isStopword(word)) continue;
          for (const [key, weight] of relatedWords(lexicon, word)) if ((keys.get(key) ?? 0) < weight) keys.set(key, weight);
        }
        return { weight: field.weight, keys };
      }),
    );
    this.stems = documents.map((fields) => {
      const counts = new Map<string, number>();
      for (const field of fields) {
        for (const word of field.words) {
          if (isStopword(word)) continue;
          const key = stem(word);
          counts.set(key, (counts.get(key) ?? 0) + field.weight);
        }
      }
      return counts;
    });
    this.lengths = this.stems.map((counts) => [...counts.values()].reduce((sum, count) => sum + count, 0));
    this.averageLength = this.lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, this.lengths.length);
    for (const fields of this.expanded) {
      const seen = new Set<string>();
      for (const field of fields) for (const [key, weight] of field.keys) if (weight >= 0.85) seen.add(key);
      for (const key of seen) this.documentFrequency.set(key, (this.documentFrequency.get(key) ?? 0) + 1);
    }
  }

  get size(): number {
    return this.expanded.length;
  }

  private idf(key: string): number {
    const count = this.expanded.length;
    const frequency = this.documentFrequency.get(key) ?? 0;
    return Math.log(1 + (count - frequency + 0.5) / (frequency + 0.5));
  }

  /** One score in 0..1 per document, in document order. */
  score(query: string): number[] {
    const queryWords = words(query).filter((word) => !isStopword(word));
    if (queryWords.length === 0 || this.expanded.length === 0) return this.expanded.map(() => 0);
    const soft = this.expanded.map(() => 0);
    let idfTotal = 0;
    for (const word of queryWords) {
      const related = relatedWords(this.lexicon, word);
      const idf = this.idf(stem(word));
      idfTotal += idf;
      this.expanded.forEach((fields, index) => {
        let best = 0;
        for (const field of fields) {
          for (const [key, weight] of related) {
            const match = field.keys.get(key);
            if (match !== undefined) best = Math.max(best, weight * match * field.weight);
          }
        }
        soft[index]! += idf * best;
      });
    }
    const bm25 = this.stems.map((counts, index) => {
      let total = 0;
      for (const word of queryWords) {
        const key = stem(word);
        const frequency = counts.get(key) ?? 0;
        if (frequency === 0) continue;
        const norm = frequency + K1 * (1 - B + (B * this.lengths[index]!) / Math.max(1e-9, this.averageLength));
        total += this.idf(key) * ((frequency * (K1 + 1)) / norm);
      }
      return total;
    });
    const bm25Maximum = idfTotal * (K1 + 1);
    return soft.map((value, index) => SOFT_SHARE * (value / Math.max(1e-9, idfTotal)) + (1 - SOFT_SHARE) * Math.min(1, bm25[index]! / Math.max(1e-9, bm25Maximum)));
  }
}
