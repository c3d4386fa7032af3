import type { TaskDatabase } from './database';

/**
 * Statements built once per database, on first use, and shared by every store of it (one per
 * agent of a process): drizzle builds a query's SQL from its parts at every call, which took longer
 * than SQLite took to run the short queries on an agent's path. They go with their database.
 */
export function preparedPerDatabase<T extends object>(prepare: (database: TaskDatabase) => T): (database: TaskDatabase) => T {
  const byDatabase = new WeakMap<TaskDatabase, T>();
  return (database) => {
    let prepared = byDatabase.get(database);
    if (!prepared) {
      prepared = prepare(database);
      byDatabase.set(database, prepared);
    }
    return prepared;
  };
}
