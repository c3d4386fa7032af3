import { en, splitIdentifier, words, type RequestReading } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';

/**
 * "How long until you're charged?", "when will you be full?" to a robot whose battery query
 * returns a percentage (issue #17): the question asks for a time, and the reading that meets its
 * words gives a level. Answering 73% to "how long" is a wrong answer said with confidence. A
 * question that opens by asking for a time ("how long", "how soon", "when", "since when": English's
 * closed class of time questions) is declined where no called function's own words (its name,
 * description or what it returns) speak of time: a unit of time (en.durationUnits) or time itself.
 * "Remaining" is no such word alone: "reads the remaining battery charge" tells a charge, and "how
 * long has the door been unlocked" was answered with the lock's battery by it; a function that
 * tells the time remaining names the time or its unit ("remaining_minutes", "remaining time").
 */
const TIME_OPENERS = [['how', 'long'], ['how', 'soon'], ['when'], ['since', 'when']];
/** Words a function that reports a time says of what it returns. Closed: time itself, and its units. */
const TIME_WORDS = new Set(['time', 'duration', 'eta', 'until', 'when', ...Object.keys(en.durationUnits).flatMap((unit) => [unit, `${unit}s`])]);

/** Whether the question opens by asking for a time. */
function asksForTime(reading: RequestReading): boolean {
  if (reading.mood !== 'question') return false;
  const all = reading.words.map((word) => word.toLowerCase()).filter((word) => !en.courtesy.has(word));
  return TIME_OPENERS.some((opener) => opener.every((word, at) => all[at] === word));
}

/** Whether the function's own words speak of time. A yes or no tells none, whatever its note says ("True when open"). */
function speaksOfTime(fn: NormalisedFunction): boolean {
  if (fn.returnType === 'boolean') return false;
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
