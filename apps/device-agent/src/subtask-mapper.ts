import type { DeviceState } from '@meshmind/devices';

export interface MappedCall {
  function: string;
  arguments: Record<string, unknown>;
  confidence: number;
}

/** What a mapper makes of one subtask: the calls to run, or why the device cannot do it. */
export type MappingResult =
  | { kind: 'call'; calls: MappedCall[]; candidates: string[] }
  | { kind: 'not_executable'; reason: string; candidates: string[] };

/** Maps a subtask's text to calls of this device's API. Retrieval (libs/rag) implements it. */
export interface SubtaskMapper {
  map(text: string, state: DeviceState): Promise<MappingResult>;
}
