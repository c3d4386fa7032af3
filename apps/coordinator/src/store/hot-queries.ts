import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import * as schema from './schema';
import { PreparedUpdates, PreparedUpserts, columnPlaceholders, rawPlaceholders } from './prepared-writes';
import { StagedSubtaskUpdates } from './staged-updates';

/**
 * The store's queries on every goal's path, built once per connection with placeholders. drizzle
 * builds a query's SQL from its parts at every call, and for these small statements that took
 * about three times as long as SQLite took to run them (0.3-0.4 ms against 0.1 ms on the loaded
 * development machine): an agent's eight progress events alone cost a few milliseconds in front
 * of its report. Values still go through the columns' encoders (JSON columns included; see
 * prepared-writes.ts for the queries whose placeholders are filled raw, after encodeValues).
 *
 * A goal's path: a conversation created, read and saved; the learned aliases listed for the
 * planner; the goal and its subtasks inserted and updated; the device's new state. Each was a
 * query drizzle built anew at every call (0.1-0.3 ms each here, about a dozen per goal).
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
    getConversationContext: db
      .select({ context: schema.conversations.context })
      .from(schema.conversations)
      .where(eq(schema.conversations.id, sql.placeholder('id')))
      .prepare(),
    saveConversationContext: db
      .insert(schema.conversations)
      .values({ id: sql.placeholder('id'), createdAt: sql.placeholder('createdAt'), context: sql.placeholder('context') })
      .onConflictDoUpdate({ target: schema.conversations.id, set: { context: sql`excluded.context` } })
      .prepare(),
    createConversation: db
      .insert(schema.conversations)
      .values(columnPlaceholders(schema.conversations))
      .onConflictDoNothing({ target: schema.conversations.id })
      .prepare(),
    listLearnedAliases: db.select().from(schema.learnedAliases).orderBy(asc(schema.learnedAliases.createdAt), sql`rowid`).prepare(),
    insertGoal: db
      .insert(schema.goals)
      .values(columnPlaceholders(schema.goals))
      .prepare(),
    insertSubtask: db
      .insert(schema.subtasks)
      .values(columnPlaceholders(schema.subtasks))
      .prepare(),
    updateGoal: new PreparedUpdates(db as never, schema.goals, schema.goals.id),
    updateSubtask: new PreparedUpdates(db as never, schema.subtasks, schema.subtasks.id),
    // A waiting stage and the change that follows it on the same row: one UPDATE (staged-updates.ts).
    updateSubtaskWithStage: new StagedSubtaskUpdates(db),
    // A device's whole row, as it announces itself and as its availability changes.
    upsertDevice: new PreparedUpserts(db as never, schema.devices, 'id'),
    // A device's reported state: the state and its time, not the whole profile again.
    updateDeviceState: db
      .update(schema.devices)
      .set(rawPlaceholders(['state', 'updatedAt']))
      .where(eq(schema.devices.id, sql.placeholder('id')))
      .prepare(),
    listSubtasks: db.select().from(schema.subtasks).where(eq(schema.subtasks.goalId, sql.placeholder('goalId'))).orderBy(sql`rowid`).prepare(),
    // Every HTTP request's token check: read from the table each time (a revoke from another
    // process holds at the next request), but no longer built by drizzle at each call.
    getHttpToken: db.select().from(schema.httpTokens).where(eq(schema.httpTokens.id, sql.placeholder('id'))).prepare(),
  };
}

export type HotQueries = ReturnType<typeof prepareHotQueries>;
