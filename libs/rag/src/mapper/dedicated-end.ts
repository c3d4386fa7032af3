import type { RequestReading } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';

/**
 * A setter asked for an end its device has a function of its own for is that function: "open the
 * valve all the way" and "fully open the zone valve" set the position to 100, which is what
 * open_valve does (its effects set the same state to the same value), and the document offers
 * open_valve as the way to do it. The two calls leave the device alike; the dedicated one is what
 * the document means for that end, and the one its notes, confirmations and reports speak of. Only
 * where the request said no number: "set the valve position to 0" names the setter and its value,
 * and keeps them.
 */
export function dedicatedEnd(result: MapResult, reading: RequestReading, byName: ReadonlyMap<string, NormalisedFunction>): MapResult {
  if (result.kind !== 'call' || reading.numbers.length > 0) return result;
  let changed = false;
  const calls = result.calls.map((call) => {
    const end = endFunction(call.function, call.arguments, byName);
    if (!end) return call;
    changed = true;
    return { ...call, function: end, arguments: {} };
  });
  return changed ? { ...result, calls } : result;
}

/** The action that takes nothing and sets every state the call sets to the same value, where there is one. */
function endFunction(name: string, args: Readonly<Record<string, unknown>>, byName: ReadonlyMap<string, NormalisedFunction>): string | undefined {
  const fn = byName.get(name);
  const set = (fn?.effects ?? []).filter((effect) => effect.parameter !== undefined);
  if (!fn || set.length === 0 || Object.keys(args).length === 0) return undefined;
  if (set.some((effect) => args[effect.parameter!] === undefined)) return undefined;
  for (const other of byName.values()) {
    if (other === fn || other.kind === 'query' || other.parameters.length > 0 || (other.sensitive && !fn.sensitive)) continue;
    const fixed = new Map((other.effects ?? []).filter((effect) => effect.value !== undefined).map((effect) => [effect.key, effect.value]));
    if (set.every((effect) => fixed.has(effect.key) && fixed.get(effect.key) === args[effect.parameter!])) return other.name;
  }
  return undefined;
}
