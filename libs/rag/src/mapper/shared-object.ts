import { relatedWords, stem, words, type Lexicon } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { HybridDocument } from '../search/hybrid-index';
import { openingVerb } from '../search/lexical-scorer';
import { ContentWords } from './content-words';

/**
 * Functions that share their object differ only in what they do with it: "move to shelf N", "scan the
 * items on shelf N", "find the vacant slots on shelf N" all take a shelf number. Between such functions
 * the words they share (the shelf, its number) say nothing about which one is meant, yet they weigh in
 * the hybrid score, and more for a function that has the object in its name than for one that has it
 * only in its notes. Here the close candidates that take the same parameters are compared on the words
 * that tell them apart: what each has and the other lacks, against the request's words that are not
 * about the shared object.
 */

interface SourceWord {
  stem: string;
  /** What the word meets through WordNet, times its field's weight. */
  keys: ReadonlyMap<string, number>;
}

/** How closely a request word must meet a word both functions have to be about their shared object: a synonym or a derived form. */
const SHARED_RELATION = 0.8;
/** Synonyms, derived forms and similar adjectives; a broader word (a hypernym) relates too loosely to tell two functions apart ("list" a ship -> "move"). */
const CLOSE_RELATION = 0.7;
/** How far behind the best candidate a function may score and still be compared (tuned on eval:rag's dev split: 0.06 and 0.1 gave the same). */
export const DEFAULT_CONTRAST_WINDOW = 0.1;
/** How much a full contrast (-1..1) moves a candidate within its group (dev split: 0.05 fixed fewer, 0.2 broke more of our own phrasings). */
export const DEFAULT_CONTRAST_WEIGHT = 0.1;

export interface ContrastHit {
  id: string;
  score: number;
  /** The lexical share of the hybrid score: every word of the request against every word of the function. */
  lexical: number;
}

/** The parameters that make a function's object: names and types, order aside. None: no shared object. */
export function objectSignature(fn: NormalisedFunction): string | undefined {
  // A numbered thing (a shelf, a compartment) is an object; a free-text parameter (a network name, a
  // list item) brings its value into the request's words, which the contrast would read as meaning.
  if (fn.parameters.length === 0 || !fn.parameters.every((parameter) => parameter.type === 'integer' || parameter.type === 'number')) return undefined;
  return fn.parameters
    .map((parameter) => `${parameter.name}:${parameter.type}`)
    .sort()
    .join(',');
}

export class SharedObjectContrast {
  private readonly signatures = new Map<string, string>();
  private readonly sources = new Map<string, SourceWord[]>();
  private readonly stems = new Map<string, ReadonlySet<string>>();
  private readonly distinct = new Map<string, ReadonlyMap<string, number>>();
  private readonly content: ContentWords;

  private built = false;

  constructor(
    private readonly functions: readonly NormalisedFunction[],
    private readonly documents: readonly HybridDocument[],
    private readonly lexicon: Lexicon | undefined,
    private readonly weight = DEFAULT_CONTRAST_WEIGHT,
    private readonly window = DEFAULT_CONTRAST_WINDOW,
    /** Functions that take the same text values and differ in their deed, told apart first (mapper/made-or-joined.ts). */
    private readonly deeds?: { adjust(hits: ContrastHit[], query: string): void },
  ) {
    this.content = new ContentWords(lexicon?.wordNet);
    functions.forEach((fn) => {
      const signature = objectSignature(fn);
      if (signature !== undefined) this.signatures.set(fn.name, signature);
    });
  }

  /** The functions' own words and what they meet through WordNet: read on the first request that needs them, not at the agent's start. */
  private build(): void {
    if (this.built) return;
    this.built = true;
    this.functions.forEach((fn, position) => {
      if (!this.signatures.has(fn.name)) return;
      const own: SourceWord[] = [];
      for (const field of this.documents[position]?.fields ?? []) {
        for (const raw of field.words) {
          const word = raw.toLowerCase();
          if (this.content.carriesLittle(word)) continue;
          const keys = new Map<string, number>();
          for (const [key, weight] of relatedWords(this.lexicon, word)) if (weight >= CLOSE_RELATION) keys.set(key, weight * field.weight);
          own.push({ stem: stem(word), keys });
        }
      }
      this.sources.set(fn.name, own);
      this.stems.set(fn.name, new Set(own.map((source) => source.stem)));
    });
  }

  /** What the words of `own` that `other` lacks meet, each key at its best weight. */
  private distinctKeys(own: string, other: string): ReadonlyMap<string, number> {
    const cacheKey = `${own}\u0000${other}`;
    const cached = this.distinct.get(cacheKey);
    if (cached) return cached;
    const otherStems = this.stems.get(other)!;
    const keys = new Map<string, number>();
    for (const source of this.sources.get(own)!) {
      if (otherStems.has(source.stem)) continue;
      for (const [key, weight] of source.keys) if ((keys.get(key) ?? 0) < weight) keys.set(key, weight);
    }
    this.distinct.set(cacheKey, keys);
    return keys;
  }

