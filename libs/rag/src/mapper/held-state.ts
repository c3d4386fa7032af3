import type { DeviceStateValues } from '@meshmind/protocol';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { held } from './kept-state';

/**
 * What a request asks that the device already is: "lock the door" of a locked door, "turn the tv
 * on" of a tv that is on, "go home" of a vacuum on its dock, "close the valve" of a closed valve.
 * The call would change nothing; the answer is that it already is so (issue #17: the request is
 * answered, no deed is done). Read from the document's own effects and the device's state, as
 * kept-state.ts reads "keep the plug on": only one action call, with effects, every one of them (its
 * fixed value, a value it also accepts, or the argument given for a parameter effect) already held.
 * A call with no effects (toggle) or with one not held (a level moved, a colour changed) stands.
 */
export function heldState(result: MapResult, state: DeviceStateValues, byName: ReadonlyMap<string, NormalisedFunction>, selfNoun?: string): MapResult {
  if (result.kind !== 'call' || result.calls.length !== 1) return result;
  const call = result.calls[0]!;
  const fn = byName.get(call.function);
  const effects = fn?.effects ?? [];
  if (!fn || fn.kind === 'query' || effects.length === 0 || !effects.every((effect) => held(effect, call, state))) return result;
  const now = effects.map((effect) => `${effect.key.replace(/_/g, ' ')} is ${String(state[effect.key]).replace(/_/g, ' ')}`).join(', ');
  const reason = `the ${selfNoun ?? 'device'} already is as you asked (${now}; ${call.function.replace(/_/g, ' ')} would change nothing), so I left it as it is`;
  return { kind: 'not_executable', reason, candidates: result.candidates, ranking: result.ranking };
}
