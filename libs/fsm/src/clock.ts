import { MeshmindError } from '@meshmind/protocol';

/**
 * Time as a dependency: deadlines, program waits and verification polls all go through a Clock,
 * so tests drive time by hand instead of waiting and the bench can use a finer clock.
 */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  /**
   * Milliseconds from an arbitrary origin, never stepping back, with sub-millisecond resolution:
   * what a duration is measured with (a stage's length in its progress). Optional, for clocks
   * written before it; without it durations are read from `now()`.
   */
  monotonic?(): number;
  /** Resolves after `milliseconds`; rejects with E_CANCELLED when the signal aborts first. */
  sleep(milliseconds: number, signal?: AbortSignal): Promise<void>;
  /** Calls `callback` once after `milliseconds`; returns a function that cancels it. */
  setTimer(milliseconds: number, callback: () => void): () => void;
}

function cancelledError(signal: AbortSignal): MeshmindError {
  const reason = signal.reason instanceof Error ? signal.reason.message : 'the task was stopped';
  return new MeshmindError('E_CANCELLED', `wait interrupted: ${reason}`);
}

export const systemClock: Clock = {
  now: () => Date.now(),
  monotonic: () => performance.now(),
  sleep(milliseconds, signal) {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(cancelledError(signal));
      const onAbort = () => {
        clearTimeout(timer);
        reject(cancelledError(signal as AbortSignal));
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, milliseconds);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  },
  setTimer(milliseconds, callback) {
    const timer = setTimeout(callback, Math.max(0, milliseconds));
    return () => clearTimeout(timer);
  },
};

export interface ManualClock extends Clock {
  /** Moves time forward, firing every timer and sleep that falls due, in order. */
  advance(milliseconds: number): void;
}

interface PendingTimer {
  dueAt: number;
  order: number;
  callback: () => void;
}

/**
 * A clock that only moves when told to. With `autoAdvance`, a `sleep` moves time forward by its
 * own length at once (virtual time), so a program that waits ten minutes finishes instantly while
 * deadlines still see the ten minutes pass.
 */
export function createManualClock(options: { start?: number; autoAdvance?: boolean } = {}): ManualClock {
  let current = options.start ?? 1_700_000_000_000;
  let counter = 0;
  const timers = new Set<PendingTimer>();

  const advance = (milliseconds: number) => {
    const target = current + Math.max(0, milliseconds);
    for (;;) {
      const due = [...timers].filter((timer) => timer.dueAt <= target).sort((a, b) => a.dueAt - b.dueAt || a.order - b.order)[0];
      if (!due) break;
      timers.delete(due);
      current = Math.max(current, due.dueAt);
      due.callback();
    }
    current = target;
  };

  const setTimer = (milliseconds: number, callback: () => void) => {
    const timer: PendingTimer = { dueAt: current + Math.max(0, milliseconds), order: counter++, callback };
    timers.add(timer);
    return () => {
      timers.delete(timer);
    };
  };

  return {
    now: () => current,
    monotonic: () => current,
    advance,
    setTimer,
    sleep(milliseconds, signal) {
      return new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(cancelledError(signal));
        const onAbort = () => {
          cancel();
          reject(cancelledError(signal as AbortSignal));
        };
        const cancel = setTimer(milliseconds, () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        });
        signal?.addEventListener('abort', onAbort, { once: true });
        // Virtual time: jump to the sleeper's wake-up time unless something else moved time past it.
        const wakeAt = current + Math.max(0, milliseconds);
        if (options.autoAdvance) queueMicrotask(() => advance(wakeAt - current));
      });
    },
  };
}
