/** The coordinator store's two write entries, as the benches see them. */
export interface WatchedStore<E extends { kind: string }> {
  appendEvent(event: E): void;
  transaction<T>(write: () => T): T;
}

/**
 * Wraps a store so that `onEvent` sees each event of its log as it is appended and `committed` runs when
 * what was appended is committed: at once outside a transaction, else at the end of the outermost one
 * (also one that threw, which wrote nothing: its goal then fails the bench's own checks). Shared by
 * latency-bench.ts (stamps each event's commit) and report-profile.ts (marks the goal's settling commit).
 */
export function watchCommits<E extends { kind: string }>(store: WatchedStore<E>, onEvent: (event: E) => void, committed: () => void): void {
  let depth = 0;
  const appendEvent = store.appendEvent.bind(store);
  store.appendEvent = (event) => {
    appendEvent(event);
    onEvent(event);
    if (depth === 0) committed();
  };
  const transaction = store.transaction.bind(store);
  store.transaction = <T>(write: () => T): T => {
    depth += 1;
    try {
      return transaction(write);
    } finally {
      depth -= 1;
      if (depth === 0) committed();
    }
  };
}
