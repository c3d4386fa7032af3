import { en, isStopword, relatedWords, stem, words, type Lexicon, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { HybridDocument } from '../search/hybrid-index';
import { openingVerb } from '../search/lexical-scorer';

/**
 * "Inventory shelf 8", "take an inventory of shelf 12" (the light verb's noun in the verb's place:
 * light-verbs.ts) to a robot whose document never says "inventory": its scan "identifies the items
 * stored on a shelf". The action the request opens with is a word the document has no word for, not
 * even a synonym, so nothing but the shared object (the shelf, its number) is left to rank on, and
 * that favours whichever function happens to name the object (navigate_to_shelf). WordNet's
 * definition says what the word is: "inventory" is "a detailed list of all the items in stock", the
 * verb "make or include in an itemized record or report". The definition's words that the word's
 * own relations do not already give (its genus "list" is its hypernym) are read against each
 * function's words, a word met by fewer functions counting more; the function they meet best is the
 * action meant. A noun used as a verb is read by what the noun names, the thing the action makes.
 */

/** A synonym or a derived form: "itemized" meets "item", not the broader words of its hypernyms. */
const CLOSE_RELATION = 0.8;
/** A derived form shares the root's first letters ("itemized", "items"): a synonym of another root ("item", "point") is too loose here. */
const ROOT_LENGTH = 4;
const SHORTEST_WORD = 3;

interface OwnWords {
  name: string;
  words: readonly string[];
  stems: ReadonlySet<string>;
}

export class DefinedActions {
  private own: OwnWords[] | undefined;
  /** What the document's words meet closely: a request word that meets one of these has a word in the document. */
  private documentKeys = new Set<string>();
  private last: { query: string; fits: ReadonlyMap<string, number> } | undefined;
  private readonly wordNet: WordNet | undefined;

  constructor(
    private readonly functions: readonly NormalisedFunction[],
    private readonly documents: readonly HybridDocument[],
    private readonly lexicon: Lexicon | undefined,
  ) {
    this.wordNet = lexicon?.wordNet;
  }

  /** 0..1: how well the definition of an action the document has no word for fits this function (1 for the best fit). */
  fit(fn: NormalisedFunction, query: string): number {
    if (!this.wordNet) return 0;
    if (this.last?.query !== query) this.last = { query, fits: this.read(query, this.wordNet) };
    return this.last.fits.get(fn.name) ?? 0;
  }

  /** Each function's own words (identifier, parameters, notes; glossed to English): read on the first request that needs them. */
  private ownWords(): OwnWords[] {
    if (this.own) return this.own;
    this.own = this.functions.map((fn, position) => {
      const said = (this.documents[position]?.fields ?? []).flatMap((field) => field.words.flatMap((word) => words(word))).filter((word) => /^[a-z]+$/.test(word) && !isStopword(word));
      for (const word of said) for (const [key, weight] of relatedWords(this.lexicon, word)) if (weight >= CLOSE_RELATION) this.documentKeys.add(key);
      return { name: fn.name, words: [...new Set(said)], stems: new Set(said.map(stem)) };
    });
    return this.own;
  }

  private read(query: string, wordNet: WordNet): ReadonlyMap<string, number> {
    const fits = new Map<string, number>();
    const verb = openingVerb(query, this.lexicon)?.toLowerCase();
    if (!verb || en.courtesy.has(verb)) return fits;
    const own = this.ownWords();
    // Read as the lexical scorer reads an opening verb, by its verb senses: those are what met nothing.
    if ([...wordNet.related(verb, 'verb')].some(([key, weight]) => weight >= CLOSE_RELATION && this.documentKeys.has(key))) return fits;
    // Only a noun used as a verb: a verb that is nothing else ("dim": "switch a car's headlights from a
    // higher to a lower beam") is defined by the things it is done to, which name other functions.
    if (!wordNet.canBe(verb, 'noun')) return fits;
    const relations = wordNet.related(verb);
    // The verb's definition and the noun's: a noun used as a verb is read by what both say. "inventory" the noun ("a detailed list of all the items in stock") and the
    // verb ("make or include in an itemized record") both say items; "latch" the noun is "a doorlock
    // that can only be opened from the outside", the verb "fasten with a latch", and "opened" alone
    // must not make latching a door its opening.
    const readings = (['verb', 'noun'] as const).map((part) => this.definitionScores(wordNet.definitions(verb, part)[0], relations, own, wordNet));
    const scores = new Map([...readings[0]!].filter(([name]) => readings.every((reading) => reading.has(name))).map(([name]) => [name, Math.min(...readings.map((reading) => reading.get(name)!))]));
    const best = Math.max(0, ...scores.values());
    if (best > 0) for (const [name, score] of scores) fits.set(name, score / best);
    return fits;
  }

  /** Per function, how much of one definition its words say: the definition's words it meets, a word met by fewer functions counting more. */
  private definitionScores(definition: string | undefined, relations: ReadonlyMap<string, number>, own: readonly OwnWords[], wordNet: WordNet): Map<string, number> {
    const scores = new Map<string, number>();
    const defining = [...new Set(words(definition ?? ''))].filter((word) => word.length >= SHORTEST_WORD && /^[a-z]+$/.test(word) && !isStopword(word) && !en.definitionStopwords.has(word) && !relations.has(stem(word)));
    for (const word of defining) {
      const close = wordNet.related(word);
      const meets = (function_: OwnWords) => function_.stems.has(stem(word)) || function_.words.some((other) => other.slice(0, ROOT_LENGTH) === word.slice(0, ROOT_LENGTH) && (close.get(stem(other)) ?? 0) >= CLOSE_RELATION);
      const met = own.filter(meets);
      // A word every function meets (or none) tells none apart.
      if (met.length === 0 || met.length === own.length) continue;
      const rarity = Math.log(own.length / met.length);
      for (const function_ of met) scores.set(function_.name, (scores.get(function_.name) ?? 0) + rarity);
    }
    return scores;
  }
}
