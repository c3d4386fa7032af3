import type Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { and, asc, desc, eq, getTableColumns, inArray, isNull, sql } from 'drizzle-orm';
import { MeshmindError, type GoalStatus, type SubtaskStatus } from '@meshmind/protocol';
import * as schema from './schema';
import type { ConversationContext, StoredSubtaskResult } from './records';
import { openDatabase } from './database';
import { prepareHotQueries, type HotQueries } from './hot-queries';
import { encodeValues } from './prepared-writes';
import { WalCheckpointer } from './wal-checkpointer';
import { DeviceStateWrites } from './device-state-writes';
import { StagedSubtaskUpdates } from './staged-updates';
import { FlatTransactions } from './flat-transactions';

const CONVERSATION_COLUMNS = getTableColumns(schema.conversations);
const GOAL_COLUMNS = getTableColumns(schema.goals);
const SUBTASK_COLUMNS = getTableColumns(schema.subtasks);
const DEVICE_COLUMNS = getTableColumns(schema.devices);

/** Every column of the table, those the row leaves out as null (none of these tables has defaults). */
function fullRow(columns: Record<string, unknown>, row: Record<string, unknown>): Record<string, unknown> {
  const full: Record<string, unknown> = {};
  for (const key of Object.keys(columns)) full[key] = row[key] ?? null;
  return full;
}

export type GoalRow = typeof schema.goals.$inferSelect;
export type SubtaskRow = typeof schema.subtasks.$inferSelect;
export type DeviceRow = typeof schema.devices.$inferSelect;
export type EventRow = typeof schema.events.$inferSelect;
export type HttpTokenRow = typeof schema.httpTokens.$inferSelect;
export type LearnedAliasRow = typeof schema.learnedAliases.$inferSelect;
/** Who may continue a conversation over HTTP. */
export type ConversationOwner = Pick<typeof schema.conversations.$inferSelect, 'keyHash' | 'ownerTokenId'>;

/** The coordinator's durable record: goals, subtasks, devices and an event log, on SQLite. */
export class Store {
  readonly path: string;
  private sqlite: Database.Database | null = null;
  private database: BetterSQLite3Database<typeof schema> | null = null;
  private hotQueries: HotQueries | null = null;
  private checkpointer: WalCheckpointer | null = null;
  /**
   * One better-sqlite3 transaction function that runs whatever it is given (nested calls become
   * savepoints, as with any). `sqlite.transaction(write)` builds four wrapper functions and their
   * properties on every call: about 20 us each time on the loaded machine, against 6 us for the
   * call itself, and a goal runs several.
   */
  private runInTransaction: (<T>(write: () => T) => T) | null = null;
  private readonly flat = new FlatTransactions();
  /**
   * The learned aliases as last read, dropped at each write of them: the planner reads them at every
   * goal, and only this store writes them. Never filled inside a transaction, which may roll back.
   */
  private learnedAliases: LearnedAliasRow[] | null = null;
  /** Devices' new states, written with the next transaction: see writeDeviceStateSoon. */
  private readonly deviceStates = new DeviceStateWrites(
    (id, state, updatedAt) => this.updateDeviceState(id, state, updatedAt),
    (write) => this.runInTransaction?.(write),
  );

  /**
   * `path` is a file, or ':memory:' for tests. Nothing is opened until `open()`. `onProblem` hears
   * what goes wrong beside the writes themselves (the WAL checkpoint worker).
   */
  constructor(
    path: string,
    private readonly onProblem?: (message: string) => void,
  ) {
    this.path = path;
  }

  open(): void {
    if (this.sqlite) return;
    this.sqlite = openDatabase(this.path);
    this.runInTransaction = this.sqlite.transaction((write: () => unknown) => write()) as <T>(write: () => T) => T;
    this.database = drizzle(this.sqlite, { schema });
    this.hotQueries = prepareHotQueries(this.database);
    this.checkpointer = new WalCheckpointer(this.sqlite, this.path, this.onProblem);
    this.checkpointer.start();
  }

  close(): void {
    if (this.sqlite) this.deviceStates.flushAlone();
    this.checkpointer?.stop();
    this.checkpointer = null;
    this.sqlite?.close();
    this.sqlite = null;
    this.runInTransaction = null;
    this.database = null;
    this.hotQueries = null;
    this.learnedAliases = null;
  }

  private get db(): BetterSQLite3Database<typeof schema> {
    if (!this.database) throw new MeshmindError('E_INTERNAL', 'the store is not open');
    return this.database;
  }

  private get hot(): HotQueries {
    if (!this.hotQueries) throw new MeshmindError('E_INTERNAL', 'the store is not open');
    return this.hotQueries;
  }

