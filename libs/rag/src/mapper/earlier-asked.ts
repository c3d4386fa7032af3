import { enPlanning, type RequestReading } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { asksOtherTime } from './reading-now';
import { spanBeforeNow } from './span-before-now';

/**
 * What this reads: a yes-or-no question of an earlier time ("did you scan shelf 9 earlier?", "was
 * shelf 7 scanned last night?", "have you been to shelf 12 today?", "were you at shelf 10 an hour
 * ago?", "do you remember what was on shelf 4 last week?") put to a reading of a vendor's document,
 * which declares no kinds (issue #17, a wrong answer is worse than a question).
 *
 * Why: retrieval reads the deed or the thing a question names and not its tense, so the robot
 * scanned shelf 9 now, read its position now or its battery now, and answered a question of then
 * with the state of now. reading-now.ts declines the same for a document that declares its queries
 * (and only for those that take nothing); past-deed-said.ts declines it where the call is an action.
 * A vendor's reading takes a shelf or nothing and says nothing of when; what it reads is now.
 *
 * Read from the question's form, never from its topic: it opens with an auxiliary (the language's
 * yes-or-no openers, "did", "had"), and says before now by its opener's tense ("did", "had", "was",
 * "were"), or a perfect ("have", "has") with a span up to now ("today", "so far") or an adverb of
 * all time before now ("ever", "since"), or any opener with a deictic past (reading-now.ts
 * `asksOtherTime`: "yesterday", "ago", "last week"). A perfect with no span ("has shelf 6 filled
 * up?", "have you got enough charge?") asks of the state it has come to, which is now: it is read.
 */

/** The auxiliaries a yes-or-no question opens with (the language's), and the past "did" and "had". */
const PAST_OPENERS: ReadonlySet<string> = new Set([...enPlanning.copulas.past, 'did', 'had']);
const PERFECT_OPENERS: ReadonlySet<string> = new Set(['has', 'have']);
const OPENERS: ReadonlySet<string> = new Set([...enPlanning.questions.yesNoOpeners, ...PAST_OPENERS, ...PERFECT_OPENERS, ...enPlanning.courtesyFrames.askers.map((asker) => asker.split(' ')[0]!)]);
/** Adverbs and a preposition that, with a perfect, reach back before now over all time or from a point ("ever", "since Monday"): closed class. */
const BEFORE_NOW_ADVERBS: ReadonlySet<string> = new Set(['ever', 'since', 'earlier']);

/** The words of the question that say it asks before now, or undefined where it asks of now. */
export function earlierTime(reading: RequestReading): string | undefined {
  const said = reading.words.map((word) => word.toLowerCase());
  const opener = said[0];
  if (opener === undefined || !OPENERS.has(opener) || said.length < 3) return undefined;
  const adverb = said.find((word) => BEFORE_NOW_ADVERBS.has(word));
  if (PAST_OPENERS.has(opener)) return adverb ?? opener;
  if (PERFECT_OPENERS.has(opener)) return adverb ?? spanBeforeNow(said);
  return asksOtherTime(said) && !said.includes('will') && !said.includes('tomorrow') ? (adverb ?? 'before now') : adverb;
}

/**
 * The reason a yes-or-no question of an earlier time is declined: every call is a reading (its kind
 * read from its name, `kindOf`) of a function that declares no kind; undefined otherwise.
 */
export function earlierAsked(result: MapResult, reading: RequestReading, byName: ReadonlyMap<string, NormalisedFunction>, kindOf: (name: string) => 'action' | 'query' | undefined, selfNoun: string | undefined): string | undefined {
  if (result.kind !== 'call' || result.calls.length === 0 || reading.mood !== 'question') return undefined;
  if (!result.calls.every((call) => byName.get(call.function)?.kind === undefined && kindOf(call.function) === 'query')) return undefined;
  const when = earlierTime(reading);
  if (when === undefined) return undefined;
  return `"${reading.text.trim()}" asks what was so before now ("${when}"), and the ${selfNoun ?? 'device'} can only tell what it reads now`;
}
