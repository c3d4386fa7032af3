import type { JsonValue } from '@meshmind/protocol';
import type { ManualSimulationClock } from '../src/index';

/** Runs simulated time in steps until the promise settles (a robot drives only while the clock moves). */
export async function settle<T>(clock: ManualSimulationClock, promise: Promise<T>, limitMs = 600_000, stepMs = 1000): Promise<T> {
  let settled = false;
  const watched = promise.then(
    (value) => {
      settled = true;
      return value;
    },
    (error: unknown) => {
      settled = true;
      throw error;
    },
  );
  watched.catch(() => undefined);
  for (let elapsed = 0; !settled && elapsed < limitMs; elapsed += stepMs) {
    clock.advance(stepMs);
    // Let promise continuations (an arrival resolving a call) run between steps.
    await Promise.resolve();
    await Promise.resolve();
  }
  return watched;
}

/** The error a promise rejects with, or a failure when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('expected a rejection');
}

export type CallResult = JsonValue | undefined;
