import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { eq, getTableColumns, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { MeshmindError } from '@meshmind/protocol';
import * as schema from './schema';
import { encodeValues, rawPlaceholders } from './prepared-writes';

type Columns = Record<string, SQLiteColumn>;
interface PreparedRun {
  run(values: Record<string, unknown>): { changes: number };
}

const SUBTASK_COLUMNS = getTableColumns(schema.subtasks) as Columns;

/**
 * A subtask's waiting stage and the change that follows it (its settling, most often), as one
 * `UPDATE subtasks SET <the change's columns>, stage = CASE ... END WHERE id = ?` instead of the stage's
 * guarded update and then the change's: the ledger wrote them back to back, in one transaction, on
 * the same row, in front of every goal's answer.
 *
 * The same row comes out. The stage's own write sets the stage (and status 'running') only on a row
 * of that goal not settled yet; the change then sets its columns. Here the stage's guard is the CASE,
 * which SQLite reads on the row as it was before this UPDATE, as the separate write did; and the
 * change must set a status, which is what the row ends with either way (the stage's 'running' was
 * always overwritten). A change without a status, or one that sets the stage itself, is no fold:
 * `fits` says so, and the caller writes the two as before.
 */
export class StagedSubtaskUpdates {
  private readonly byColumns = new Map<string, PreparedRun>();

  constructor(private readonly database: BetterSQLite3Database<typeof schema>) {}

  /** Whether a change can carry a stage in its own UPDATE (see the class). */
  static fits(change: Record<string, unknown>): boolean {
    return change.status !== undefined && change.stage === undefined;
  }

  /** Sets the change's defined fields on the subtask, and the stage where its guard holds; how many rows changed. */
  run(id: string, change: Record<string, unknown>, stage: { goalId: string; stage: string }): number {
    if (!StagedSubtaskUpdates.fits(change)) throw new MeshmindError('E_INTERNAL', 'a staged update needs a status and no stage of its own');
    const keys = Object.keys(change)
      .filter((key) => change[key] !== undefined)
      .sort();
    const shape = keys.join(',');
    let prepared = this.byColumns.get(shape);
    if (!prepared) {
      const { subtasks } = schema;
      // Placeholder names with a space cannot clash with a column key (keys are identifiers).
      prepared = this.database
        .update(subtasks)
        .set({
          ...rawPlaceholders(keys),
          stage: sql`CASE WHEN ${subtasks.finishedAt} IS NULL AND ${subtasks.goalId} = ${sql.placeholder('stage goal')} THEN ${sql.placeholder('stage value')} ELSE ${subtasks.stage} END`,
        })
        .where(eq(subtasks.id, sql.placeholder('row id')))
        .prepare() as unknown as PreparedRun;
      this.byColumns.set(shape, prepared);
    }
    const values: Record<string, unknown> = {};
    for (const key of keys) values[key] = change[key];
    return prepared.run({ ...encodeValues(SUBTASK_COLUMNS, values), 'row id': id, 'stage goal': stage.goalId, 'stage value': stage.stage }).changes;
  }
}
