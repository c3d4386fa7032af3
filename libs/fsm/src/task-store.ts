import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import { safeParseJson, type ApiCallRecord } from '@meshmind/protocol';
import { taskCallIntents, taskCallJournal, taskSnapshots, type TaskDatabase } from './database';
import { preparedPerDatabase } from './per-database';
import type { CallIntent } from './types';

export interface StoredTask {
  taskId: string;
  deviceId: string;
  machineVersion: number;
  /** The parsed persisted snapshot; undefined when the stored text was not valid JSON. */
  snapshot: unknown;
}

/**
 * The statements on every subtask's path (a snapshot saved at each stage; the record of a finished
 * task looked up when a subtask arrives; its journal cleared when it ends) and those every agent runs
 * as it starts (its task ids, the clean-up of finished tasks' journals and of old records), built once
 * per database. drizzle builds a query's SQL from its parts at every call, which took longer than
 * SQLite took to run these (the same finding as the coordinator's store/hot-queries.ts); the 32
 * agents of a one-shot run each built the start's six again. The columns are plain text and
 * integers, so the placeholders take the values as they are.
 */
const queriesOf = preparedPerDatabase((database) => {
  const deviceId = sql.placeholder('deviceId');
  const before = sql.placeholder('before');
  const finished = database.db
    .select({ taskId: taskSnapshots.taskId })
    .from(taskSnapshots)
    .where(and(eq(taskSnapshots.deviceId, deviceId), eq(taskSnapshots.status, 'final')));
  const deadline = sql`coalesce(json_extract(${taskSnapshots.snapshot}, '$.context.subtask.deadline'), 0)`;
  const old = and(eq(taskSnapshots.deviceId, deviceId), eq(taskSnapshots.status, 'final'), lt(taskSnapshots.updatedAt, before), sql`${deadline} < ${before}`);
  const doomed = database.db.select({ taskId: taskSnapshots.taskId }).from(taskSnapshots).where(old);
  return {
    save: database.db
      .insert(taskSnapshots)
      .values({
        taskId: sql.placeholder('taskId'),
        deviceId: sql.placeholder('deviceId'),
        machineVersion: sql.placeholder('machineVersion'),
        status: sql`${sql.placeholder('status')}`,
        snapshot: sql.placeholder('snapshot'),
        updatedAt: sql.placeholder('updatedAt'),
      })
      .onConflictDoUpdate({
        target: taskSnapshots.taskId,
        set: { machineVersion: sql`excluded.machine_version`, status: sql`excluded.status`, snapshot: sql`excluded.snapshot`, updatedAt: sql`excluded.updated_at` },
      })
      .prepare(),
    load: database.db.select().from(taskSnapshots).where(eq(taskSnapshots.taskId, sql.placeholder('taskId'))).prepare(),
    // The clean-up after each finished task runs between the agent's report and its delivery.
    clearCalls: database.db.delete(taskCallJournal).where(eq(taskCallJournal.taskId, sql.placeholder('taskId'))).prepare(),
    clearIntents: database.db.delete(taskCallIntents).where(eq(taskCallIntents.taskId, sql.placeholder('taskId'))).prepare(),
    taskIds: database.db.select({ taskId: taskSnapshots.taskId }).from(taskSnapshots).where(eq(taskSnapshots.deviceId, deviceId)).prepare(),
    clearFinishedJournal: database.db.delete(taskCallJournal).where(inArray(taskCallJournal.taskId, finished)).prepare(),
    clearFinishedIntents: database.db.delete(taskCallIntents).where(inArray(taskCallIntents.taskId, finished)).prepare(),
    pruneJournal: database.db.delete(taskCallJournal).where(inArray(taskCallJournal.taskId, doomed)).prepare(),
    pruneIntents: database.db.delete(taskCallIntents).where(inArray(taskCallIntents.taskId, doomed)).prepare(),
    pruneSnapshots: database.db.delete(taskSnapshots).where(old).prepare(),
  };
});

/** Persisted task snapshots, write-ahead call intents and call journals (SQLite through drizzle). */
export class TaskStore {
  constructor(private readonly database: TaskDatabase) {}

  /** Prepared at first use, so that constructing a store touches no database. */
  private get queries(): ReturnType<typeof queriesOf> {
    return queriesOf(this.database);
  }

  save(record: { taskId: string; deviceId: string; machineVersion: number; final: boolean; snapshot: unknown; at: number }): void {
    this.queries.save.run({
      taskId: record.taskId,
      deviceId: record.deviceId,
      machineVersion: record.machineVersion,
      status: record.final ? 'final' : 'active',
      snapshot: JSON.stringify(record.snapshot),
      updatedAt: Math.round(record.at),
    });
  }

  /** Ids of every task of the device with a stored snapshot, unfinished or final. */
  taskIds(deviceId: string): string[] {
    return this.queries.taskIds.all({ deviceId }).map((row) => row.taskId);
  }

