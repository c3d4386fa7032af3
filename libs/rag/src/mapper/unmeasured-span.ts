import { en, enReference, words, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { takesTime } from '../arguments/parameter-values';

const { spanPreposition, timeNoun } = enReference.temporaryStop;
/** The indefinite determiners that make a span of time unmeasured ("for a bit", "for some time", "for a few minutes"): a closed class. */
const INDEFINITE = new Set(['a', 'an', 'some']);
/** Closed-class words that may stand between the determiner and the time noun ("a little while", "a few minutes", "a short spell"). */
const BETWEEN = new Set(['little', 'short', 'few', 'wee', 'good', 'long', 'bit', 'of']);

/**
 * A run asked for an unmeasured span is not a run without end (issue #17, a wrong action is worse
 * than a question): "water the garden for a bit", "run the sprinklers for a while". The call's
 * function takes how long to run (a parameter in minutes or seconds), the request says the run is
 * to stop, but no number of minutes: open_valve without its duration stays open until someone
 * closes it. The span is "for" and an indefinite determiner before a noun WordNet files under time
 * ("bit", "while", "spell", "minutes"), with no number said; asked how long. A call that took the
 * duration, or a span said with no determiner ("for now", "for good"), is left alone.
 */
export function unmeasuredSpan(result: MapResult, said: string, byName: ReadonlyMap<string, NormalisedFunction>, wordNet: WordNet | undefined, selfNoun: string | undefined): string | undefined {
  if (!wordNet || result.kind !== 'call' || result.calls.length !== 1 || /\d/.test(said)) return undefined;
  const [call] = result.calls;
  const fn = call && byName.get(call.function);
  const duration = fn?.parameters.find((parameter) => takesTime(parameter) && call!.arguments[parameter.name] === undefined);
  if (!fn || fn.kind === 'query' || !duration || !saysUnmeasuredSpan(said, wordNet)) return undefined;
  return `you asked for ${selfNoun ? `the ${selfNoun}` : 'this device'} to run for a while, but not for how long: ${fn.name.replace(/_/g, ' ')} takes ${duration.name.replace(/_/g, ' ')}; it is not left running without end instead`;
}

/** Whether the request says "for" and an indefinite span of time: "for a bit", "for a little while", "for some time". */
export function saysUnmeasuredSpan(said: string, wordNet: WordNet): boolean {
  const lower = words(said).map((word) => word.toLowerCase());
  return lower.some((word, index) => {
    if (word !== spanPreposition || !INDEFINITE.has(lower[index + 1] ?? '')) return false;
    for (const next of lower.slice(index + 2, index + 5)) {
      if (BETWEEN.has(next) && !wordNet.nounAncestors(next).has(timeNoun)) continue;
      return next === timeNoun || (wordNet.nounAncestors(next).has(timeNoun) && !en.determiners.has(next));
    }
    return false;
  });
}
