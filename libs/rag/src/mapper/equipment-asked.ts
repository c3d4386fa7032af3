import { en, words, type RequestReading } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';

/** The indefinite articles: a part or ability asked of as one the device may or may not have ("a camera", "an arm"). */
const INDEFINITE = ['a', 'an'];
const ONE = `(?:${INDEFINITE.join('|')})`;
/** A vocative or courtesy before the question, set off by a comma ("robot, do you have ..."): at most two words. */
const VOCATIVE = `(?:[\\p{L}']+(?:\\s+[\\p{L}']+)?\\s*,\\s*)?`;
/**
 * English's ways of asking whether the addressee has a part or can do a thing at all (closed classes):
 * "do you have a barcode reader?", "have you got a gripper arm?", "do you come with a scanner?",
 * "do you support bluetooth?", "is there a camera on you?", "do you know how to open a door?", "what
 * can you do?", "what are you able to do?", "is your camera able to zoom?". Each names what the device
 * is made with or able to do, not a state it reads now.
 */
const ASKED_OF_MAKE: readonly RegExp[] = [
  new RegExp(`^${VOCATIVE}(?:do|does)\\s+you\\s+(?:have|come\\s+with|support)\\s+(${ONE}\\s+[^?]+)`, 'iu'),
  new RegExp(`^${VOCATIVE}(?:have)\\s+you\\s+got\\s+(${ONE}\\s+[^?]+)`, 'iu'),
  new RegExp(`^${VOCATIVE}(?:is|are)\\s+there\\s+(${ONE}\\s+[^?]+?)\\s+(?:on|in|fitted\\s+to)\\s+you\\b`, 'iu'),
  new RegExp(`^${VOCATIVE}(?:do|does)\\s+you\\s+know\\s+how\\s+to\\s+([^?]+)`, 'iu'),
  new RegExp(`^${VOCATIVE}what\\s+(?:else\\s+)?(?:can|could)\\s+you\\s+(do)\\b`, 'iu'),
  new RegExp(`^${VOCATIVE}what\\s+(?:else\\s+)?are\\s+you\\s+(?:able\\s+to\\s+(do)|(capable)\\s+of)\\b`, 'iu'),
  new RegExp(`^${VOCATIVE}(?:is|are)\\s+your\\s+([\\p{L}]+(?:\\s+[\\p{L}]+)?)\\s+(?:able|capable)\\b`, 'iu'),
];

/**
 * A question of what the device is made with or able to do (issue #17, a wrong action is worse than a
 * question): "do you have a barcode reader?" listed the wifi, "is there a camera on you?" took a
 * photo, "what can you do?" read the battery. Such a question asks of the device's make, which its
 * document tells and none of its functions reports: a call only guesses at one of the words. Declined,
 * saying what the device can do is in its document.
 *
 * Kept: a reading of a quantity or state said without the indefinite article ("do you have enough
 * charge?", "have you got any room?": the question's phrase opens with "a"/"an" or asks "how to", "what
 * can you do"), and a query one of whose function's words the thing asked meets (`explains`: "do you
 * have a full charge?" is the battery's reading). Undefined where the call stands.
 */
export function equipmentAsked(result: MapResult, reading: RequestReading, kindOf: (name: string) => 'action' | 'query' | undefined, explains: (name: string, word: string) => boolean, selfNoun: string | undefined): string | undefined {
  if (result.kind !== 'call' || reading.mood !== 'question') return undefined;
  const text = reading.text.trim();
  const asked = ASKED_OF_MAKE.map((pattern) => pattern.exec(text)).find((match) => match !== null);
  if (!asked) return undefined;
  const thing = asked.slice(1).find((group) => group !== undefined)?.trim() ?? '';
  const thingWords = words(thing.toLowerCase()).filter((word) => !INDEFINITE.includes(word) && !en.articles.has(word));
  if (result.calls.some((call) => kindOf(call.function) === 'query' && thingWords.some((word) => explains(call.function, word)))) return undefined;
  return `that asks what the ${selfNoun ?? 'device'} is made with or able to do ("${thing}"), which its document tells and none of its functions reports`;
}
