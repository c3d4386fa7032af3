import type { DeviceStateValues } from '@meshmind/protocol';
import type { RequestReading } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import { presetValue, relativeDirection } from '../arguments/parameter-values';
import type { MapResult } from './api-mapper-options';

/**
 * "It's pitch black in here", "light the place up a bit", "a bit faster" said to a light or a fan
 * that is off (issue #17): a step up from the level the device keeps while off. The level read from
 * the state is the one it comes back at, not what the person sees or feels: an off lamp gives no
 * light at all, so a step above its kept 60% (set_brightness 70) is not the "more light" asked for,
 * which is the lamp switched on. Where the one call made sets a level a step above the state's own
 * (no number said, short of the level's maximum: "up to full" is a level wanted; a step said as one, no
 * level named by a preset of its notes), the call also
 * switches the device on (a fixed effect of its own), the state says the device is off, and a
 * function that takes nothing and only switches it on exists, that function is called instead.
 */
export function switchedOnFirst(result: MapResult, reading: RequestReading, state: DeviceStateValues, functions: readonly NormalisedFunction[]): MapResult {
  if (result.kind !== 'call' || result.calls.length !== 1 || reading.numbers.length > 0) return result;
  const call = result.calls[0]!;
  const fn = functions.find((item) => item.name === call.function);
  const level = fn?.effects?.find((effect) => effect.parameter !== undefined);
  const parameter = fn?.parameters.find((item) => item.name === level?.parameter);
  const current = level && state[level.key], wanted = parameter && call.arguments[parameter.name];
  if (!fn || !parameter || typeof current !== 'number' || typeof wanted !== 'number' || wanted <= current || wanted >= (parameter.maximum ?? Infinity)) return result;
  // Only a step said as one ("brighter", "up a bit"), not a level named ("to comfort": a preset of its notes).
  const lower = reading.text.toLowerCase();
  if (relativeDirection(lower) <= 0 || presetValue(parameter, lower) !== undefined) return result;
  // The device is off by a switch this call turns on: a fixed effect whose opposite the state holds.
  const switched = fn.effects?.find((effect) => effect.parameter === undefined && typeof effect.value === 'boolean' && state[effect.key] === !effect.value);
  if (!switched) return result;
  const switcher = functions.find((item) => item.kind !== 'query' && item.parameters.length === 0 && item.effects?.length === 1 && item.effects[0]!.key === switched.key && item.effects[0]!.value === switched.value);
  if (!switcher) return result;
  return { ...result, calls: [{ ...call, function: switcher.name, arguments: {} }], ...(result.leads ? { leads: result.leads.map((lead) => (lead.function === call.function ? { ...lead, function: switcher.name } : lead)) } : {}) };
}
