import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { cacheStatements, restrictDatabaseFiles } from '@meshmind/protocol';

/** A task's latest persisted snapshot, with the machine version that wrote it. */
export const taskSnapshots = sqliteTable('task_snapshots', {
  taskId: text('task_id').primaryKey(),
  deviceId: text('device_id').notNull(),
  machineVersion: integer('machine_version').notNull(),
  status: text('status', { enum: ['active', 'final'] }).notNull(),
  snapshot: text('snapshot').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/** Device calls a run completed, so a resumed run replays them instead of repeating them. */
export const taskCallJournal = sqliteTable(
  'task_call_journal',
  {
    taskId: text('task_id').notNull(),
    attempt: integer('attempt').notNull(),
    sequence: integer('sequence').notNull(),
    call: text('call').notNull(),
  },
  (table) => [primaryKey({ columns: [table.taskId, table.attempt, table.sequence] })],
);

/**
 * Write-ahead records of device actions: written (and synced) before each call is sent, with the
 * state before it and the absolute form of the call. An intent without a journal entry is a call
 * an interrupted run may or may not have made; the agent reads the device to decide.
 */
export const taskCallIntents = sqliteTable(
  'task_call_intents',
  {
    taskId: text('task_id').notNull(),
    attempt: integer('attempt').notNull(),
    sequence: integer('sequence').notNull(),
    intent: text('intent').notNull(),
    recordedAt: integer('recorded_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.taskId, table.attempt, table.sequence] })],
);

/** Validated, verified programs, keyed by API-doc version and the normalised calls they make. */
export const experienceEntries = sqliteTable(
  'experience_entries',
  {
    deviceType: text('device_type').notNull(),
    apiDocHash: text('api_doc_hash').notNull(),
    callsKey: text('calls_key').notNull(),
    generated: text('generated').notNull(),
    createdAt: integer('created_at').notNull(),
    uses: integer('uses').notNull(),
  },
  (table) => [primaryKey({ columns: [table.apiDocHash, table.callsKey] })],
);

/** The last availability epoch each agent of this host began (libs/protocol availability.ts). */
export const agentEpochs = sqliteTable('agent_epochs', {
  deviceId: text('device_id').primaryKey(),
  epoch: integer('epoch').notNull(),
});

const SCHEMA = `
CREATE TABLE IF NOT EXISTS task_snapshots (
  task_id TEXT PRIMARY KEY,
  device_id TEXT NOT NULL,
  machine_version INTEGER NOT NULL,
  status TEXT NOT NULL,
  snapshot TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS task_snapshots_device ON task_snapshots (device_id, status);
CREATE TABLE IF NOT EXISTS task_call_journal (
  task_id TEXT NOT NULL,
  attempt INTEGER NOT NULL,
  sequence INTEGER NOT NULL,
  call TEXT NOT NULL,
  PRIMARY KEY (task_id, attempt, sequence)
);
CREATE TABLE IF NOT EXISTS task_call_intents (
  task_id TEXT NOT NULL,
  attempt INTEGER NOT NULL,
  sequence INTEGER NOT NULL,
  intent TEXT NOT NULL,
  recorded_at INTEGER NOT NULL,
  PRIMARY KEY (task_id, attempt, sequence)
);
CREATE TABLE IF NOT EXISTS experience_entries (
  device_type TEXT NOT NULL,
  api_doc_hash TEXT NOT NULL,
  calls_key TEXT NOT NULL,
  generated TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  uses INTEGER NOT NULL,
  PRIMARY KEY (api_doc_hash, calls_key)
);
CREATE INDEX IF NOT EXISTS experience_entries_type ON experience_entries (device_type);
CREATE TABLE IF NOT EXISTS agent_epochs (
  device_id TEXT PRIMARY KEY,
  epoch INTEGER NOT NULL
);
`;

export interface TaskDatabase {
  readonly db: BetterSQLite3Database;
  /**
   * Runs `write` with each commit synced to disk before it returns (SQLite's synchronous=FULL), for
   * the few writes that must survive a power cut, not only a killed process: the write-ahead
   * record of a device call. Other writes keep the cheaper default.
   */
  durably<T>(write: () => T): T;
  close(): void;
}

/**
 * Opens (and creates if needed) the agent's task database: a file path, or ':memory:' in tests.
 * WAL keeps a snapshot write per transition cheap and a crash mid-write harmless.
 */
export function openTaskDatabase(path: string): TaskDatabase {
  const sqlite = new Database(path);
  // The task history (what each device was asked and did) is its owner's only: the file first, so
  // that the -wal and -shm SQLite makes next take its mode.
  restrictDatabaseFiles(path);
  if (path !== ':memory:') sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.exec(SCHEMA);
  // A snapshot is written at every state of every task: compiling its SQL each time cost more than the write.
  cacheStatements(sqlite);
  const db = drizzle(sqlite);
  return {
    db,
    durably: (write) => {
      sqlite.pragma('synchronous = FULL');
      try {
        return write();
      } finally {
        sqlite.pragma('synchronous = NORMAL');
      }
    },
    close: () => {
      if (sqlite.open) sqlite.close();
    },
  };
}