  /**
   * The request's words that say something of the object: its nouns and adjectives ("free space",
   * "an inventory", "empty spots"), read by those senses. The verb that opens a command is the main
   * ranking's to weigh (its verb senses, phrasal verbs, verb-sense.ts); met through the many senses of
   * a verb and of the documents' glossed words, it meets loose neighbours ("head" -> "aim" <- "place").
   */
  private requestRelations(query: string): Array<ReadonlyMap<string, number>> {
    const wordNet = this.lexicon?.wordNet;
    const verb = openingVerb(query, this.lexicon);
    const list = words(query);
    return list
      .filter((word, index) => word !== verb && !this.content.carriesLittle(word) && !this.content.closesVerb(list, index))
      .flatMap((word) => {
        // Without WordNet every word is read as it is; with it, a word that is only a verb ("shelve") is left to the main ranking.
        if (!wordNet) return [relatedWords(this.lexicon, word)];
        const parts = (['noun', 'adj'] as const).filter((part) => wordNet.canBe(word, part));
        if (parts.length === 0) return [];
        const related = new Map<string, number>();
        for (const part of parts) for (const [key, weight] of wordNet.related(word, part)) if (weight >= CLOSE_RELATION && (related.get(key) ?? 0) < weight) related.set(key, weight);
        return [related];
      });
  }

  /** The stems both functions have: the shared object ("shelf", "number") and whatever else they both say. */
  private sharedStems(own: string, other: string): Set<string> {
    const otherStems = this.stems.get(other)!;
    return new Set([...this.stems.get(own)!].filter((key) => otherStems.has(key)));
  }

  /** -1..1: how much better the request's words meet what `own` has and `other` lacks than the reverse. */
  private contrast(relations: ReadonlyArray<ReadonlyMap<string, number>>, own: string, other: string): number {
    const mine = this.distinctKeys(own, other);
    const theirs = this.distinctKeys(other, own);
    const shared = this.sharedStems(own, other);
    const meet = (related: ReadonlyMap<string, number>, keys: ReadonlyMap<string, number>) => {
      let best = 0;
      for (const [key, weight] of related) best = Math.max(best, weight * (keys.get(key) ?? 0));
      return best;
    };
    // A word about the shared object ("numbered" for a shelf number) tells neither apart.
    const telling = relations.filter((related) => ![...related].some(([key, weight]) => weight >= SHARED_RELATION && shared.has(key)));
    let total = 0;
    for (const related of telling) total += meet(related, mine) - meet(related, theirs);
    return telling.length === 0 ? 0 : total / telling.length;
  }

  /**
   * Reorders the close candidates that share their object by how much better the request meets each
   * one's own words than the others' (the mean over those others, weighted, added to its score). The
   * group keeps the scores it held: the contrast says which of them is meant, never whether one of
   * them beats a function of another object ("travel to location 5 by 9" is no shelf function's).
   * Scores change in place. The deed is read from the request as said (`said`): the retrieval text
   * puts the device's noun for "yourself" and leaves the values out ("get yourself on Kestrel-5G").
   */
  adjust(hits: ContrastHit[], query: string, said = query): void {
    this.deeds?.adjust(hits, said);
    const top = hits[0]?.score;
    if (top === undefined || this.weight === 0) return;
    const close = hits.filter((hit) => hit.score >= top - this.window && this.signatures.has(hit.id));
    const groups = new Map<string, ContrastHit[]>();
    for (const hit of close) groups.set(this.signatures.get(hit.id)!, [...(groups.get(this.signatures.get(hit.id)!) ?? []), hit]);
    if (![...groups.values()].some((group) => group.length > 1)) return;
    this.build();
    const relations = this.requestRelations(query);
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const slots = group.map((hit) => hit.score).sort((left, right) => right - left);
      const adjusted = group.map((hit) => {
        const others = group.filter((other) => other !== hit);
        const mean = others.reduce((sum, other) => sum + this.contrast(relations, hit.id, other.id), 0) / others.length;
        return { hit, score: hit.score + this.weight * mean };
      });
      adjusted.sort((left, right) => right.score - left.score);
      // The contrast reads a few words; the lexical score reads all of them. A function the request's
      // words as a whole meet less than the leader's does not take its place on the few alone.
      const leader = group.reduce((best, hit) => (hit.score > best.score ? hit : best));
      if (adjusted[0]!.hit !== leader && adjusted[0]!.hit.lexical < leader.lexical) continue;
      adjusted.forEach(({ hit }, position) => (hit.score = slots[position]!));
    }
  }
}
