/** The part of a better-sqlite3 statement the cache resets before handing it out again. */
interface CachedStatement {
  readonly reader: boolean;
  raw(toggle?: boolean): unknown;
  pluck(toggle?: boolean): unknown;
  expand(toggle?: boolean): unknown;
}

/** The part of a better-sqlite3 connection the cache wraps (typed structurally: this package has no SQLite). */
interface PreparingConnection<Statement extends CachedStatement> {
  prepare(source: string): Statement;
}

/** Distinct SQL texts kept per connection; drizzle writes its values as parameters, so a handful of texts repeat. */
const DEFAULT_STATEMENTS_KEPT = 256;

/**
 * Makes `connection.prepare` reuse the compiled statement for a SQL text it has seen. drizzle-orm
 * prepares every one-time query anew, and on the goal path (a dozen small reads and writes per goal
 * in the coordinator, one snapshot per task state in each agent) compiling the SQL cost more than
 * running it (bench:latency, `node --cpu-prof`).
 *
 * A statement's modes are per statement, not per use: drizzle switches one to raw rows with
 * `raw()` and never back, so each hand-out resets them to better-sqlite3's defaults. A statement is
 * never shared by two uses at once: better-sqlite3 is synchronous and drizzle does not iterate.
 * SQLite recompiles a cached statement by itself when the schema changes under it.
 */
export function cacheStatements<Statement extends CachedStatement>(connection: PreparingConnection<Statement>, kept = DEFAULT_STATEMENTS_KEPT): void {
  const prepare = connection.prepare.bind(connection);
  const statements = new Map<string, Statement>();
  connection.prepare = (source: string): Statement => {
    let statement = statements.get(source);
    if (statement) {
      // Most recently used last, so the oldest is the first key when the cache is full.
      statements.delete(source);
    } else {
      statement = prepare(source);
      if (statements.size >= kept) statements.delete(statements.keys().next().value!);
    }
    statements.set(source, statement);
    if (statement.reader) {
      statement.raw(false);
      statement.pluck(false);
      statement.expand(false);
    }
    return statement;
  };
}
