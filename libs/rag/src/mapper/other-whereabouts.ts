import { en, enMapping, isStopword, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';

/**
 * "Where is the forklift?", "where's the charging station?", "where were you an hour ago?" to a
 * robot whose one place query tells where the robot itself is now (issue #17): the question asks
 * where another thing is, or where the device was, and the query answers neither; the robot
 * reported its own position. The subject of "where is/are/was/were" is read: where it is the
 * addressee ("you", "yourself") or one of the device's own nouns ("where's the robot?"), the query
 * answers, as long as the verb is in the present; any other noun is a thing whose place no call
 * tells. A "where did you ..." question is left alone: its subject is the addressee.
 *
 * The forms of "be" and the addressee's words are English's closed classes.
 */

/** Present and past forms of "be" after "where" (closed class); "where's" is split by the tokenizer or said as one word. */
const PRESENT_BE = new Set(['is', 'are', "'s", 's', 'am']);
const PAST_BE = new Set(['was', 'were']);
const ADDRESSEE = new Set(['you', 'yourself', 'u', 'ya']);

/** What follows "where" + "be": the question's subject, up to a preposition or the end. */
function subjectAfterWhere(tokens: readonly string[]): { subject: string[]; past: boolean } | undefined {
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at]!;
    let be = tokens[at + 1];
    let start = at + 2;
    if (token === "where's" || token === 'wheres') [be, start] = ['is', at + 1];
    else if (token !== 'where') continue;
    if (be === undefined || !(PRESENT_BE.has(be) || PAST_BE.has(be))) return undefined;
    const subject: string[] = [];
    for (let cursor = start; cursor < tokens.length; cursor += 1) {
      const word = tokens[cursor]!;
      if (en.placePrepositions.has(word) || en.motionGoals.has(word)) break;
      subject.push(word);
    }
    return { subject, past: PAST_BE.has(be) };
  }
  return undefined;
}

/**
 * Why a query that tells a place is not called for a where-question about another thing or a past
 * place, or undefined. `ownNouns` are the words the device is called by (its kind nouns, names, self noun).
 */
export function otherWhereabouts(result: MapResult, reading: RequestReading, byName: ReadonlyMap<string, NormalisedFunction>, ownNouns: ReadonlySet<string>, selfNoun: string | undefined, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || result.kind !== 'call' || reading.mood !== 'question') return undefined;
  // Only a query with nothing to be told: a shelf's or a coordinate's function is told where, and answers no "where".
  if (result.calls.some((call) => byName.get(call.function)?.parameters.length !== 0)) return undefined;
  const tokens = reading.tokens.map((token) => token.replace(/’/g, "'"));
  const found = subjectAfterWhere(tokens);
  if (!found) return undefined;
  const device = selfNoun ?? 'device';
  // "where is it?": a pronoun refers to the device the request was sent to.
  const self = found.subject.some((word) => ADDRESSEE.has(word) || ownNouns.has(word) || en.anaphora.has(word) || en.demonstratives.has(word) || word === enMapping.addressee.reflexive);
  if (self) return found.past ? `the ${device} can tell where it is now, not where it was` : undefined;
  const things = found.subject.filter((word) => !isStopword(word) && !en.determiners.has(word) && wordNet.canBe(word, 'noun'));
  return things.length > 0 ? `the ${device} can tell where it is itself, not where "${things.join(' ')}" is` : undefined;
}
