import { en, isStopword, stem, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';

/** The askers of a question for a thing by its name: "what", "what's", "which". */
const ASKERS = new Set([...en.answerKinds.namesAskers, ...en.answerKinds.thingAskers]);
/**
 * How far the one query named so leads: twice a state question's fit. The question names the answer
 * itself, which outweighs a neighbour whose notes share the question's verb.
 */
const NAMED_ANSWER = 2;
/** A return that is a yes or a no names no thing to ask for. */
const YES_NO = new Set(['boolean', 'bool']);

/**
 * The noun a query's declared return opens with: "The reading, in the unit get_unit reports." ->
 * reading; "A unit such as hPa" -> unit; "A device class such as smoke" -> class; "Current
 * brightness." -> brightness. The last noun (WordNet) of the opening phrase, which ends at a comma,
 * a full stop or a function word: "Measured room temperature" -> temperature.
 */
export function returnedNoun(fn: NormalisedFunction, wordNet: WordNet): string | undefined {
  if (fn.kind !== 'query' || !fn.returns || YES_NO.has((fn.returnType ?? '').toLowerCase())) return undefined;
  const opening = fn.returns.split(/[,.;:(]/)[0] ?? '';
  const phrase: string[] = [];
  for (const word of words(opening.toLowerCase())) {
    if (en.determiners.has(word) && phrase.length === 0) continue;
    if (isStopword(word) || /^\d/.test(word) || en.indefinites.has(word)) break;
    phrase.push(word);
  }
  // "Measured room temperature": modifiers before the head; "A unit such as": no noun after it.
  const head = phrase.filter((word) => wordNet.canBe(word, 'noun')).at(-1);
  return head === undefined ? undefined : stem(head);
}

/**
 * "what's the reading?", "what does the sensor read?", "what is the unit?": a question for a thing
 * by name whose words say the noun one query's return opens with asks for that query's answer, not
 * for a neighbour whose notes share the verb ("Reads what kind of quantity the sensor measures" met
 * "what's the reading" better than "Reads the current value"). A verb said is its noun's stem
 * ("read", "reading"). NAMED_ANSWER for the one query named so, its negative for the other queries, 0 where
 * the question is not of that shape or names no query's return, or names several.
 */
export function returnedNounFit(fn: NormalisedFunction, reading: RequestReading, functions: readonly NormalisedFunction[], wordNet: WordNet | undefined): number {
  if (!wordNet || fn.kind !== 'query' || reading.mood !== 'question') return 0;
  const said = reading.words.map((word) => word.toLowerCase());
  if (!ASKERS.has(said[0] ?? '')) return 0;
  const stems = new Set(said.slice(1).filter((word) => !isStopword(word)).map(stem));
  const named = functions.filter((other) => {
    const noun = returnedNoun(other, wordNet);
    return noun !== undefined && stems.has(noun);
  });
  if (named.length !== 1) return 0;
  return named[0]!.name === fn.name ? NAMED_ANSWER : -NAMED_ANSWER;
}
