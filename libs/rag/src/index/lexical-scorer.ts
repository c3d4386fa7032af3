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
const UNMATCHED_SHARE = 0.35;
const SYNONYM_WEIGHT = 0.9;

const PARTICLES = ['off', 'on', 'up', 'down', 'out', 'back', 'over', 'in'];
/** How many words an object may put between a verb and its particle: "check the apples off". */
const PARTICLE_REACH = 4;

/**
 * Phrasal verbs of the query that WordNet knows as one verb ("check ... off" is check_off, whose
 * synonyms include "tick"; "go back" is go_back, "return"): their relations join the query's.
 */
export function phrasalVerbs(query: string, lexicon?: Lexicon): string[] {
  const wordNet = lexicon?.wordNet;
  if (!wordNet) return [];
  const list = words(query);
  const found: string[] = [];
  list.forEach((word, index) => {
    if (PARTICLES.includes(word) || isStopword(word)) return;
    for (let reach = 1; reach <= PARTICLE_REACH && index + reach < list.length; reach += 1) {
      const particle = list[index + reach]!;
      if (!PARTICLES.includes(particle)) continue;
      const phrasal = `${word}_${particle}`;
      if (wordNet.isVerb(phrasal)) found.push(phrasal);
      break;
    }
  });
  return found;
}

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
    const phrasal = new Set(phrasalVerbs(query, this.lexicon));
    const queryWords = [...words(query).filter((word) => !isStopword(word)), ...phrasal];
    if (queryWords.length === 0 || this.expanded.length === 0) return this.expanded.map(() => 0);
    const soft = this.expanded.map(() => 0);
    let idfTotal = 0;
    for (const word of queryWords) {
      // A phrasal verb brings its synonyms only: "light up" is "illuminate", not everything "bright".
      const related = phrasal.has(word) ? new Map([...relatedWords(this.lexicon, word)].filter(([, weight]) => weight >= SYNONYM_WEIGHT)) : relatedWords(this.lexicon, word);
      const idf = this.idf(stem(word));
      let matchedAnywhere = false;
      this.expanded.forEach((fields, index) => {
        let best = 0;
        for (const field of fields) {
          for (const [key, weight] of related) {
            const match = field.keys.get(key);
            if (match !== undefined) best = Math.max(best, weight * match * field.weight);
          }
        }
        if (best > 0) matchedAnywhere = true;
        soft[index]! += idf * best;
      });
      // A word no document relates to at all ("apples" in "add apples to the list") is mostly a value
      // to pass, not evidence against every function: it dilutes the score less than a known word.
      // Numbers keep their full weight: the scores were calibrated with them.
      idfTotal += matchedAnywhere || /\d/.test(word) ? idf : idf * UNMATCHED_SHARE;
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