  /** Unfinished tasks of a device, in arrival order (the queue order). */
  loadActive(deviceId: string): StoredTask[] {
    return this.database.db
      .select()
      .from(taskSnapshots)
      .where(and(eq(taskSnapshots.deviceId, deviceId), eq(taskSnapshots.status, 'active')))
      // rowid survives upserts, so it is the order in which tasks first arrived.
      .orderBy(sql`rowid`)
      .all()
      .map((row) => {
        const parsed = safeParseJson(row.snapshot, 16 * 1024 * 1024);
        return { taskId: row.taskId, deviceId: row.deviceId, machineVersion: row.machineVersion, snapshot: parsed.ok ? parsed.value : undefined };
      });
  }

  load(taskId: string): StoredTask | undefined {
    const row = this.queries.load.get({ taskId });
    if (!row) return undefined;
    const parsed = safeParseJson(row.snapshot, 16 * 1024 * 1024);
    return { taskId: row.taskId, deviceId: row.deviceId, machineVersion: row.machineVersion, snapshot: parsed.ok ? parsed.value : undefined };
  }

  recordCall(taskId: string, attempt: number, sequence: number, call: ApiCallRecord): void {
    this.database.db
      .insert(taskCallJournal)
      .values({ taskId, attempt, sequence, call: JSON.stringify(call) })
      .onConflictDoUpdate({ target: [taskCallJournal.taskId, taskCallJournal.attempt, taskCallJournal.sequence], set: { call: JSON.stringify(call) } })
      .run();
  }

  journal(taskId: string, attempt: number): ApiCallRecord[] {
    return this.database.db
      .select()
      .from(taskCallJournal)
      .where(and(eq(taskCallJournal.taskId, taskId), eq(taskCallJournal.attempt, attempt)))
      .orderBy(asc(taskCallJournal.sequence))
      .all()
      .flatMap((row) => {
        const parsed = safeParseJson(row.call);
        return parsed.ok ? [parsed.value as ApiCallRecord] : [];
      });
  }

  /** Written before the call is sent, synced to disk: after this returns, a crash cannot lose it. */
  recordIntent(taskId: string, attempt: number, intent: CallIntent): void {
    const row = { taskId, attempt, sequence: intent.sequence, intent: JSON.stringify(intent), recordedAt: Math.round(intent.at) };
    this.database.durably(() =>
      this.database.db
        .insert(taskCallIntents)
        .values(row)
        .onConflictDoUpdate({ target: [taskCallIntents.taskId, taskCallIntents.attempt, taskCallIntents.sequence], set: { intent: row.intent, recordedAt: row.recordedAt } })
        .run(),
    );
  }

  /** The write-ahead records of one run, in call order. */
  intents(taskId: string, attempt: number): CallIntent[] {
    return this.database.db
      .select()
      .from(taskCallIntents)
      .where(and(eq(taskCallIntents.taskId, taskId), eq(taskCallIntents.attempt, attempt)))
      .orderBy(asc(taskCallIntents.sequence))
      .all()
      .flatMap((row) => {
        const parsed = safeParseJson(row.intent);
        return parsed.ok ? [parsed.value as CallIntent] : [];
      });
  }

  /** Whether a run of this task has recorded any device call (sent or about to be sent). */
  touchedDevice(taskId: string, attempt: number): boolean {
    const intent = this.database.db.select({ taskId: taskCallIntents.taskId }).from(taskCallIntents).where(and(eq(taskCallIntents.taskId, taskId), eq(taskCallIntents.attempt, attempt))).get();
    const call = this.database.db.select({ taskId: taskCallJournal.taskId }).from(taskCallJournal).where(and(eq(taskCallJournal.taskId, taskId), eq(taskCallJournal.attempt, attempt))).get();
    return intent !== undefined || call !== undefined;
  }

  /** A finished task needs no journal or intents: only its final snapshot stays, for the record. */
  clearJournal(taskId: string): void {
    this.queries.clearCalls.run({ taskId });
    this.queries.clearIntents.run({ taskId });
  }

  /** Clears the journals of several tasks in one transaction (one commit). */
  clearJournals(taskIds: readonly string[]): void {
    this.database.db.transaction(() => {
      for (const taskId of taskIds) this.clearJournal(taskId);
    });
  }

  /**
   * Deletes the final records of this device's tasks that ended, and whose deadline passed, before
   * `before` (epoch ms); returns how many went. A record of a task without a readable deadline (one
   * abandoned after a restart) counts from when it ended. Unfinished tasks are never touched.
   */
  pruneFinished(deviceId: string, before: number): number {
    this.queries.pruneJournal.run({ deviceId, before });
    this.queries.pruneIntents.run({ deviceId, before });
    return this.queries.pruneSnapshots.run({ deviceId, before }).changes;
  }

  /**
   * Journal and intent rows of tasks already final: a call that was in flight when its task was
   * cancelled records itself after the clean-up. Cleared when the agent starts.
   */
  clearFinishedJournals(deviceId: string): void {
    this.queries.clearFinishedJournal.run({ deviceId });
    this.queries.clearFinishedIntents.run({ deviceId });
  }
}
