import type { DeviceDescription, JsonValue } from '@meshmind/protocol';

export type DeviceState = Record<string, JsonValue>;

/**
 * What a device agent drives: a simulated device here, a real one on an edge board (a module that
 * exports `createDriver(config)` returning this interface). Arguments reach `call` already validated
 * against the API document; a driver throws a MeshmindError with code E_DEVICE_FAULT when the
 * device refuses or fails.
 */
export interface DeviceDriver {
  readonly description: DeviceDescription;
  getState(): DeviceState;
  /** Executes one API call; returns the call's result (a reading for queries, else undefined). */
  call(functionName: string, args: Record<string, unknown>): Promise<JsonValue | undefined>;
  /** Listens to state changes, including those the device makes on its own; returns an unsubscribe. */
  onStateChange(listener: (state: DeviceState) => void): () => void;
  start(): Promise<void>;
  stop(): Promise<void>;
}
