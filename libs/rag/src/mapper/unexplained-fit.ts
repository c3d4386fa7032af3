import { findNumbers, isStopword, relatedWords, stem, words, type Lexicon } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { HybridDocument } from '../search/hybrid-index';
import { openingVerb } from '../search/lexical-scorer';
import { ContentWords } from './content-words';
import { objectSignature } from './shared-object';

/**
 * A number said fills the parameter of every function that takes one: "shelf 12" fits moving to
 * shelf 12, scanning it and finding its free slots alike. That fit says which object is meant, not
 * what is to be done with it. Where the request says more than its object ("take an inventory of
 * shelf 12", "identify the empty slots of shelf 1", "travel to shelf 11"), a function whose own words
 * meet none of that more is chosen for its argument alone; one whose words meet some of it explains
 * the request. Among functions that take the same numbered parameters, one that explains nothing
 * beyond the object while another explains something loses a fixed amount: the argument fit no longer
 * carries it past the functions that do what was said.
 */

/** How closely a request word and a function's word must relate to count as met: synonyms, derived forms, similar adjectives; not a broader word alone. */
const MEET = 0.8;
/** What a function that explains nothing beyond its argument loses (tuned on eval:rag's dev split). */
export const DEFAULT_UNEXPLAINED_PENALTY = 0.08;
/** How far below the best candidate a function may score and still be weighed. */
const WINDOW = 0.15;

export interface FitHit {
  id: string;
  score: number;
}

export class UnexplainedFit {
  private readonly objects = new Map<string, string>();
  /** Per function: its words and what each meets through WordNet. Read on first need. */
  private readonly sources = new Map<string, ReadonlyArray<{ stem: string; keys: ReadonlyMap<string, number> }>>();
  private readonly content: ContentWords;

  constructor(
    private readonly functions: readonly NormalisedFunction[],
    private readonly documents: readonly HybridDocument[],
    private readonly lexicon: Lexicon | undefined,
    private readonly penalty = DEFAULT_UNEXPLAINED_PENALTY,
  ) {
    this.content = new ContentWords(lexicon?.wordNet);
    for (const fn of functions) {
      const object = objectSignature(fn);
      if (object !== undefined) this.objects.set(fn.name, object);
    }
  }

  /** A function's own words, each by its stem with what it meets through WordNet. */
  private wordsOf(name: string): ReadonlyArray<{ stem: string; keys: ReadonlyMap<string, number> }> {
    let found = this.sources.get(name);
    if (found) return found;
    const position = this.functions.findIndex((fn) => fn.name === name);
    found = (this.documents[position]?.fields ?? []).flatMap((field) =>
      field.words.filter((word) => !isStopword(word)).map((word) => ({ stem: stem(word.toLowerCase()), keys: relatedWords(this.lexicon, word.toLowerCase()) })),
    );
    this.sources.set(name, found);
    return found;
  }

  /**
   * The request's nouns and adjectives beyond its opening verb, each with what it meets by those
   * senses: what is asked about ("the empty slots", "an inventory", "free space"). The verb is the main
   * ranking's to weigh; read through its many senses it meets loose neighbours ("drive" -> "force").
   */
  private requestWords(query: string): Array<{ word: string; next: string | undefined; related: ReadonlyMap<string, number> }> {
    const wordNet = this.lexicon?.wordNet;
    const verb = openingVerb(query, this.lexicon);
    const list = words(query).map((word) => word.toLowerCase());
    return list.flatMap((word, index) => {
        if (word === verb || this.content.carriesLittle(word) || this.content.closesVerb(list, index)) return [];
        const next = list[index + 1];
        if (!wordNet) return [{ word, next, related: relatedWords(this.lexicon, word) }];
        const parts = (['noun', 'adj'] as const).filter((part) => wordNet.canBe(word, part));
        if (parts.length === 0) return [];
        const related = new Map<string, number>();
        for (const part of parts) for (const [key, weight] of wordNet.related(word, part)) if ((related.get(key) ?? 0) < weight) related.set(key, weight);
        return [{ word, next, related }];
      });
  }

  /**
   * One step of WordNet at most: the request's word is one of the function's words or a synonym or
   * derived form of one, or the other way round. Two steps through a third word meet too much ("list"
   * and "move" share a sense of leaning). The words every function of the group has (the shelf, its
   * number) are left out: what they meet is the object's.
   */
  private meets(related: ReadonlyMap<string, number>, name: string, common: ReadonlySet<string>): boolean {
    for (const source of this.wordsOf(name)) {
      if (common.has(source.stem)) continue;
      if ((related.get(source.stem) ?? 0) >= MEET) return true;
      for (const [key, weight] of source.keys) if (weight >= MEET && related.get(key) === 1) return true;
    }
    return false;
  }

  /** The stems every function of the group has. */
  private commonStems(group: readonly FitHit[]): Set<string> {
    const [first, ...others] = group.map((hit) => new Set(this.wordsOf(hit.id).map((source) => source.stem)));
    return new Set([...first!].filter((key) => others.every((stems) => stems.has(key))));
  }

  /**
   * Lowers, in place, the close candidates that take a numbered object the request fills and whose
   * words meet nothing of the request beyond that object, where another such candidate meets something.
   * `fills`: whether the request gives a number at all.
   */
  adjust(hits: FitHit[], query: string, fills: boolean): void {
    const top = hits[0]?.score;
    if (top === undefined || !fills || this.penalty === 0) return;
    const groups = new Map<string, FitHit[]>();
    for (const hit of hits) {
      const object = this.objects.get(hit.id);
      if (object === undefined || hit.score < top - WINDOW) continue;
      groups.set(object, [...(groups.get(object) ?? []), hit]);
    }
    if (![...groups.values()].some((group) => group.length > 1)) return;
    const said = this.requestWords(query);
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const common = this.commonStems(group);
      // A request word that meets a word every function of the group has is about the object they share ("shelf", "number").
      const shared = new Set(said.filter(({ related }) => [...related].some(([key, weight]) => weight >= MEET && common.has(key))).map(({ word }) => word));
      // A noun right before the object's own word or its number names the object too ("the storage shelf 10", "drawer number 2").
      for (const { word, next } of said) if (next !== undefined && (shared.has(next) || findNumbers(next).length > 0)) shared.add(word);
      const met = group.map((hit) => said.filter(({ word, related }) => !shared.has(word) && this.meets(related, hit.id, common)).map(({ word }) => word));
      const beyond = met.map((list) => list.length);
      if (!beyond.some((count) => count > 0)) continue;
      group.forEach((hit, position) => {
        if (beyond[position] === 0) hit.score -= this.penalty;
      });
    }
  }
}
