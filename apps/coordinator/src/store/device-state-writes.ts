/**
 * How long a device's new state may wait for the store's next transaction before it is written on
 * its own. A device at work reports its state just ahead of its subtask's report (QoS 1, on the same
 * connection): written at once, that was a commit of its own in front of the report's settling,
 * which commits a moment later anyway.
 */
export const DEVICE_STATE_WRITE_DELAY_MS = 100;

interface WaitingState {
  state: Record<string, unknown>;
  updatedAt: number | null;
  /** Writes the whole row when the device has none yet. */
  missing: () => void;
}

/**
 * Devices' latest states not written yet: each rides in the store's next transaction, or all go in
 * one of their own after DEVICE_STATE_WRITE_DELAY_MS. The row is the registry's memory for a
 * restart, not a record anything acts on: the registry keeps the state in memory at once, and a
 * restarted coordinator hears every device's retained state from the broker again. A state lost to
 * a killed process is one of those.
 */
export class DeviceStateWrites {
  private readonly waiting = new Map<string, WaitingState>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    /** Writes one state; false when no row has that id. */
    private readonly update: (id: string, state: Record<string, unknown>, updatedAt: number | null) => boolean,
    /** Runs `write` in a transaction of its own. */
    private readonly inTransaction: (write: () => void) => void,
    private readonly delayMs: number = DEVICE_STATE_WRITE_DELAY_MS,
  ) {}

  /** The device's latest state, to be written soon (a later one for the same device replaces it). */
  add(id: string, waiting: WaitingState): void {
    this.waiting.set(id, waiting);
    if (this.timer) return;
    this.timer = setTimeout(() => this.flushAlone(), this.delayMs);
    // A cache for a restart must not keep a process alive that has nothing else to do.
    this.timer.unref();
  }

  /** A device removed: its waiting state must not bring its row back. */
  forget(id: string): void {
    this.waiting.delete(id);
  }

  get size(): number {
    return this.waiting.size;
  }

  /** Takes the waiting states, for a transaction that writes them first (see `write`). */
  take(): Map<string, WaitingState> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const taken = new Map(this.waiting);
    this.waiting.clear();
    return taken;
  }

  /** Writes states taken (the caller holds the transaction). */
  write(taken: Map<string, WaitingState>): void {
    for (const [id, { state, updatedAt, missing }] of taken) if (!this.update(id, state, updatedAt)) missing();
  }

  /** Puts back states a failed transaction did not write, unless a newer one came meanwhile. */
  restore(taken: Map<string, WaitingState>): void {
    for (const [id, waiting] of taken) if (!this.waiting.has(id)) this.add(id, waiting);
  }

  /** Writes what waits in a transaction of its own (the timer; a closing store). */
  flushAlone(): void {
    const taken = this.take();
    if (taken.size === 0) return;
    try {
      this.inTransaction(() => this.write(taken));
    } catch {
      // Kept for the next write: the registry still has the state in memory meanwhile.
      this.restore(taken);
    }
  }
}
