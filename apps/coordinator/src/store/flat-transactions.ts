/**
 * Transactions inside a transaction, without SQLite savepoints. better-sqlite3 makes a nested
 * transaction a SAVEPOINT and its RELEASE (or ROLLBACK TO), two more statements: the plan's commit
 * holds one on every goal's path (the step marked dispatched, with its event, inside the plan's
 * rows). A savepoint only matters to a caller that catches an inner write's error and goes on to
 * commit the rest; none does. Here an inner call runs its writes in the open transaction, and if
 * it throws, the whole transaction rolls back when it ends, even if a caller caught the error:
 * all or none of the outer transaction, never a part of it, which is stricter than a savepoint.
 */
export class FlatTransactions {
  private depth = 0;
  private failure: { error: unknown } | null = null;

  /** Whether a transaction begun here is open: a call now runs inside it (`inner`). */
  get open(): boolean {
    return this.depth > 0;
  }

  /** Runs `write` as a transaction through `run` (better-sqlite3's transaction function, which commits or rolls back). */
  outer<T>(run: (write: () => T) => T, write: () => T): T {
    this.depth = 1;
    this.failure = null;
    try {
      return run(() => {
        const result = write();
        // An inner write failed and someone caught it: nothing of this transaction is committed.
        if (this.failure) throw this.failure.error;
        return result;
      });
    } finally {
      this.depth = 0;
      this.failure = null;
    }
  }

  /** Runs `write` in the open transaction; if it throws, the transaction will roll back as a whole. */
  inner<T>(write: () => T): T {
    this.depth += 1;
    try {
      return write();
    } catch (error) {
      this.failure ??= { error };
      throw error;
    } finally {
      this.depth -= 1;
    }
  }
}
