/**
 * Where simulated devices get time from. Drivers take it as an option so tests drive time by hand
 * and never wait for real timers.
 */
export interface SimulationClock {
  now(): number;
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: SimulationClock = {
  now: () => Date.now(),
  setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** A clock that only moves when told to: `advance(ms)` fires due timers in time order. */
export interface ManualSimulationClock extends SimulationClock {
  advance(milliseconds: number): void;
  pendingTimers(): number;
}

interface PendingTimer {
  id: number;
  dueAt: number;
  callback: () => void;
}

export function createManualClock(startAt = 0): ManualSimulationClock {
  let now = startAt;
  let nextId = 1;
  const timers = new Map<number, PendingTimer>();

  const nextDue = (until: number): PendingTimer | undefined => {
    let earliest: PendingTimer | undefined;
    for (const timer of timers.values()) {
      if (timer.dueAt > until) continue;
      // Equal due times fire in the order they were set, as real timers do.
      if (!earliest || timer.dueAt < earliest.dueAt || (timer.dueAt === earliest.dueAt && timer.id < earliest.id)) earliest = timer;
    }
    return earliest;
  };

  return {
    now: () => now,
    setTimeout(callback, delayMs) {
      const id = nextId++;
      timers.set(id, { id, dueAt: now + Math.max(0, delayMs), callback });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(milliseconds) {
      const until = now + milliseconds;
      // Callbacks may set new timers; those due before `until` fire in this same advance.
      for (let timer = nextDue(until); timer; timer = nextDue(until)) {
        timers.delete(timer.id);
        now = timer.dueAt;
        timer.callback();
      }
      now = until;
    },
    pendingTimers: () => timers.size,
  };
}

/**
 * Simulated time that follows wall time at a fixed scale: 10 runs ten simulated seconds per real
 * second. A simulation keeps its timers only while something moves, so an idle world costs nothing.
 */
export function createScaledClock(timeScale: number, base: SimulationClock = systemClock): SimulationClock {
  if (!(timeScale > 0) || !Number.isFinite(timeScale)) throw new RangeError(`a time scale must be a positive number, got ${timeScale}`);
  const startedAt = base.now();
  return {
    now: () => startedAt + (base.now() - startedAt) * timeScale,
    setTimeout: (callback, delayMs) => base.setTimeout(callback, delayMs / timeScale),
    clearTimeout: (handle) => base.clearTimeout(handle),
  };
}
