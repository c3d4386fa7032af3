import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { MeshmindError } from '@meshmind/protocol';

type Columns = Record<string, SQLiteColumn>;

/**
 * Values as drizzle binds them for these columns: each through its column's encoder (JSON columns
 * become text), null and undefined left as they are. drizzle does the same when it builds a query
 * at each call; a prepared query's placeholders are filled raw, so the encoding is done here (a
 * placeholder drizzle encodes itself would store a JSON column's null as the text 'null').
 */
export function encodeValues(columns: Columns, values: Record<string, unknown>): Record<string, unknown> {
  const encoded: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const column = columns[key];
    if (!column) throw new MeshmindError('E_INTERNAL', `no column '${key}' to write`);
    encoded[key] = value === null || value === undefined ? value : column.mapToDriverValue(value);
  }
  return encoded;
}

/** `{ key: placeholder(key) }` for each key, filled raw (see encodeValues). */
export function rawPlaceholders(keys: readonly string[]): Record<string, SQL> {
  return Object.fromEntries(keys.map((key) => [key, sql`${sql.placeholder(key)}`]));
}

/** A raw placeholder for every column of the table, named after its key: an insert's values. */
export function columnPlaceholders<Table extends SQLiteTable>(table: Table): { [Key in keyof Table['$inferInsert']]-?: SQL } {
  return rawPlaceholders(Object.keys(getTableColumns(table))) as { [Key in keyof Table['$inferInsert']]-?: SQL };
}

interface PreparedRun {
  run(values: Record<string, unknown>): { changes: number };
}

/**
 * `UPDATE table SET <the columns of a patch> WHERE id = ?`, prepared once for each set of columns a
 * caller changes (a subtask dispatched, sent, finished; a goal started, answered: a handful in all),
 * instead of drizzle building the SQL from its parts at every call.
 */
export class PreparedUpdates {
  private readonly byColumns = new Map<string, PreparedRun>();
  private readonly columns: Columns;

  constructor(
    private readonly database: BetterSQLite3Database<Record<string, unknown>>,
    private readonly table: SQLiteTable,
    private readonly idColumn: SQLiteColumn,
  ) {
    this.columns = getTableColumns(table) as Columns;
  }

  /** Sets the patch's defined fields on the row with this id; how many rows changed. */
  run(id: string, patch: Record<string, unknown>): number {
    const keys = Object.keys(patch)
      .filter((key) => patch[key] !== undefined)
      .sort();
    if (keys.length === 0) throw new MeshmindError('E_INTERNAL', 'an update with nothing to set');
    const shape = keys.join(',');
    let prepared = this.byColumns.get(shape);
    if (!prepared) {
      // The id's placeholder name cannot clash with a column key: keys are identifiers, this is not.
      prepared = this.database
        .update(this.table)
        .set(rawPlaceholders(keys))
        .where(eq(this.idColumn, sql.placeholder('row id')))
        .prepare() as unknown as PreparedRun;
      this.byColumns.set(shape, prepared);
    }
    const values: Record<string, unknown> = {};
    for (const key of keys) values[key] = patch[key];
    return prepared.run({ ...encodeValues(this.columns, values), 'row id': id }).changes;
  }
}

/**
 * `INSERT ... ON CONFLICT (id) DO UPDATE SET <the other columns given>`, prepared once for each set
 * of columns a caller writes: the registry writes a device's whole row as it announces itself and
 * as it comes online or goes (two or three rows per device at a start, 32 devices in the example
 * home), and drizzle built each one's SQL from its parts again. Like drizzle's upsert, keys that
 * are no column of the table and undefined values are left out, and only the given columns change.
 */
export class PreparedUpserts {
  private readonly byColumns = new Map<string, PreparedRun>();
  private readonly columns: Columns;

  constructor(
    private readonly database: BetterSQLite3Database<Record<string, unknown>>,
    private readonly table: SQLiteTable,
    private readonly idKey: string,
  ) {
    this.columns = getTableColumns(table) as Columns;
  }

  /** Inserts the row, or sets its given columns on the row with the same id; how many rows changed. */
  run(row: Record<string, unknown>): number {
    const keys = Object.keys(row)
      .filter((key) => row[key] !== undefined && this.columns[key] !== undefined)
      .sort();
    if (!keys.includes(this.idKey)) throw new MeshmindError('E_INTERNAL', 'an upsert without its id');
    const shape = keys.join(',');
    let prepared = this.byColumns.get(shape);
    if (!prepared) {
      const updated = keys.filter((key) => key !== this.idKey);
      const insert = this.database.insert(this.table).values(rawPlaceholders(keys));
      const target = this.columns[this.idKey]!;
      prepared = (
        updated.length === 0
          ? insert.onConflictDoNothing({ target })
          : insert.onConflictDoUpdate({ target, set: Object.fromEntries(updated.map((key) => [key, sql`excluded.${sql.identifier(this.columns[key]!.name)}`])) })
      ).prepare() as unknown as PreparedRun;
      this.byColumns.set(shape, prepared);
    }
    const values: Record<string, unknown> = {};
    for (const key of keys) values[key] = row[key];
    return prepared.run(encodeValues(this.columns, values)).changes;
  }
}
