import { en, stem, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';

/**
 * The verb a request opens with where it orders one of the device's own actions, though the
 * request's mood is not read as a command ("resume the media player": "resume" is no word of the
 * language's short list of command openers, so the request reads as neutral). The verb must be said
 * as a verb (mostly a verb in WordNet, or followed by a determiner: "resume the ...", "bleach the ...")
 * and be a word of an action's own name or description ("Starts or resumes playback"), so the
 * document itself says that the word names something the device does. Undefined otherwise.
 */
export function namedActionVerb(reading: RequestReading, functions: ReadonlyMap<string, NormalisedFunction>, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || reading.mood !== 'neutral') return undefined;
  const all = reading.words.filter((word) => !en.courtesy.has(word));
  const [verb, next] = all;
  if (verb === undefined || !wordNet.isVerb(verb)) return undefined;
  if (!wordNet.mostlyVerb(verb) && !(next !== undefined && (en.determiners.has(next) || en.quantifiers.has(next)))) return undefined;
  const key = stem(verb);
  return [...functions.values()].some((fn) => fn.kind !== 'query' && ownStems(fn).has(key)) ? verb : undefined;
}

/** Whether a function's own words (its name and description) hold the word, stemmed. */
export function functionSays(fn: NormalisedFunction, word: string): boolean {
  return ownStems(fn).has(stem(word));
}

const cache = new WeakMap<NormalisedFunction, Set<string>>();
function ownStems(fn: NormalisedFunction): Set<string> {
  let found = cache.get(fn);
  if (!found) cache.set(fn, (found = new Set(words(`${fn.name.replace(/[_-]+/g, ' ')} ${fn.description}`).map((word) => stem(word.toLowerCase())))));
  return found;
}
