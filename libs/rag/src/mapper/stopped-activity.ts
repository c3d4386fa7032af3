import { enMapping, gerundBases, isStopword, relatedWords, stem, words, type Lexicon, type RequestReading } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import type { NormalisedFunction } from '../api-document';

/**
 * "Stop the gym fan swinging": a verb of ending or beginning with an activity after its object says
 * which of the device's activities is meant (issue #17). The fan's "stop" alone is turning it off; the
 * activity ("swinging") is its side-to-side sweep, another function. Where the call's own words meet
 * nothing of the activity (through WordNet: "swing" meets "sweep") while another function of the
 * document's does, the call does something else than was asked: it is declined, naming the activity,
 * rather than stopping the whole device. Where no function's words meet the activity ("stop the fan
 * spinning"), the device's own running is the activity, and the call stands.
 */

/** How closely an activity and a function's word must relate: synonyms, derived forms, a close sense. */
const MEET = 0.7;
const ASPECTUAL = new Set(enMapping.aspectualVerbs);

/** The activity ("swinging") that another function, not the call, is about; undefined where none. */
export function activityNotCalled(
  result: MapResult,
  reading: RequestReading,
  functions: readonly NormalisedFunction[],
  lexicon: Lexicon | undefined,
): string | undefined {
  if (result.kind !== 'call' || !lexicon?.wordNet) return undefined;
  const activity = trailingActivity(reading.words);
  if (!activity) return undefined;
  const keys = new Map<string, number>();
  for (const base of gerundBases(activity)) for (const [key, weight] of relatedWords(lexicon, base)) if (weight >= MEET || key === stem(base)) keys.set(key, weight);
  if (keys.size === 0) return undefined;
  const meets = (fn: NormalisedFunction) => words(`${fn.name.replace(/_/g, ' ')} ${fn.description}`).some((word) => !isStopword(word) && [...keys.keys()].some((key) => stem(word) === key || (key.length > 3 && stem(word).startsWith(key))));
  const called = new Set(result.calls.map((call) => call.function));
  if (functions.filter((fn) => called.has(fn.name)).some(meets)) return undefined;
  return functions.some((fn) => !called.has(fn.name) && meets(fn)) ? activity : undefined;
}

/** "stop the fan swinging" -> "swinging": an aspectual verb first, the request's last word a gerund after its object. */
function trailingActivity(said: readonly string[]): string | undefined {
  const content = said.filter((word) => !isStopword(word) || ASPECTUAL.has(word));
  const verbAt = content.findIndex((word) => ASPECTUAL.has(word));
  const last = content.at(-1);
  if (verbAt < 0 || last === undefined || content.length - verbAt < 3 || !/ing$/.test(last)) return undefined;
  return last;
}
