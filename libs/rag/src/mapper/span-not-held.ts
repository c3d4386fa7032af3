import { durationMs, enReference, type RequestReading } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { SPAN_DIRECTIONS } from './unit-not-held';

/** "for": the preposition of a span of time the device would have to keep (closed class of one). */
const SPAN = enReference.temporaryStop.spanPreposition;
/** At most this many words after "for", the unit with them: "for an hour", "for half an hour", "for a quarter of an hour". */
const BEFORE_UNIT = 5;
/** The shortest span read as a timer the device would need: a minute. */
const MINUTE_MS = 60_000;

/** Whether a parameter holds a span of time: its unit or its name is a unit of time ("minutes", "duration_s"). */
function holdsSpan(fn: NormalisedFunction): boolean {
  return fn.parameters.some((parameter) => [parameter.unit ?? '', ...parameter.name.split('_')].some((word) => word !== '' && durationMs('1', word) !== undefined));
}

/**
 * "boost the heating for an hour", "run the fan for half an hour": a span of time said with an
 * article, not a digit ("for 2 hours" is read as a number by unit-not-held.ts), that the call cannot
 * keep where none of its parameters holds a time (issue #17: a timer the device does not have). The
 * call would step the target and leave it there for good. Declined, naming the span; undefined
 * where the request says no such span, a number is said in it, or the call holds a time.
 */
export function spanNotHeld(result: MapResult, reading: RequestReading, byName: ReadonlyMap<string, NormalisedFunction>, movedOnly = false): string | undefined {
  if (result.kind !== 'call' || reading.mood === 'question') return undefined;
  const functions = result.calls.map((call) => byName.get(call.function)).filter((fn): fn is NormalisedFunction => fn !== undefined);
  if (functions.some((fn) => fn.kind === 'query' || holdsSpan(fn))) return undefined;
  const tokens = reading.tokens;
  // `movedOnly`: the request as said, where a rewrite dropped the way's span ("go back a minute" read as the previous track).
  if (movedOnly) return movedBySpan(tokens);
  for (const [index, token] of tokens.entries()) {
    if (token !== SPAN) continue;
    const between = tokens.slice(index + 1, index + 1 + BEFORE_UNIT);
    // "pause it for a sec": a span shorter than a minute says "briefly", an idiom of a pause the mapper reads elsewhere (paused-for-a-while.ts), not a timer.
    const at = between.findIndex((word) => (durationMs('1', word) ?? 0) >= MINUTE_MS);
    if (at < 0 || between.slice(0, at).some((word) => /\d/.test(word))) continue;
    const said = between.slice(0, at);
    // "for 10 minutes": a number said in words is a mention unit-not-held.ts reads; here only an article or a share of one.
    if (said.length === 0 || reading.numbers.some((mention) => mention.following.toLowerCase().startsWith(between[at]!))) continue;
    return [SPAN, ...between.slice(0, at + 1)].join(' ');
  }
  return movedBySpan(tokens);
}

/** The words of an amount said without a number (articles and vague amounts, a closed class): "a", "a couple of", "a few". */
const VAGUE: ReadonlySet<string> = new Set(['a', 'an', 'half', 'couple', 'few', 'of', 'several', 'another']);

/**
 * "skip ahead a minute", "go back a couple of minutes", "jump forward a few seconds": a span of time
 * right after a way forward or back is how far to move through what plays (a seek), which no call
 * without a time parameter does; read as the way alone it skipped a whole track. Said with a digit
 * ("back 30 seconds") unit-not-held.ts reads it; here only an article or a vague amount.
 */
function movedBySpan(tokens: readonly string[]): string | undefined {
  for (const [index, token] of tokens.entries()) {
    if (!SPAN_DIRECTIONS.has(token.toLowerCase())) continue; // the adverbs of a way forward or back (unit-not-held.ts)
    const between = tokens.slice(index + 1, index + 1 + BEFORE_UNIT).map((word) => word.toLowerCase());
    const at = between.findIndex((word) => durationMs('1', word) !== undefined);
    if (at <= 0 || !between.slice(0, at).every((word) => VAGUE.has(word))) continue;
    return [token, ...between.slice(0, at + 1)].join(' ');
  }
  return undefined;
}
