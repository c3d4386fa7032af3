import type { ApiCallRecord, DeviceDescription, DeviceStateValues, JsonValue, Program } from '@meshmind/protocol';

/** Options passed with each device call (@meshmind/devices' DeviceCallOptions). */
export interface TaskCallOptions {
  /** `<task id>:<attempt>:<call index>`: the same on every try of one call. */
  idempotencyKey?: string;
}

/**
 * The part of @meshmind/devices' DeviceDriver a task needs. Declared here, structurally, so that
 * libs/fsm depends on libs/protocol only; any DeviceDriver satisfies it.
 */
export interface TaskDeviceDriver {
  readonly description: DeviceDescription;
  /** The device applies a repeated idempotency key at most once. */
  readonly honoursIdempotencyKey?: boolean;
  getState(): DeviceStateValues;
  call(functionName: string, args: Record<string, unknown>, options?: TaskCallOptions): Promise<JsonValue | undefined>;
}

/** One device call as a program asked for it, before a relative change is made absolute. */
export interface RequestedCall {
  function: string;
  arguments: Record<string, unknown>;
}

/**
 * The write-ahead record of one device action, kept before the call is made. After a crash between
 * the call and its journal entry, the agent reads the device: if `call`'s effects (and `targets`)
 * are there it does not call again.
 */
export interface CallIntent {
  /** Index of the call in its run (the journal's sequence). */
  sequence: number;
  requested: RequestedCall;
  /** What is sent to the device: `requested`, or its absolute form ("set_volume 30" for "volume_up 10"). */
  call: RequestedCall;
  /** Absolute values the call must leave, for relative changes resolved against `stateBefore`. */
  targets: Record<string, JsonValue>;
  stateBefore: DeviceStateValues;
  idempotencyKey: string;
  /** Epoch milliseconds when the intent was recorded. */
  at: number;
}

/** A program that passed every static check, in the exact form the sandbox runs. */
export interface PreparedProgram {
  /** The checked Program, when the generator gave one. */
  program?: Program;
  /** The checked JavaScript (rendered from the Program, or the model's own source). */
  source: string;
  /** Device functions the program can call. */
  functions: string[];
  /** The subset of `functions` marked sensitive in the API doc. */
  sensitive: string[];
  /** Calls whose arguments are literals, as the person would see them in a confirmation. */
  plannedCalls: ApiCallRecord[];
}

export interface ExecutionOutcome {
  calls: ApiCallRecord[];
  /** The program's returned value, else the last reading a query call gave. */
  value?: JsonValue;
  /** Calls answered from the journal of an interrupted run instead of the device. */
  replayedCalls: number;
  /** Calls an interrupted run had sent whose effect the device already showed: recorded as done, not sent again. */
  reconciledCalls?: number;
  /** Positions in `calls` of actions not sent because the device already showed their effect ("lock" on a locked door). */
  alreadyCalls?: number[];
  /**
   * Functions an interrupted run had sent whose effect cannot be read from the state (no declared
   * effect, no idempotency key support): not sent again, so they happened at most once.
   */
  uncertainCalls?: string[];
}

/** A state key that did not end up as the API doc promised. */
export interface StateDifference {
  key: string;
  function: string;
  expected: JsonValue;
  actual: JsonValue | null;
}

export type VerificationOutcome = { ok: true; state: DeviceStateValues } | { ok: false; state: DeviceStateValues; differences: StateDifference[] };
