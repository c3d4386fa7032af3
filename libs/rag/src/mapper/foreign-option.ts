import { en, enMapping, isStopword, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import type { CommandScope } from './foreign-setting';
import { isLiving, isPlace } from './lacking-feature';
import { targetAt } from './target-value';

/** "to full", "to half", "to max": the language's amounts say how far, and are values of any level (en-mapping's closed lists). */
const AMOUNTS = new Set(Object.values(enMapping.amounts).flatMap((entry) => (Array.isArray(entry) ? entry.flatMap((phrase: string) => words(phrase)) : [])));

/** "to", "into": a goal said as such; a closing "on" ("put the fan on breeze", "lights on pls") is a particle as often as a preposition. */
const GOALS = new Set(en.pathPrepositions.goal);

/**
 * The option a command sets that the device's document never speaks of: "set the fan to sleep
 * mode", "put the fan on natural wind", "set the fan direction to summer" to a fan that only runs,
 * sets its speed and sweeps (issue #17: a setting the device lacks). No enum offers the value, so no
 * option was there to hold it (mapper/target-value.ts), and "set ... to" reached the nearest setter:
 * the fan started sweeping. The phrase after the goal preposition is bare (no determiner: "to the
 * kitchen" is a place or a thing) and says no number, and none of its words meets any word of the
 * document (`unmet`: not a stem, a synonym, a derivation nor a close relation, mapper/scope.ts): the
 * device has no such option, and saying so is the honest answer. A place or a living thing is where
 * or for whom, never an option, and an amount ("to full") how far; a call that took the phrase's words as its value holds them.
 */
export function foreignOption(result: MapResult, reading: RequestReading, scope: CommandScope, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || result.kind !== 'call' || reading.mood === 'question' || reading.numbers.length > 0) return undefined;
  const goal = targetAt(reading);
  if (goal === undefined || goal.at < 1 || en.determiners.has(reading.tokens[goal.at + 1] ?? '')) return undefined;
  const content = words(goal.phrase.toLowerCase()).filter((word) => !isStopword(word) && !en.courtesy.has(word));
  if (content.length === 0 || !content.every((word) => scope.unmet.includes(word))) return undefined;
  // After a closing "on" only words the dictionary knows name an option: "lights on pls" ends in a slip of courtesy.
  if (!GOALS.has(reading.tokens[goal.at]!) && !content.every((word) => wordNet.isKnown(word))) return undefined;
  const head = content.at(-1)!;
  if (AMOUNTS.has(head) || isPlace(head, wordNet) || isLiving(head, wordNet)) return undefined;
  const taken = result.calls.flatMap((call) => Object.values(call.arguments).filter((value): value is string => typeof value === 'string').flatMap((value) => words(value.toLowerCase())));
  if (content.some((word) => taken.includes(word))) return undefined;
  return goal.phrase;
}