  /**
   * Runs several writes as one transaction: all or none of them, and one commit instead of one each
   * (a row and the event that says so, on every goal's path). A nested call runs in the open
   * transaction, with no savepoint: if it throws, the whole transaction rolls back (flat-transactions.ts).
   */
  transaction<T>(write: () => T): T {
    const run = this.runInTransaction;
    if (!this.sqlite || !run) throw new MeshmindError('E_INTERNAL', 'the store is not open');
    if (this.flat.open) return this.flat.inner(write);
    if (this.deviceStates.size === 0 || this.sqlite.inTransaction) return this.flat.outer(run, write);
    // Devices' states waiting to be written go first, in the same commit (writeDeviceStateSoon).
    const states = this.deviceStates.take();
    try {
      return this.flat.outer(run, () => {
        this.deviceStates.write(states);
        return write();
      });
    } catch (error) {
      this.deviceStates.restore(states);
      throw error;
    }
  }

  // Conversations

  getConversationContext(id: string): ConversationContext | null {
    const row = this.hot.getConversationContext.get({ id });
    return row ? row.context : null;
  }

  saveConversationContext(id: string, context: ConversationContext, now: number): void {
    this.hot.saveConversationContext.run({ id, createdAt: now, context });
  }

  /**
   * Records a new conversation with its owner; false when the id is already taken. One statement,
   * so two requests racing for the same new id cannot both become its owner.
   */
  createConversation(conversation: { id: string; createdAt: number; keyHash: string; ownerTokenId: string | null }): boolean {
    const row = encodeValues(CONVERSATION_COLUMNS, fullRow(CONVERSATION_COLUMNS, { ...conversation, context: {} }));
    return this.hot.createConversation.run(row).changes === 1;
  }

  getConversationOwner(id: string): ConversationOwner | undefined {
    return this.db
      .select({ keyHash: schema.conversations.keyHash, ownerTokenId: schema.conversations.ownerTokenId })
      .from(schema.conversations)
      .where(eq(schema.conversations.id, id))
      .get();
  }

  // HTTP tokens

  insertHttpToken(token: typeof schema.httpTokens.$inferInsert): void {
    this.db.insert(schema.httpTokens).values(token).run();
  }

  getHttpToken(id: string): HttpTokenRow | undefined {
    return this.hot.getHttpToken.get({ id });
  }

  listHttpTokens(): HttpTokenRow[] {
    // Creation order; ids are random and tokens made in one millisecond share a creation time.
    return this.db.select().from(schema.httpTokens).orderBy(sql`rowid`).all();
  }

  /** Marks a token revoked (kept, so `tokens list` still shows it); false if it was unknown or already revoked. */
  revokeHttpToken(id: string, now: number): boolean {
    const result = this.db
      .update(schema.httpTokens)
      .set({ revokedAt: now })
      .where(and(eq(schema.httpTokens.id, id), isNull(schema.httpTokens.revokedAt)))
      .run();
    return result.changes === 1;
  }

  // Aliases learned in conversation

  /** Stores a phrase for a device, replacing whatever device the phrase meant before. */
  upsertLearnedAlias(row: LearnedAliasRow): void {
    const { id: _id, phrase: _phrase, ...rest } = row;
    this.learnedAliases = null;
    this.db.insert(schema.learnedAliases).values(row).onConflictDoUpdate({ target: schema.learnedAliases.phrase, set: rest }).run();
  }

  getLearnedAlias(phrase: string): LearnedAliasRow | undefined {
    return this.db.select().from(schema.learnedAliases).where(eq(schema.learnedAliases.phrase, phrase)).get();
  }

  listLearnedAliases(): LearnedAliasRow[] {
    if (this.learnedAliases) return [...this.learnedAliases];
    const rows = this.hot.listLearnedAliases.all();
    if (!this.sqlite?.inTransaction) this.learnedAliases = rows;
    return [...rows];
  }

  /** False when no alias has that id. */
  deleteLearnedAlias(id: string): boolean {
    this.learnedAliases = null;
    return this.db.delete(schema.learnedAliases).where(eq(schema.learnedAliases.id, id)).run().changes === 1;
  }

  // Goals and subtasks

  insertGoal(goal: typeof schema.goals.$inferInsert): void {
    this.hot.insertGoal.run(encodeValues(GOAL_COLUMNS, fullRow(GOAL_COLUMNS, goal)));
  }

  updateGoal(id: string, patch: { status?: GoalStatus; answer?: string | null; finishedAt?: number | null; unresolved?: string[] | null }): void {
    this.hot.updateGoal.run(id, patch);
  }

  getGoal(id: string): GoalRow | undefined {
    return this.hot.getGoal.get({ id });
  }

  listGoals(limit: number): GoalRow[] {
    return this.db.select().from(schema.goals).orderBy(desc(schema.goals.createdAt)).limit(limit).all();
  }

