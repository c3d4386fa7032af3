import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { and, eq, isNull, sql } from 'drizzle-orm';
import * as schema from './schema';

/**
 * The store's queries on every goal's path, built once per connection with placeholders. drizzle
 * builds a query's SQL from its parts at every call, and for these small statements that took
 * about three times as long as SQLite took to run them (0.3-0.4 ms against 0.1 ms on the loaded
 * development machine): an agent's eight progress events alone cost a few milliseconds in front
 * of its report. Values still go through the columns' encoders (JSON columns included).
 */
export function prepareHotQueries(db: BetterSQLite3Database<typeof schema>) {
  return {
    recordSubtaskStage: db
      .update(schema.subtasks)
      // drizzle's types take a placeholder in an update only inside SQL; the stage is plain text.
      .set({ status: 'running', stage: sql`${sql.placeholder('stage')}` })
      .where(and(eq(schema.subtasks.id, sql.placeholder('id')), eq(schema.subtasks.goalId, sql.placeholder('goalId')), isNull(schema.subtasks.finishedAt)))
      .prepare(),
    appendEvent: db
      .insert(schema.events)
      .values({ at: sql.placeholder('at'), kind: sql.placeholder('kind'), goalId: sql.placeholder('goalId'), deviceId: sql.placeholder('deviceId'), data: sql.placeholder('data') })
      .prepare(),
    getSubtask: db.select().from(schema.subtasks).where(eq(schema.subtasks.id, sql.placeholder('id'))).prepare(),
    getGoal: db.select().from(schema.goals).where(eq(schema.goals.id, sql.placeholder('id'))).prepare(),
    // Insertion order is plan order (ids are random, and steps share a creation time).
    listSubtasks: db.select().from(schema.subtasks).where(eq(schema.subtasks.goalId, sql.placeholder('goalId'))).orderBy(sql`rowid`).prepare(),
  };
}

export type HotQueries = ReturnType<typeof prepareHotQueries>;
