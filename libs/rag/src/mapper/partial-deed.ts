import { en, enMapping, enReference, words, type RequestReading } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { partialReason } from './cannot-do';
import { addedAmountMarker } from '../arguments/added-amount';
import { movesLevelBy } from './change-amount';

/** "a little", "a bit", "slightly": the language's relative amounts (en-mapping's closed list), as word sequences. */
const RELATIVE_AMOUNTS = enMapping.amounts.relativeAmount.map((phrase) => words(phrase));
/** A preposition before the amount makes it a time or a place ("for a bit", "in a little"), not how far the deed goes. */
const PREPOSITIONS = new Set([enReference.temporaryStop.spanPreposition, ...en.delayPrepositions, ...en.placePrepositions]);

/**
 * A deed asked for only part of the way is not done in full (issue #17, a wrong action is worse
 * than a question): "open the valve a little", "raise the garage door a bit". The call retrieval
 * chose drives the device to an end and takes nothing (its effects set a state to a fixed value: open_valve, open_door), so the amount said was dropped and the valve opened
 * fully. Where no function sets that state to a value, the device says it can only go the whole way.
 * Where one does (a cover's set_position), the call stands: no amount was said to set, and blinds
 * opened are nearer to "open the blinds a little" than blinds left shut by a question. Not
 * judged: a question, an amount after a preposition ("water the lawn for a bit"), a call that took a
 * value ("turn the heat up a bit" set the temperature a step up).
 */
export function partialDeed(result: MapResult, reading: RequestReading, byName: ReadonlyMap<string, NormalisedFunction>, functions: readonly NormalisedFunction[], selfNoun: string | undefined): string | undefined {
  if (result.kind !== 'call' || result.calls.length !== 1 || reading.mood === 'question') return undefined;
  const [call] = result.calls;
  const fn = call && byName.get(call.function);
  if (!fn || Object.keys(call.arguments).length > 0) return undefined;
  const ends = (fn.effects ?? []).filter((effect) => effect.value !== undefined).map((effect) => effect.key);
  if (ends.length === 0) return undefined;
  // "open the blinds another 20%": an amount to add to a level not known was no value for the setter; the whole way is not what was asked either.
  const lower = reading.text.toLowerCase();
  if (reading.numbers.some((mention) => addedAmountMarker(lower, mention)) || movesLevelBy(reading.text)) return addedReason(selfNoun); // or "by 10%" (change-amount.ts)
  if (!saysPartOfTheWay(reading.words)) return undefined;
  // A device that can stand part of the way keeps the call: "open the blinds a little" is then at least open, as asked.
  const setter = functions.find((other) => other !== fn && (other.effects ?? []).some((effect) => effect.parameter !== undefined && ends.includes(effect.key)));
  return setter ? undefined : partialReason(selfNoun);
}

/** Whether a relative amount modifies the deed: said after the verb, with no preposition before it. */
function saysPartOfTheWay(said: readonly string[]): boolean {
  for (const amount of RELATIVE_AMOUNTS) {
    for (let at = 1; at + amount.length <= said.length; at += 1) {
      if (!amount.every((word, offset) => said[at + offset] === word)) continue;
      if (!PREPOSITIONS.has(said[at - 1]!)) return true;
    }
  }
  return false;
}

/** Why an amount added is not done: where the device stands now is not known to add to. */
function addedReason(selfNoun: string | undefined): string {
  return `moving ${selfNoun ? `the ${selfNoun}` : 'this device'} by an amount more needs the level it is at now to add to; it is not taken the whole way instead`;
}
