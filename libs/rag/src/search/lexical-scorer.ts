import { editDistance, en, isStopword, relatedWords, stem, words, type Lexicon } from '@meshmind/language';
import { collocations } from './collocations';
import { numberedNoun } from './numbered-noun';

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
/** How much an abbreviation meets its long form: a little less than a synonym. */
const ABBREVIATION_WEIGHT = 0.85;

const PARTICLES = en.phrasalParticles;
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

/** Whether `short` could be written for `long`: same first letter, its letters in order ("pwd" for "password", "num" for "number"). */
function abbreviates(short: string, long: string): boolean {
  if (short.length < 3 || long.length <= short.length || short[0] !== long[0]) return false;
  let at = 0;
  for (const letter of long) if (letter === short[at]) at += 1;
  return at === short.length;
}

/**
 * Abbreviations in documents and requests. Vendors write "start_ap", "pwd", "psk", "num"; people
 * say "access point", "password", "pre-shared key", "number" (and the other way round: "enable AP
 * mode" against "access point"). A word WordNet does not know is matched to the request's word it
 * abbreviates, or to the consecutive words whose initials spell it. Known words never are: "set" is
 * not short for "select".
 */
export class AbbreviationMatcher {
  private readonly unknown = new Map<string, boolean>();

  constructor(private readonly lexicon?: Lexicon) {}

  /** A lower-case word that may be an abbreviation: 2 to 5 letters, unknown to WordNet. */
  candidate(word: string): boolean {
    const wordNet = this.lexicon?.wordNet;
    if (!wordNet || !/^[a-z]{2,5}$/.test(word)) return false;
    let unknown = this.unknown.get(word);
    if (unknown === undefined) {
      unknown = !wordNet.isKnown(word);
      this.unknown.set(word, unknown);
    }
    return unknown;
  }

  /** The abbreviations among `shortForms` that words[index] spells out, alone or with its neighbours. */
  expansions(list: readonly string[], index: number, shortForms: Iterable<string>): string[] {
    const found: string[] = [];
    for (const short of shortForms) {
      if (abbreviates(short, list[index]!) || this.spellsAt(list, index, short)) found.push(short);
    }
    return found;
  }

  /** Whether the run of list words through `index` has `short` as its initials ("access point" -> "ap"). */
  private spellsAt(list: readonly string[], index: number, short: string): boolean {
    for (let start = Math.max(0, index - short.length + 1); start <= index; start += 1) {
      const run = list.slice(start, start + short.length);
      if (run.length === short.length && run.every((word, offset) => word[0] === short[offset])) return true;
    }
    return false;
  }
}

const QUESTION_OPENERS = en.nonVerbOpeners;

/** The verb a command opens with ("head back to base", "water the plants"), after courtesy words; none for a question. */
export function openingVerb(query: string, lexicon?: Lexicon): string | undefined {
  const wordNet = lexicon?.wordNet;
  if (!wordNet) return undefined;
  const list = words(query);
  let at = 0;
  while (at < list.length && en.courtesy.has(list[at]!)) at += 1;
  const first = list[at];
  if (first === undefined || QUESTION_OPENERS.has(first) || /\d/.test(first)) return undefined;
  return wordNet.isVerb(first) ? first : undefined;
}

const BEFORE_ATTRIBUTE = en.beforeAttribute;
const LINKING = en.linkingVerbs;

/**
 * Words of a query in an adjective's place, read by their adjective senses only: before a noun
 * after a determiner or preposition ("check for free space", "any empty spots", "open places"),
 * or after a linking verb ("which slots are free"). Their verb and noun senses ("to free" is to
 * rid or release, "open" is to open a door) would meet functions the query does not mean.
 */
