import { and, asc, eq, sql } from 'drizzle-orm';
import { safeParseJson, type ApiCallRecord } from '@meshmind/protocol';
import { taskCallJournal, taskSnapshots, type TaskDatabase } from './database';

export interface StoredTask {
  taskId: string;
  deviceId: string;
  machineVersion: number;
  /** The parsed persisted snapshot; undefined when the stored text was not valid JSON. */
  snapshot: unknown;
}

/** Persisted task snapshots and call journals (SQLite through drizzle). */
export class TaskStore {
  constructor(private readonly database: TaskDatabase) {}

  save(record: { taskId: string; deviceId: string; machineVersion: number; final: boolean; snapshot: unknown; at: number }): void {
    const row = {
      taskId: record.taskId,
      deviceId: record.deviceId,
      machineVersion: record.machineVersion,
      status: record.final ? ('final' as const) : ('active' as const),
      snapshot: JSON.stringify(record.snapshot),
      updatedAt: Math.round(record.at),
    };
    this.database.db
      .insert(taskSnapshots)
      .values(row)
      .onConflictDoUpdate({ target: taskSnapshots.taskId, set: { machineVersion: row.machineVersion, status: row.status, snapshot: row.snapshot, updatedAt: row.updatedAt } })
      .run();
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
    const row = this.database.db.select().from(taskSnapshots).where(eq(taskSnapshots.taskId, taskId)).get();
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

  /** A finished task needs no journal: only its final snapshot stays, for the record. */
  clearJournal(taskId: string): void {
    this.database.db.delete(taskCallJournal).where(eq(taskCallJournal.taskId, taskId)).run();
  }
}
