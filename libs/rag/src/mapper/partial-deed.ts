import type { RequestReading, WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { partialReason } from './cannot-do';
import { addedAmountMarker } from '../arguments/added-amount';
import { movesLevelBy } from './change-amount';
import { endKeys, endLevelSetter, saysPartOfTheWay } from './small-step';

/**
 * A deed asked for only part of the way is not done in full (issue #17, a wrong action is worse
 * than a question): "open the valve a little", "raise the garage door a bit". The call retrieval
 * chose drives the device to an end and takes nothing (its effects set a state to a fixed value: open_valve, open_door), so the amount said was dropped and the valve opened
 * fully. Where no function sets that state to a value, the device says it can only go the whole way.
 * Where one does (a cover's set_position) and the device's level is known, that setter was meant and
 * took the level a step (small-step.ts); where its level is not known, how far is asked: blinds
 * opened fully are not "open the blinds a crack". Not
 * judged: a question, an amount after a preposition ("water the lawn for a bit"), a call that took a
 * value ("turn the heat up a bit" set the temperature a step up).
 * The amount is the closed list, or "a" and a noun WordNet says is a small amount ("a smidge", "a
 * crack", "a fraction": `smallAmountNoun`).
 */
export function partialDeed(result: MapResult, reading: RequestReading, byName: ReadonlyMap<string, NormalisedFunction>, functions: readonly NormalisedFunction[], selfNoun: string | undefined, wordNet?: WordNet): string | undefined {
  if (result.kind !== 'call' || result.calls.length !== 1 || reading.mood === 'question') return undefined;
  const [call] = result.calls;
  const fn = call && byName.get(call.function);
  if (!fn || Object.keys(call.arguments).length > 0) return undefined;
  if (endKeys(fn).length === 0) return undefined;
  // "open the blinds another 20%": an amount to add to a level not known was no value for the setter; the whole way is not what was asked either.
  const lower = reading.text.toLowerCase();
  if (reading.numbers.some((mention) => addedAmountMarker(lower, mention)) || movesLevelBy(reading.text)) return addedReason(selfNoun); // or "by 10%" (change-amount.ts)
  if (!saysPartOfTheWay(reading.words, wordNet)) return undefined;
  const setter = endLevelSetter(fn, functions);
  return setter ? howFarReason(selfNoun, setter.name) : partialReason(selfNoun);
}

/** Why a small amount from an end is not taken the whole way: how far is asked, the setter named. */
function howFarReason(selfNoun: string | undefined, setter: string): string {
  return `you asked to move ${selfNoun ? `the ${selfNoun}` : 'this device'} only a little; how far should ${setter.replace(/_/g, ' ')} take it? It is not taken the whole way instead`;
}

/** Why an amount added is not done: where the device stands now is not known to add to. */
function addedReason(selfNoun: string | undefined): string {
  return `moving ${selfNoun ? `the ${selfNoun}` : 'this device'} by an amount more needs the level it is at now to add to; it is not taken the whole way instead`;
}
