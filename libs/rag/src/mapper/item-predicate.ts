import { en, enPlanning, isFunctionWord, isStopword, splitIdentifier, stem, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import type { GlossedWords } from './glossed-words';
import { predicateStems } from './predicate-unmet';

/**
 * What this reads: a yes-or-no question of a state or a property of a thing kept at a numbered
 * place ("is the box on shelf 7 damaged?", "are the tins on shelf 11 dented?", "is the cage on shelf
 * 5 padlocked?", "is the crate on shelf 13 addressed to Leeds?", "are the bottles on shelf 10
 * leaking?"), put to a reading of that place (issue #17, a wrong answer is worse than a question).
 *
 * Why: the shelf and its number meet the shelf scan's words, which report what is on a shelf (its
 * items' names), and the scan was run: a list of names says whether a thing is there, not whether it
 * is damaged, sealed or paid for. unreported-attribute.ts declines an adjective with an attribute
 * ("heavy": a weight); predicate-unmet.ts a declared yes-or-no reading. This reads the predicate of
 * the thing itself, by the question's form: a be-form, a determiner and the thing, a place word and
 * the numbered place, then the predicate (an adjective or a participle, sentence adverbs passed).
 *
 * The predicate is told by the called reading where it meets the reading's own words (its name,
 * notes and return, or their English glosses) by stem, opposite, derivation, attribute or first
 * gloss ("labelled": the scan's labels; "free": the vacancy check's free slots). Whether the thing
 * is there ("is the crate on shelf 2 still there?") has no predicate word and is read as asked.
 */

/** "is", "are", "was", "were": the be-forms a yes-or-no question opens with (closed class). */
const BE_FORMS: ReadonlySet<string> = new Set([...enPlanning.copulas.present, ...enPlanning.copulas.past]);
/** "on", "at", "in": the place words that set the thing at its place (closed class). */
const PLACE_WORDS: ReadonlySet<string> = new Set(enPlanning.placeWords);

/** Whether a word is an adjective or a verb's participle ("dented", "torn", "leaking"), not a closed-class word nor a number. */
function predicateWord(word: string, wordNet: WordNet): boolean {
  if (/\d/.test(word) || isStopword(word) || isFunctionWord(word, 'en') || en.phrasalParticles.includes(word)) return false;
  return wordNet.canBe(word, 'adj') || (/(?:ed|en|ing)$/.test(word) && wordNet.isVerb(word));
}

/** The predicate asked of a thing at a numbered place, or undefined where the question has no such form. */
export function itemPredicate(reading: RequestReading, wordNet: WordNet): string | undefined {
  const said = reading.words.map((word) => word.toLowerCase());
  if (!BE_FORMS.has(said[0] ?? '') || !en.determiners.has(said[1] ?? '')) return undefined;
  const number = said.findIndex((word) => /^\d+$/.test(word));
  const place = said.findIndex((word, index) => index > 2 && PLACE_WORDS.has(word));
  if (number < 0 || place < 0 || place > number) return undefined;
  // The thing is a noun named before the place ("the box on", "the lid on the drum at"), not the place itself.
  const thing = said[place - 1]!;
  if (isStopword(thing) || !wordNet.canBe(thing, 'noun')) return undefined;
  let at = number + 1;
  while (at < said.length && en.sentenceAdverbs.has(said[at]!)) at += 1;
  const word = said[at];
  return word !== undefined && predicateWord(word, wordNet) ? word : undefined;
}

/**
 * The reason a predicate of a thing at a place goes unanswered by every called reading; undefined
 * where a call is no reading, the question has no such form or a reading tells the predicate.
 */
export function itemPredicateUnmet(result: MapResult, reading: RequestReading, byName: ReadonlyMap<string, NormalisedFunction>, kindOf: (name: string) => 'action' | 'query' | undefined, glossed: GlossedWords | undefined, selfNoun: string | undefined, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || result.kind !== 'call' || result.calls.length === 0 || reading.mood !== 'question') return undefined;
  const fns = result.calls.map((call) => byName.get(call.function));
  if (!fns.every((fn) => fn !== undefined && kindOf(fn.name) === 'query')) return undefined;
  const predicate = itemPredicate(reading, wordNet);
  if (predicate === undefined) return undefined;
  const told = predicateStems(predicate, wordNet);
  const ownWords = (fn: NormalisedFunction) => (glossed ? glossed(fn.name) : words(`${splitIdentifier(fn.name).join(' ')} ${fn.description ?? ''} ${fn.returns ?? ''}`.toLowerCase()));
  if (fns.some((fn) => ownWords(fn!).some((word) => !isStopword(word) && told.has(stem(word.toLowerCase()))))) return undefined;
  return `the ${selfNoun ?? 'device'} can tell what is at a place, not whether it is ${predicate}`;
}
