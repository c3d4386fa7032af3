import { en, moodOf, splitIdentifier, words, type RequestReading } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { opensQuestion } from './questions-together';

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
 *
 * So with a reason: "why is the fan on?" was answered with whether it is on, "why do you keep going
 * back to shelf 2?" sent the robot to shelf 2 again. A question that opens by asking why ("why",
 * "how come": English's closed class) is declined where no called function's own words speak of a
 * cause (a reason, a cause, an error, a fault). Not "why don't you ..." / "why not ...", which
 * suggest the deed, nor a reason asked with a guess at it asked after ("why is it so cold, is the
 * heating off?") or a command ("why is it so dark, put the light on"), which the call answers, nor
 * one sentence of several.
 */
const TIME_OPENERS = [['how', 'long'], ['how', 'soon'], ['when'], ['since', 'when']];
/** Words a function that reports a time says of what it returns. Closed: time itself, and its units. */
const TIME_WORDS = new Set(['time', 'duration', 'eta', 'until', 'when', ...Object.keys(en.durationUnits).flatMap((unit) => [unit, `${unit}s`])]);
const REASON_OPENERS = [['why'], ['how', 'come']];
/** "why don't you dock?", "why not go to shelf 3?": a suggestion of the deed, not a question of its cause. Closed. */
const SUGGESTING: ReadonlySet<string> = new Set(["don't", 'dont', 'not', "doesn't", 'doesnt']);
/** Words a function that tells a cause says of itself: closed. */
const REASON_WORDS = new Set(['reason', 'reasons', 'cause', 'causes', 'because', 'why', 'error', 'errors', 'fault', 'faults']);

type Asked = 'time' | 'reason';
const opens = (all: readonly string[], openers: readonly (readonly string[])[]) => openers.some((opener) => opener.every((word, at) => all[at] === word));

/** Whether the question opens by asking for a time or a reason. */
function askedFor(reading: RequestReading): Asked | undefined {
  if (reading.mood !== 'question') return undefined;
  const all = reading.words.map((word) => word.toLowerCase()).filter((word) => !en.courtesy.has(word));
  if (opens(all, TIME_OPENERS)) return 'time';
  if (!opens(all, REASON_OPENERS) || SUGGESTING.has(all[1] ?? '') || /[.!?]\s*\S/.test(reading.text.trim())) return undefined;
  // "why is it so cold, is the heating off?", "why is it so dark, put the light on": the question or command after the comma is what the call answers.
  return reading.text.split(/[,;]/).slice(1).some((clause) => opensQuestion(clause) || moodOf(clause) === 'command') ? undefined : 'reason';
}

/**
 * Whether the function's own words speak of time (a yes or no tells none, whatever its note says: "True when open"), or of a
 * cause by its name or description: a Go function's return "(int, error)" says only that it may fail, not why anything is so.
 */
function speaksOf(fn: NormalisedFunction, asked: Asked): boolean {
  if (asked === 'time' && fn.returnType === 'boolean') return false;
  const own = [...splitIdentifier(fn.name), ...words(fn.description), ...(asked === 'time' ? words(fn.returns ?? '') : [])].map((word) => word.toLowerCase());
  return own.some((word) => (asked === 'time' ? TIME_WORDS : REASON_WORDS).has(word));
}

/** The reason a question for a time or a reason is declined where no call speaks of one, or undefined. */
export function timeAsked(result: MapResult, reading: RequestReading, byName: ReadonlyMap<string, NormalisedFunction>, selfNoun: string | undefined): string | undefined {
  const asked = result.kind === 'call' ? askedFor(reading) : undefined;
  if (result.kind !== 'call' || !asked) return undefined;
  const called = result.calls.map((call) => byName.get(call.function)).filter((fn): fn is NormalisedFunction => fn !== undefined);
  if (called.length === 0 || called.some((fn) => speaksOf(fn, asked))) return undefined;
  return `"${reading.text.trim()}" asks for ${asked === 'time' ? 'a time' : 'a reason'}, and none of the ${selfNoun ?? 'device'}'s functions tells one: ${called.map((fn) => fn.name).join(', ')} reports something else`;
}
