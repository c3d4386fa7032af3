import { en, enMapping, enPlanning, isStopword, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';

/**
 * "Are you running low on power?", "is the volume too high?": a question that says where something
 * stands with an adjective of a scale (WordNet gives "low" and "high" the attribute "level",
 * "degree") asks for one value on that scale. A reading function that returns one number (a
 * percentage, "int 0-100") answers it; one that returns several values (a position "(x, y)", a
 * list of networks) or a value of another kind does not, however near its words are: the request
 * says the robot, and so does the localisation's note, which made the position win.
 */

const SCALE_ATTRIBUTES = new Set(enMapping.scaleAttributes);
/** The words that ask for an amount or a degree ("how"). */
const QUANTITY_ASKERS = new Set(enPlanning.questions.quantityAskers);
/** Type words of the programming languages the documents are written in that hold several values. */
export const CONTAINER_TYPES: readonly string[] = ['tuple', 'pair', 'struct', 'dict', 'list', 'array', 'vector', 'map', 'set', 'cell'];
const SEVERAL_VALUES = new RegExp(`[[\\]{}<>]|\\b(?:${CONTAINER_TYPES.join('|')})\\b`);
const ONE_NUMBER = /^(?:u?int\d*|integer|long|short|float\d*|double|number|percent|percentage)\b/;
/** A Go-style second result ("(int, error)") is whether it failed, not a second value. */
const FAILURE_RESULT = /^err(?:or)?$/;

/** Whether a question asks where one value stands on a scale: a scale adjective said of its subject, not before a noun. */
export function asksScale(reading: RequestReading, wordNet: WordNet | undefined): boolean {
  if (!wordNet || reading.mood !== 'question') return false;
  const said = reading.words.map((word) => word.toLowerCase());
  return said.some((word, index) => {
    const next = said[index + 1];
    const asked = index > 0 && QUANTITY_ASKERS.has(said[index - 1]!);
    // "the high shelf": an adjective before its noun names a thing, it does not ask about a level;
    // "how far open": after "how", one before another adjective says how far the second holds.
    const nounNext = next !== undefined && !isStopword(next) && !en.verbParticles.has(next) && wordNet.canBe(next, 'noun');
    if (nounNext && !(asked && wordNet.canBe(next, 'adj'))) return false;
    // "are the blinds down?": a particle names a state (an end), not where a level stands.
    if (isStopword(word) || en.verbParticles.has(word) || !wordNet.canBe(word, 'adj')) return false;
    // "how fast is the internet?", "how stale is the air?": an adjective that "how" asks about asks
    // its degree, whatever attribute WordNet gives it (speed, staleness); read as words it met the
    // sensor's device class, which answers what is measured, not how much.
    if (asked) return true;
    return [...wordNet.attributeNouns(word)].some((noun) => SCALE_ATTRIBUTES.has(noun));
  });
}

/** +1 where the function returns one number, -1 where its document declares something else, 0 where it says nothing. */
export function returnsOneNumber(fn: NormalisedFunction): 1 | -1 | 0 {
  if (fn.returnType !== undefined) return fn.returnType === 'number' || fn.returnType === 'integer' ? 1 : -1;
  const declared = (fn.returns ?? '').toLowerCase().trim();
  if (declared === '') return 0;
  const results = declared
    .replace(/^\((.*)\)$/, '$1')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '' && !FAILURE_RESULT.test(part));
  if (results.length !== 1) return -1;
  const [only] = results as [string];
  if (SEVERAL_VALUES.test(only)) return -1;
  return ONE_NUMBER.test(only) ? 1 : -1;
}

/** The evidence of a scale question for one function, in -0.5..0.5: weighed beside the degree of a command. */
export function scaleAnswerFit(fn: NormalisedFunction, asked: boolean): number {
  return asked ? returnsOneNumber(fn) / 2 : 0;
}
