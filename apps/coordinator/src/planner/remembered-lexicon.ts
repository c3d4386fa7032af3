/**
 * The planner's WordNet, with each answer remembered per word (issue #18). The planner asks WordNet
 * the same few questions of a goal's words on every goal ("is 'light' a verb?", "is 'turn' mostly a
 * verb?", the senses of "turn"), and the reader works each answer out anew: base forms by WordNet's
 * morphology, index lines, tag counts, and for senses every synset's gloss split again. A home's
 * sentences reuse few words, so the answers are kept per question and word, never per sentence: a
 * new sentence of known words is answered from them, as a repeated one is.
 *
 * WordNet's files are read-only, so an answer depends on nothing but its arguments. The answers
 * handed out are the reader's own read-only maps, sets and arrays (its types say so). Each
 * question's answers are dropped all at once when they reach the cap, so words nobody says twice
 * (typos, names) cannot grow them without end. Only the planner holds this wrapper: the agents'
 * lexicon, whose stages the latency bench measures as its denominator, reads WordNet as before.
 */
import type { WordNet } from '@meshmind/language';

/** Answers kept per question before they are dropped and read again: far more than a home's words. */
const MOST_KEPT = 20_000;

/** A WordNet whose every answer is remembered per question and arguments (see the module's note). */
export function rememberingWordNet(wordNet: WordNet, mostKept = MOST_KEPT): WordNet {
  const remember = <Args extends [string, ...unknown[]], Answer>(_question: keyof WordNet, ask: (...args: Args) => Answer) => {
    const kept = new Map<string, Answer>();
    // A word alone is its own key; with a second argument, a separator no word holds keeps ("a", "b")
    // from ("a b"). Built without an array: the planner asks thousands of these a second.
    return (...args: Args): Answer => {
      const [word, other] = args;
      const key = args.length < 2 || other === undefined ? word : `${word}\u0000${String(other)}`;
      const known = kept.get(key);
      if (known !== undefined || kept.has(key)) return known!;
      const answer = ask(...args);
      if (kept.size >= mostKept) kept.clear();
      kept.set(key, answer);
      return answer;
    };
  };
  return {
    related: remember('related', (word: string, only?: 'verb' | 'adj' | 'noun') => wordNet.related(word, only)),
    definitions: remember('definitions', (word: string, part: 'noun' | 'verb' | 'adj') => wordNet.definitions(word, part)),
    isVerb: remember('isVerb', (word: string) => wordNet.isVerb(word)),
    canBe: remember('canBe', (word: string, part: 'noun' | 'verb' | 'adj') => wordNet.canBe(word, part)),
    isKnown: remember('isKnown', (word: string) => wordNet.isKnown(word)),
    familiarity: remember('familiarity', (word: string) => wordNet.familiarity(word)),
    mostlyVerb: remember('mostlyVerb', (word: string) => wordNet.mostlyVerb(word)),
    antonyms: remember('antonyms', (word: string) => wordNet.antonyms(word)),
    pole: remember('pole', (word: string, parts?: 'verbs' | 'all') => wordNet.pole(word, parts)),
    verbSenses: remember('verbSenses', (word: string) => wordNet.verbSenses(word)),
    attributeNouns: remember('attributeNouns', (word: string, senses?: number) => wordNet.attributeNouns(word, senses)),
    verbRelatives: remember('verbRelatives', (word: string) => wordNet.verbRelatives(word)),
    nounAncestors: remember('nounAncestors', (word: string, senses?: 'common' | 'made' | 'first') => wordNet.nounAncestors(word, senses)),
  };
}
