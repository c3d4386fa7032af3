import { en, enReference, splitIdentifier, words, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';

/** How many of a verb's commonest senses may make it a verb of stopping for a while (stated-need.ts reads verbs alike). */
const COMMON_SENSES = 2;
/** A relation of the pause's verb this close (a synonym or close relation, action-scope.ts) makes the chosen call's verb a stop it narrows. */
const CLOSE_RELATION = 0.75;
/** The weight of the chosen verb's own stem (1) or a synonym's (0.9) among its relatives. */
const SYNONYM = 0.9;

const { spanPreposition, timeNoun, interruption } = enReference.temporaryStop;

/**
 * A stop said for a while is a pause, where the device can pause: "stop the hoover for now", "hold
 * on with the vacuuming for a moment", "halt the music for a minute" mean to go on later, and a
 * stop forgets where it was (a vacuum's run, a track's place). The request says a span of time
 * after "for" (a noun WordNet files under time: now, moment, while, minute); the chosen call's
 * verb is a stop (stop_cleaning, stop); the device has another action, taking no arguments, whose
 * verb stops only for a while: one of its commonest WordNet senses is a kind of interrupting
 * ("pause", "intermit", "break"), and "stop" is a close relation of it. A device with no such
 * action keeps its stop: the brief pause asked for is a stop there.
 */
export function pausedForAWhile(result: MapResult, request: string, functions: ReadonlyMap<string, NormalisedFunction>, wordNet: WordNet | undefined): MapResult {
  if (!wordNet || result.kind !== 'call' || result.calls.length !== 1 || !saysSpanOfTime(request, wordNet)) return result;
  const [call] = result.calls;
  const chosenVerb = call ? leadingVerb(call.function) : undefined;
  if (!call || !chosenVerb) return result;
  for (const fn of functions.values()) {
    if (fn.name === call.function || fn.kind === 'query' || fn.parameters.some((parameter) => parameter.required)) continue;
    const verb = leadingVerb(fn.name);
    if (!verb || verb === chosenVerb || !stopsForAWhile(verb, wordNet)) continue;
    if (!stopNarrowed(chosenVerb, verb, wordNet)) continue;
    return { ...result, calls: [{ ...call, function: fn.name, arguments: {} }] };
  }
  return result;
}

/**
 * Whether the chosen call's verb, or one of its synonyms, is a close relation of the pause's verb:
 * "stop" is one of "pause", and "halt" a synonym of "stop".
 */
function stopNarrowed(chosenVerb: string, pauseVerb: string, wordNet: WordNet): boolean {
  const pauseRelatives = wordNet.verbRelatives(pauseVerb);
  return [...wordNet.verbRelatives(chosenVerb)].some(([key, weight]) => weight >= SYNONYM && (pauseRelatives.get(key) ?? 0) >= CLOSE_RELATION);
}

/** The first word of a function's name where it can be a verb ("pause" of pause_cleaning). */
function leadingVerb(name: string): string | undefined {
  const first = splitIdentifier(name)[0]?.toLowerCase();
  return first !== undefined && first.length > 0 ? first : undefined;
}

/** Whether one of the verb's commonest senses is a kind of interrupting ("pause": interrupt, break). */
function stopsForAWhile(verb: string, wordNet: WordNet): boolean {
  return wordNet.verbSenses(verb).slice(0, COMMON_SENSES).some((sense) => sense.hypernyms.includes(interruption));
}

/** "for now", "for a moment", "for the next few minutes": the span preposition, then (past its determiners and quantifiers) a noun of time. */
function saysSpanOfTime(request: string, wordNet: WordNet): boolean {
  const said = words(request).map((word) => word.toLowerCase());
  return said.some((word, index) => {
    if (word !== spanPreposition) return false;
    for (const next of said.slice(index + 1, index + 5)) {
      if (en.determiners.has(next) || en.quantifiers.has(next) || /^\d+$/.test(next)) continue;
      return wordNet.nounAncestors(next).has(timeNoun);
    }
    return false;
  });
}
