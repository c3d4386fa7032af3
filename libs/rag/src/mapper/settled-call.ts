import type { RequestReading, WordNet } from '@meshmind/language';
import type { DeviceStateValues } from '@meshmind/protocol';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { pausedForAWhile } from './paused-for-a-while';
import { switchedOnFirst } from './switched-on-first';
import { keptState } from './kept-state';

/**
 * The call once chosen, settled by what the request and the state say around it: a step up of a
 * level of a device that is off is its switching on ("a bit brighter" of an off lamp:
 * switched-on-first.ts), a stop for a while is a pause ("stop it for now": paused-for-a-while.ts), a
 * state asked to last that already holds is left as it is ("keep the plug on" of a plug that is on: kept-state.ts).
 */
export function settledCall(result: MapResult, said: string, reading: RequestReading, state: DeviceStateValues, byName: ReadonlyMap<string, NormalisedFunction>, wordNet: WordNet | undefined, request = said): MapResult {
  return keptState(pausedForAWhile(switchedOnFirst(result, reading, state, [...byName.values()]), said, byName, wordNet), request, state, byName, wordNet);
}
