import { CARDINAL_WORDS, en, enReference, isStopword, type RequestReading, type WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import { isQuantity } from './absent-quantity';
import { targetAt } from './target-value';

const NUMBER_START = new RegExp(`^(?:[0-9]|(?:${CARDINAL_WORDS.join('|')})\\b)`, 'i');

/** What the mapper read of the command: its content words that meet no word of the document (mapper/scope.ts). */
export interface CommandScope {
  unmet: readonly string[];
}

/**
 * The setting a command names that the device does not have: "set the water temperature to 40" to
 * a valve that only takes a position, "set the temperature to 20" to a fan, "put the fan speed at 3"
 * to a thermostat (issue #17). The number fit the one numeric parameter there was, so the nearest
 * setter took it: a valve opened to 40% for a temperature asked. The noun right before the goal
 * preposition names what is set; where it is a quantity (WordNet files it under an attribute, not a
 * place nor a time) that meets no word of the document (`unmet`: not its stem, no synonym,
 * derivation or close relation: mapper/scope.ts), the device has no such setting, and saying so is
 * the honest answer. "set the bedroom to 20" names where (a place), "set it to 20" nothing: both pass.
 */
export function foreignSetting(result: MapResult, reading: RequestReading, scope: CommandScope, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || result.kind !== 'call' || reading.mood === 'question') return undefined;
  const goal = targetAt(reading);
  // Only a number set: "make your way to the third shelf" names a place, "set the shades to 30%" the device.
  if (goal === undefined || goal.at < 2 || reading.numbers.length === 0 || !NUMBER_START.test(goal.phrase)) return undefined;
  const noun = reading.tokens[goal.at - 1]!.toLowerCase();
  if (isStopword(noun) || en.determiners.has(noun) || en.verbParticles.has(noun) || !/^[a-z]+$/.test(noun)) return undefined;
  // "the shades": a noun whose commonest made sense is a thing names a device, never a setting it lacks.
  return scope.unmet.includes(noun) && isQuantity(noun, wordNet) && !wordNet.nounAncestors(noun, 'made').has(enReference.madeThing) ? noun : undefined;
}
