import { en, enConversation, enReference, type NumberMention, type RequestReading } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';

/** What joins two numbers offered as a choice ("4 or 5", "4, or 5"): English's one such conjunction, a closed class. */
const EITHER_GAP = /^\s*,?\s*or\s*$/i;
const OR = 'or';
const TAKEN_BACK: ReadonlySet<string> = new Set(enConversation.correctionOpeners);
const DOUBT: ReadonlySet<string> = new Set(enConversation.doubtMarkers);
/**
 * The words that may stand between two values offered undecided besides "or" and a doubt ("or was it", "or might it be",
 * "um", "no", "hmm"): "it", the auxiliaries and modals, the discourse openers and a correction's one-word openers.
 */
const BETWEEN: ReadonlySet<string> = new Set(['it', ...en.auxiliaries, ...enReference.statedEvent.modals, ...en.discourseOpeners, ...enConversation.correctionOpeners].filter((phrase) => !phrase.includes(' ')));

/**
 * Whether the words between two values offer the second undecided: "shelf 3, or maybe shelf 4", "shelf 8, hmm, or perhaps
 * shelf 9", "shelf 10, or was it 11", "shelf 6 or shelf 8", "shelf 2, no, maybe 12": an "or" and no word that takes the
 * first value back ("or rather", "sorry"), or an adverb of doubt; besides them, only the noun the first value is of and
 * the little words of a question or a hesitation.
 */
function undecidedGap(gap: string, noun: string | undefined): boolean {
  const said: readonly string[] = gap.toLowerCase().match(/[a-z']+/g) ?? [];
  if (said.length === 0 || !said.every((word) => word === OR || DOUBT.has(word) || word === noun || BETWEEN.has(word))) return false;
  const doubt = said.some((word) => DOUBT.has(word));
  return doubt || (said.includes(OR) && !said.some((word) => TAKEN_BACK.has(word)));
}
/** "between 20 and 22", "between 40-60": a range's preposition before its first number, and what joins the two (closed class). */
const RANGE_BEFORE = /\bbetween\s*$/i;
const RANGE_GAP = /^\s*(?:and|to|-|–)\s*$/i;

/**
 * "Shelf 4 or 5, whichever is closer", "set the speed to 1 or 1.5" (issue #17): two numbers offered
 * as a choice, of which the call took one, or offered undecided ("shelf 3, or maybe shelf 4", "shelf 10, or was it 11?":
 * undecidedGap). Which one the person wants the device cannot tell (nearer,
 * free, faster): a wrong action is worse than a question, so it asks, naming both. A number the call
 * took that is said with no other one after "or" is left as it is.
 */
export function eitherNumber(result: MapResult, reading: RequestReading, selfNoun: string | undefined): string | undefined {
  if (result.kind !== 'call') return undefined;
  const values = new Set(result.calls.flatMap((call) => Object.values(call.arguments)).filter((value): value is number => typeof value === 'number'));
  const said = (mention: NumberMention) => reading.text.slice(mention.start, mention.end).trim();
  for (const first of reading.numbers) {
    const noun = /([a-z]+)\s*$/i.exec(reading.text.slice(0, first.start))?.[1]?.toLowerCase();
    const next = reading.numbers.find((other) => other.start >= first.end);
    const second = next && (EITHER_GAP.test(reading.text.slice(first.end, next.start)) || undecidedGap(reading.text.slice(first.end, next.start), noun)) ? next : undefined;
    if (second === undefined || first.value === second.value) continue;
    if (!values.has(first.value) && !values.has(second.value)) continue;
    // "is it shelf 3 or shelf 5? Shelf 5, go there": the choice settled by a value said again after it.
    if (reading.numbers.some((other) => other.start >= second.end && (other.value === first.value || other.value === second.value))) continue;
    return `the ${selfNoun ?? 'device'} was offered ${said(first)} or ${said(second)}: which one?`;
  }
  return betweenNumbers(values, reading, selfNoun);
}

/**
 * "Set it between 20 and 22", "run the fan between 40 and 60 percent": a range, of which the call
 * took one end as the one value its parameter holds (the target to 20, the speed to 60). Where the
 * device holds a range itself, the call takes both ends and is left as it is; otherwise which value
 * in the range is wanted is asked, as a choice of two is.
 */
function betweenNumbers(values: ReadonlySet<number>, reading: RequestReading, selfNoun: string | undefined): string | undefined {
  for (const first of reading.numbers) {
    if (!RANGE_BEFORE.test(reading.text.slice(0, first.start))) continue;
    const second = reading.numbers.find((other) => other.start >= first.end && RANGE_GAP.test(reading.text.slice(first.end, other.start)));
    if (second === undefined || first.value === second.value) continue;
    if (values.has(first.value) === values.has(second.value)) continue;
    return `the ${selfNoun ?? 'device'} was given a range, between ${reading.text.slice(first.start, second.end).trim()}, and holds one value: which one?`;
  }
  return undefined;
}
