import { en, splitIdentifier, words, type RequestReading } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';

/**
 * "How long until you're charged?", "when will you be full?" to a robot whose battery query
 * returns a percentage (issue #17): the question asks for a time, and the reading that meets its
 * words gives a level. Answering 73% to "how long" is a wrong answer said with confidence. A
 * question that opens by asking for a time ("how long", "how soon", "when": English's closed class
 * of time questions) is declined where no called function's own words (its name, description or
 * what it returns) speak of time: a unit of time (en.durationUnits) or time itself.
 */
const TIME_OPENERS = [['how', 'long'], ['how', 'soon'], ['when']];
/** Words a function that reports a time says of what it returns. Closed: time itself, and its units. */
const TIME_WORDS = new Set(['time', 'duration', 'remaining', 'eta', 'until', 'when', ...Object.keys(en.durationUnits).flatMap((unit) => [unit, `${unit}s`])]);

/** Whether the question opens by asking for a time. */
function asksForTime(reading: RequestReading): boolean {
  if (reading.mood !== 'question') return false;
  const all = reading.words.map((word) => word.toLowerCase()).filter((word) => !en.courtesy.has(word));
  return TIME_OPENERS.some((opener) => opener.every((word, at) => all[at] === word));
}

/** Whether the function's own words speak of time. */
function speaksOfTime(fn: NormalisedFunction): boolean {
  const own = [...splitIdentifier(fn.name), ...words(fn.description), ...words(fn.returns ?? '')].map((word) => word.toLowerCase());
  return own.some((word) => TIME_WORDS.has(word));
}

/** The reason a question for a time is declined where no call speaks of time, or undefined. */
export function timeAsked(result: MapResult, reading: RequestReading, byName: ReadonlyMap<string, NormalisedFunction>, selfNoun: string | undefined): string | undefined {
  if (result.kind !== 'call' || !asksForTime(reading)) return undefined;
  const called = result.calls.map((call) => byName.get(call.function)).filter((fn): fn is NormalisedFunction => fn !== undefined);
  if (called.length === 0 || called.some(speaksOfTime)) return undefined;
  return `"${reading.text.trim()}" asks for a time, and none of the ${selfNoun ?? 'device'}'s functions tells one: ${called.map((fn) => fn.name).join(', ')} reports something else`;
}
