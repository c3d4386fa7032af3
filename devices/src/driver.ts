import type { DeviceDescription, DeviceStateValues, JsonValue } from '@meshmind/protocol';

/** A device's state as its driver reports it: the task contract's DeviceStateValues. */
export type DeviceState = DeviceStateValues;

/** Per-call options an agent passes along with a device call. */
export interface DeviceCallOptions {
  /**
   * The same for every try of one call of one task (`<task id>:<attempt>:<call index>`): a call
   * repeated after an agent restart carries the key of the first try. A device or bridge that
   * supports idempotency keys (many cloud APIs take one as a header) applies each key once.
   */
  idempotencyKey?: string;
}

/**
 * What a device agent drives: a simulated device here, a real one on an edge board (a module that
 * exports `createDriver(config)` returning this interface). Arguments reach `call` already validated
 * against the API document; a driver throws a MeshmindError with code E_DEVICE_FAULT when the
 * device refuses or fails.
 */
export interface DeviceDriver {
  readonly description: DeviceDescription;
  /**
   * True when `call` applies a call whose idempotency key it has applied before at most once (it
   * answers the repeat without acting). The agent then re-sends a call it cannot check by reading
   * the state; without it such a call is never sent twice.
   */
  readonly honoursIdempotencyKey?: boolean;
  getState(): DeviceState;
  /** Executes one API call; returns the call's result (a reading for queries, else undefined). */
  call(functionName: string, args: Record<string, unknown>, options?: DeviceCallOptions): Promise<JsonValue | undefined>;
  /** Listens to state changes, including those the device makes on its own; returns an unsubscribe. */
  onStateChange(listener: (state: DeviceState) => void): () => void;
  start(): Promise<void>;
  stop(): Promise<void>;
}
