import { en, enMapping, enPlanning, isFunctionWord, isStopword, splitIdentifier, stem, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';

/** "is", "are", "was": the be-forms a yes-or-no question opens with (closed class). */
const BE_FORMS = new Set(enMapping.statedDegree.beForms.filter((form) => /^\p{L}+$/u.test(form)));
/** Answers that say yes or no, or one of a few named states: the answers a predicate is asked of. */
const STATE_ANSWERS = new Set(['boolean', 'enum']);
/** A relation as close as a derivation or a synonym (WordNet.related): "shut" -> "close", "occupied" -> "occupy". */
const CLOSE = 0.8;
/** "upstairs", "outside": where, said after the predicate (closed class). */
const PLACE_WORDS = new Set(enPlanning.placeWords);

/**
 * The predicate of a yes-or-no question ("is the landing dark", "is the hall door open", "is it cold
 * by the back door"): the last word after the be-form and its subject, before a preposition or a
 * conjunction, that is an adjective or a verb's participle. Adverbs after it ("closed properly") are
 * passed over. Undefined where the question does not open with a be-form or the word is no such word.
 */
function askedPredicate(reading: RequestReading, wordNet: WordNet): string | undefined {
  const said = reading.words.map((word) => word.toLowerCase());
  if (!BE_FORMS.has(said[0] ?? '')) return undefined;
  let end = said.length;
  // A preposition, a conjunction or a verb's particle ends it: "whirring away" is no "away".
  // A particle right after a determiner modifies the noun it opens ("is the back door locked", "the up light"): no particle of a verb.
  for (let at = 2; at < said.length; at += 1) if (isFunctionWord(said[at]!, 'en') || (en.phrasalParticles.includes(said[at]!) && !en.determiners.has(said[at - 1]!))) { end = at; break; }
  // "still on", "moving around downstairs": a sentence adverb or a place word says when or where, not what;
  // "open 50%": a number says how much (WordNet holds "50" as an adjective, "fifty").
  const passed = (word: string) => /\d/.test(word) || en.sentenceAdverbs.has(word) || PLACE_WORDS.has(word) || !(wordNet.canBe(word, 'adj') || wordNet.canBe(word, 'noun') || wordNet.canBe(word, 'verb'));
  while (end > 2 && passed(said[end - 1]!)) end -= 1;
  const word = said[end - 1];
  // "is the fan whirring away": a verb in progress is the predicate, and its particle no state.
  if (end <= 2 || word === undefined || said.slice(1, end).some((each) => /ing$/.test(each))) return undefined;
  const participle = /ed$/.test(word) && wordNet.isVerb(word);
  return wordNet.canBe(word, 'adj') || participle ? word : undefined;
}

/** The stems a predicate may be told by: its own, its opposites, derivations, attributes and the words of its first gloss ("ajar": "slightly open"). */
export function predicateStems(word: string, wordNet: WordNet): Set<string> {
  const opposite = en.stateAntonyms[word];
  const found = new Set([stem(word), ...(opposite ? [stem(opposite)] : []), ...[...wordNet.antonyms(word)].map(stem), ...[...wordNet.attributeNouns(word)].map(stem)]);
  for (const [related, weight] of wordNet.related(word)) if (weight >= CLOSE) found.add(stem(related));
  const [gloss] = wordNet.definitions(word, 'adj');
  for (const glossed of words((gloss ?? '').toLowerCase())) if (!isFunctionWord(glossed, 'en') && !isStopword(glossed)) found.add(stem(glossed));
  return found;
}

/**
 * A yes-or-no question whose predicate the reading's answer does not tell (issue #17, a wrong answer
 * is worse than a question): "is the landing dark?" or "is it chilly on the landing?" to a motion
 * sensor read out whether it saw motion; "is the back door locked?" to a door contact read whether it
 * is open; "is the balcony door open?" to a thermostat read its mode. Retrieval found the device's
 * nearest yes-or-no reading, whose answer is about another state. The predicate (an adjective or a
 * participle) must meet a word of the called query's name, description or return, by stem, opposite
 * ("shut" tells "open"; "clear" tells "detected", en.stateAntonyms), derivation, attribute ("warm" is a temperature) or first gloss. Only a query
 * that answers yes-or-no or one of a few states, and not where the state says what the device senses
 * (a generic sensor's class and state words are the device's, not the document's: `stateSaysWhat`).
 */
export function predicateUnmet(result: MapResult, reading: RequestReading, byName: ReadonlyMap<string, NormalisedFunction>, deviceNouns: Iterable<string>, stateSaysWhat: boolean, selfNoun: string | undefined, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || stateSaysWhat || result.kind !== 'call' || reading.mood !== 'question') return undefined;
  const queries = result.calls.map((call) => byName.get(call.function));
  if (queries.length === 0 || !queries.every((fn) => fn?.kind === 'query' && STATE_ANSWERS.has(fn.returnType ?? ''))) return undefined;
  const predicate = askedPredicate(reading, wordNet);
  if (predicate === undefined) return undefined;
  const told = predicateStems(predicate, wordNet);
  const tells = (fn: NormalisedFunction) => words(`${splitIdentifier(fn.name).join(' ')} ${fn.description} ${fn.returns ?? ''}`.toLowerCase()).some((word) => !isStopword(word) && told.has(stem(word)));
  // The device's own kind nouns tell too: an "occupancy sensor" tells whether a room is occupied.
  const nouns = [...deviceNouns].flatMap((noun) => words(noun.toLowerCase())).flatMap((word) => [stem(word), ...[...wordNet.related(word)].filter(([, weight]) => weight >= CLOSE).map(([key]) => key)]);
  if (queries.some((fn) => tells(fn!)) || nouns.some((key) => told.has(key))) return undefined;
  return `the ${selfNoun ?? 'device'} can tell ${queries.map((fn) => splitIdentifier(fn!.name).join(' ').toLowerCase()).join(', ')}, not whether it is ${predicate}`;
}