  /** Goals a restart must pick up again. */
  listUnfinishedGoals(): GoalRow[] {
    return this.db
      .select()
      .from(schema.goals)
      .where(inArray(schema.goals.status, ['planning', 'running']))
      .orderBy(asc(schema.goals.createdAt))
      .all();
  }

  insertSubtasks(rows: Array<typeof schema.subtasks.$inferInsert>): void {
    if (rows.length === 0) return;
    // One prepared single-row insert per row, all in one transaction (all or none, one commit).
    const insert = () => {
      for (const row of rows) this.hot.insertSubtask.run(encodeValues(SUBTASK_COLUMNS, fullRow(SUBTASK_COLUMNS, row)));
    };
    if (rows.length === 1) insert();
    else this.transaction(insert);
  }

  updateSubtask(
    id: string,
    patch: {
      status?: SubtaskStatus;
      stage?: string | null;
      message?: string | null;
      result?: StoredSubtaskResult | null;
      finishedAt?: number | null;
      deadline?: number;
      sentAt?: number | null;
    },
  ): void {
    this.hot.updateSubtask.run(id, patch);
  }

  /**
   * A subtask's agent says what stage it is in: one guarded write, no read first, and nothing
   * for a subtask of another goal or one already settled. False when nothing changed. An agent sends
   * several of these just before its report, on the same connection, so each one delays the report.
   */
  recordSubtaskStage(id: string, goalId: string, stage: string): boolean {
    return this.hot.recordSubtaskStage.run({ id, goalId, stage }).changes === 1;
  }

  /**
   * recordSubtaskStage and then updateSubtask, as one UPDATE where the change sets a status
   * (staged-updates.ts): the same row comes out, one statement fewer in front of a goal's answer.
   */
  updateSubtaskAfterStage(id: string, patch: Parameters<Store['updateSubtask']>[1], goalId: string, stage: string): void {
    if (StagedSubtaskUpdates.fits(patch)) {
      this.hot.updateSubtaskWithStage.run(id, patch, { goalId, stage });
      return;
    }
    this.recordSubtaskStage(id, goalId, stage);
    this.updateSubtask(id, patch);
  }

  setSubtaskNotBefore(id: string, notBefore: number): void {
    this.db.update(schema.subtasks).set({ notBefore }).where(eq(schema.subtasks.id, id)).run();
  }

  listSubtasks(goalId: string): SubtaskRow[] {
    return this.hot.listSubtasks.all({ goalId });
  }

  /** Subtasks waiting for their time ("in 10 minutes"), soonest first. */
  listScheduledSubtasks(): SubtaskRow[] {
    return this.db
      .select()
      .from(schema.subtasks)
      .where(eq(schema.subtasks.status, 'waiting'))
      .orderBy(asc(schema.subtasks.notBefore))
      .all();
  }

  getSubtask(id: string): SubtaskRow | undefined {
    return this.hot.getSubtask.get({ id });
  }

  // Devices

  upsertDevice(row: typeof schema.devices.$inferInsert): void {
    this.hot.upsertDevice.run(row);
  }

  /** A known device's new state: false when no row has that id (then upsertDevice). */
  updateDeviceState(id: string, state: Record<string, unknown>, updatedAt: number | null): boolean {
    return this.hot.updateDeviceState.run({ id, ...encodeValues(DEVICE_COLUMNS, { state, updatedAt }) }).changes === 1;
  }

  /**
   * A device's new state, written in the store's next transaction or within
   * DEVICE_STATE_WRITE_DELAY_MS on its own (device-state-writes.ts); `missing` writes the whole row
   * when the device has none yet.
   */
  writeDeviceStateSoon(id: string, state: Record<string, unknown>, updatedAt: number | null, missing: () => void): void {
    this.deviceStates.add(id, { state, updatedAt, missing });
  }

  deleteDevice(id: string): void {
    this.deviceStates.forget(id);
    this.db.delete(schema.devices).where(eq(schema.devices.id, id)).run();
  }

  listDevices(): DeviceRow[] {
    this.deviceStates.flushAlone();
    return this.db.select().from(schema.devices).orderBy(asc(schema.devices.id)).all();
  }

  // Event log

  appendEvent(event: { at: number; kind: string; goalId?: string | null; deviceId?: string | null; data: Record<string, unknown> }): void {
    this.hot.appendEvent.run({ at: event.at, kind: event.kind, goalId: event.goalId ?? null, deviceId: event.deviceId ?? null, data: event.data });
  }

  listEvents(filter: { goalId?: string; kind?: string } = {}): EventRow[] {
    const conditions = [
      ...(filter.goalId ? [eq(schema.events.goalId, filter.goalId)] : []),
      ...(filter.kind ? [eq(schema.events.kind, filter.kind)] : []),
    ];
    return this.db
      .select()
      .from(schema.events)
      .where(conditions.length > 0 ? and(...conditions) : undefined)
      .orderBy(asc(schema.events.id))
      .all();
  }
}
