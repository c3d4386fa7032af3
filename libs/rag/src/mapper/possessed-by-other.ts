import { en, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import type { ScopeReading } from './scope';

/** How closely a word must meet the document to be its own thing: its stem, a synonym or a derivation (scope.ts's weights), as other-machine.ts reads it. */
const OWN_THING = 0.75;

/** A possessive said with an apostrophe ("the drone's battery", "the scanners' batteries"): its owner's word, the words after it read apart. */
const POSSESSIVE = /(\p{L}[\p{L}-]*)(?:['’]s|s['’])(?=\s+\p{L})/gu;

/**
 * The owners said with "'s" in a text, each a noun phrase's head: a determiner before it other than the
 * device's own "your" or "its" ("the drone's", "my phone's"), or a name ("Sam's"); not "let's",
 * "someone's", "battery's low". Lower case, with where the possessive ends.
 */
export function possessiveOwners(text: string): { owner: string; end: number }[] {
  const owners: { owner: string; end: number }[] = [];
  for (const match of text.matchAll(POSSESSIVE)) {
    const before = words(text.slice(0, match.index)).at(-1);
    const named = match.index > 0 && /^\p{Lu}/u.test(match[1]!);
    if (before === 'your' || before === 'its' || !(named || (before !== undefined && en.determiners.has(before)))) continue;
    owners.push({ owner: match[1]!.toLowerCase(), end: match.index + match[0].length });
  }
  return owners;
}

/** A plural's singular by its regular ending ("batteries", "cameras"). */
function singular(word: string): string {
  return word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') ? word.slice(0, -1) : word;
}

/**
 * A thing of the device's own kind, asked of another owner (issue #17, a wrong action is worse than a
 * question): "check the drone's battery", "what's the printer's battery at?", "tilt the drone's
 * camera up", "map the drone's surroundings" said to a warehouse robot read its own battery, tilted
 * its own camera, mapped its own surroundings. The request names the thing the call is about (a word
 * the call's function explains: the battery, the camera) as another's: an owner said with "'s" that
 * is no word of the document's own (not "shelf 4's free slots") and not the device's own noun or
 * name ("the robot's battery" is its own; "robot 2's" is another-of-kind.ts's). The device's
 * functions are about its own battery and camera, so the request is the other owner's.
 *
 * Kept: a call given a text value ("join the office's wifi, Office5, password ..."): the thing is
 * where the value comes from, not the device's own; a thing the call does not explain ("take a photo
 * of the printer's screen": the screen is only looked at). Undefined where the call stands.
 */
export function possessedByOther(result: MapResult, reading: RequestReading, scope: ScopeReading | undefined, ownNouns: ReadonlySet<string>, selfNoun: string | undefined, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || !scope?.explained || result.kind !== 'call') return undefined;
  if (result.calls.some((call) => Object.values(call.arguments).some((value) => typeof value === 'string'))) return undefined;
  // The thing the call is about: a word the call's function explains, or one the document names as its own ("batteries" for a battery query).
  const aboutCall = (word: string) => {
    const at = scope.content.findIndex((content) => content === word || singular(word) === content);
    return at >= 0 && (scope.meetings[at]! >= OWN_THING || result.calls.some((call) => scope.explained!.get(call.function)?.has(at) === true));
  };
  for (const { owner, end } of possessiveOwners(reading.text)) {
    if (ownNouns.has(owner) || !wordNet.canBe(owner, 'noun')) continue;
    const at = scope.content.indexOf(owner);
    // An owner the document names is its own thing ("shelf 4's free slots"); one read out of the content is the device's (its noun, its place).
    if (at < 0 || scope.meetings[at]! >= OWN_THING) continue;
    const owned = words(reading.text.slice(end)).slice(0, 3);
    const thing = owned.find((word) => aboutCall(word));
    if (thing === undefined) continue;
    return `the ${selfNoun ?? 'device'} can only act on and tell of its own ${thing}, not the ${owner}'s`;
  }
  return undefined;
}