export function adjectivesInPlace(query: string, lexicon?: Lexicon): Set<string> {
  const wordNet = lexicon?.wordNet;
  const result = new Set<string>();
  if (!wordNet) return result;
  const list = words(query);
  list.forEach((word, index) => {
    if (!wordNet.canBe(word, 'adj') || /\d/.test(word)) return;
    const before = list[index - 1];
    const after = list[index + 1];
    const attributive = before !== undefined && BEFORE_ATTRIBUTE.has(before) && after !== undefined && !isStopword(after) && wordNet.canBe(after, 'noun');
    const predicative = before !== undefined && LINKING.has(before) && (after === undefined || isStopword(after));
    if (attributive || predicative) result.add(word);
  });
  return result;
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
  private readonly abbreviations: AbbreviationMatcher;
  /** Words of the documents that may be abbreviations ("ap", "pwd"). */
  private readonly shortForms = new Set<string>();
  /** Every word of the documents, for reading a misspelt request word ("batery") as the word it misses. */
  private readonly vocabulary = new Set<string>();
  private readonly corrections = new Map<string, string>();

  constructor(
    documents: ReadonlyArray<readonly LexicalField[]>,
    private readonly lexicon?: Lexicon,
  ) {
    this.abbreviations = new AbbreviationMatcher(lexicon);
    this.expanded = documents.map((fields) =>
      fields.map((field) => {
        const keys = new Map<string, number>();
        const content = field.words.map((word) => word.toLowerCase()).filter((word) => !isStopword(word));
        content.forEach((word, index) => {
          if (/^[a-z]{4,}$/.test(word)) this.vocabulary.add(word);
          for (const [key, weight] of relatedWords(lexicon, word)) if ((keys.get(key) ?? 0) < weight) keys.set(key, weight);
          if (this.abbreviations.candidate(word)) this.shortForms.add(word);
          // The initials of the field's runs of words, for a request that abbreviates them ("AP mode").
          for (let length = 2; length <= 4 && index + length <= content.length; length += 1) {
            const initials = content.slice(index, index + length).map((part) => part[0]).join('');
            if (!/^[a-z]+$/.test(initials)) break;
            const key = `^${initials}`;
            if ((keys.get(key) ?? 0) < ABBREVIATION_WEIGHT) keys.set(key, ABBREVIATION_WEIGHT);
          }
        });
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

  /**
   * A request word that neither WordNet nor the documents know, one or two letters from a word of
   * the documents ("batery", "percantage"), is read as that word. Known words are never corrected:
   * "shelve" stays a verb.
   */
  private corrected(word: string): string {
    const wordNet = this.lexicon?.wordNet;
    if (!wordNet || word.length < 4 || !/^[a-z]+$/.test(word) || this.vocabulary.has(word)) return word;
    const cached = this.corrections.get(word);
    if (cached !== undefined) return cached;
    let best: { word: string; distance: number } | undefined;
    if (!wordNet.isKnown(word)) {
      const limit = word.length >= 8 ? 2 : 1;
      for (const known of this.vocabulary) {
        const distance = editDistance(word, known, limit);
        if (distance <= limit && (!best || distance < best.distance)) best = { word: known, distance };
      }
    }
    this.corrections.set(word, best?.word ?? word);
    return best?.word ?? word;
  }

  /** A word in a noun's place before a number, read as the documents' noun it means (numbered-noun.ts). */
  private numbered(word: string, next: string | undefined): string | undefined {
    const wordNet = this.lexicon?.wordNet;
    return wordNet ? numberedNoun(word.toLowerCase(), next, this.vocabulary, wordNet) : undefined;
  }

  /**
   * What a query word meets, read as its place in the query says: a phrasal verb by its synonyms
   * only ("light up" is "illuminate", not everything "bright"), the opening verb by its verb senses,
   * a word in an adjective's place by its adjective senses, any other word by all of them.
   */
  private relations(word: string, reading: 'phrasal' | 'verb' | 'adj' | undefined): Iterable<[string, number]> {
    if (reading === 'phrasal') return [...relatedWords(this.lexicon, word)].filter(([, weight]) => weight >= SYNONYM_WEIGHT);
    // 'verb' and 'adj' are only set where WordNet is present (openingVerb, adjectivesInPlace).
    if (reading && this.lexicon?.wordNet) return this.lexicon.wordNet.related(word, reading);
    return relatedWords(this.lexicon, word);
  }

  /** One score in 0..1 per document, in document order. */
  score(said: string): number[] {
    // "wi-fi", "e-mail": a hyphenated word that the documents write closed is that word.
    const query = said.replace(/([A-Za-z]+)-([A-Za-z]+)/g, (whole, first: string, second: string) => (this.vocabulary.has(`${first}${second}`.toLowerCase()) ? `${first}${second}` : whole));
    const phrasal = new Set(phrasalVerbs(query, this.lexicon));
    for (const phrase of collocations(query, this.lexicon, phrasal)) phrasal.add(phrase);
    const queryList = words(query);
    const content = queryList.flatMap((word, index) => (isStopword(word) ? [] : [this.numbered(word, queryList[index + 1]) ?? this.corrected(word)]));
    const queryWords = [...content, ...phrasal];
    const verb = openingVerb(query, this.lexicon);
    const adjectives = adjectivesInPlace(query, this.lexicon);
    if (queryWords.length === 0 || this.expanded.length === 0) return this.expanded.map(() => 0);
    const soft = this.expanded.map(() => 0);
    let idfTotal = 0;
    for (const word of queryWords) {
      const related = new Map(this.relations(word, phrasal.has(word) ? 'phrasal' : word === verb ? 'verb' : adjectives.has(word) ? 'adj' : undefined));
      const position = content.indexOf(word);
      if (position >= 0) {
        for (const short of this.abbreviations.expansions(content, position, this.shortForms)) if (!related.has(short)) related.set(short, ABBREVIATION_WEIGHT);
        if (this.abbreviations.candidate(word)) related.set(`^${word}`, 1);
      }
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
