import { canonicalJson, type ApiCallRecord, type DeviceDescription, type JsonValue } from '@meshmind/protocol';
import type { Clock } from './clock';
import type { DeviceStateValues } from '@meshmind/protocol';
import type { StateDifference, TaskDeviceDriver, VerificationOutcome } from './types';

/** What one key must read after the calls: the promised value, or one the function also accepts. */
export interface Expectation {
  expected: JsonValue;
  function: string;
  alsoAccepted?: JsonValue[];
}

/**
 * What the device state must look like after these calls, from each function's declared
 * `effects`: later calls overwrite what earlier ones promised for the same key.
 */
export function expectedState(description: DeviceDescription, calls: ApiCallRecord[]): Map<string, Expectation> {
  const expectations = new Map<string, Expectation>();
  for (const call of calls) {
    const fn = description.functions.find((candidate) => candidate.name === call.function);
    for (const effect of fn?.effects ?? []) {
      if (effect.parameter !== undefined) {
        const argument = call.arguments[effect.parameter];
        // An optional argument left out promises nothing about its key.
        if (argument !== undefined) expectations.set(effect.key, { expected: argument as JsonValue, function: call.function });
      } else if (effect.value !== undefined) {
        expectations.set(effect.key, { expected: effect.value as JsonValue, function: call.function, ...(effect.alsoAccepted ? { alsoAccepted: effect.alsoAccepted as JsonValue[] } : {}) });
      }
    }
  }
  return expectations;
}

function sameValue(expected: JsonValue, actual: JsonValue | undefined): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') return Math.abs(expected - actual) <= 1e-9 * Math.max(1, Math.abs(expected));
  if (typeof expected === 'string' && typeof actual === 'string') return expected.toLowerCase() === actual.toLowerCase();
  return canonicalJson(expected) === canonicalJson(actual);
}

/** Every key whose state differs from what the calls promised; empty when the device complied. */
export function compareState(description: DeviceDescription, calls: ApiCallRecord[], state: DeviceStateValues): StateDifference[] {
  const differences: StateDifference[] = [];
  for (const [key, expectation] of expectedState(description, calls)) {
    const actual = state[key];
    if (!sameValue(expectation.expected, actual) && !(expectation.alsoAccepted ?? []).some((accepted) => sameValue(accepted, actual))) {
      differences.push({ key, function: expectation.function, expected: expectation.expected, actual: actual ?? null });
    }
  }
  return differences;
}

export function describeDifferences(differences: StateDifference[]): string {
  return differences
    .map((difference) => `${difference.key} is ${JSON.stringify(difference.actual)}, expected ${JSON.stringify(difference.expected)} after ${difference.function}`)
    .join('; ');
}

export interface VerifyOptions {
  driver: TaskDeviceDriver;
  clock: Clock;
  calls: ApiCallRecord[];
  /** Devices take a moment to settle (a robot drives, a blind rolls): look this many times. */
  checks?: number;
  intervalMs?: number;
  signal?: AbortSignal;
}

/** Compares the device state with the calls' declared effects, re-reading while it settles. */
export async function verifyEffects(options: VerifyOptions): Promise<VerificationOutcome> {
  const checks = Math.max(1, options.checks ?? 3);
  const description = options.driver.description;
  for (let check = 1; ; check += 1) {
    const state = options.driver.getState();
    const differences = compareState(description, options.calls, state);
    if (differences.length === 0) return { ok: true, state };
    if (check >= checks) return { ok: false, state, differences };
    await options.clock.sleep(options.intervalMs ?? 250, options.signal);
  }
}
