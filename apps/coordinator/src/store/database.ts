import Database from 'better-sqlite3';
import { MeshmindError, cacheStatements, restrictDatabaseFiles } from '@meshmind/protocol';
import { MIGRATIONS } from './migrations';

/**
 * Opens the coordinator's SQLite file (or ':memory:') with its schema up to date. The store and the
 * security stores (MQTT credentials, HTTP tokens) each hold their own connection to the same file,
 * so the CLI can enroll or revoke while a coordinator runs: WAL lets them write side by side.
 */
export function openDatabase(path: string): Database.Database {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path);
    // It holds credential and token hashes: readable by its owner only, before WAL mode makes a -wal
    // and -shm (SQLite gives them the main file's mode when it creates them); one made by an older
    // version with the umask's mode is closed too.
    restrictDatabaseFiles(path);
  } catch (error) {
    throw new MeshmindError('E_CONFIG_INVALID', `cannot open the database ${path}: ${(error as Error).message}`, { cause: error });
  }
  sqlite.pragma('journal_mode = WAL');
  // WAL with NORMAL syncs at checkpoints, not at every commit: a killed process loses nothing, a
  // power cut may lose the last commits (never corrupts). What matters for exactly once survives
  // that: a subtask whose sent mark is lost is sent again and the agent answers it from its record.
  // Every commit on the goal path paid an fsync before (about a dozen per goal).
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // Another process (the CLI enrolling a device) may hold the write lock for a moment.
  sqlite.pragma('busy_timeout = 5000');
  migrate(sqlite);
  // drizzle compiles each query's SQL anew; the goal path repeats a few texts many times.
  cacheStatements(sqlite);
  return sqlite;
}

function migrate(sqlite: Database.Database): void {
  sqlite.transaction(() => {
    const current = sqlite.pragma('user_version', { simple: true }) as number;
    for (let version = current; version < MIGRATIONS.length; version += 1) {
      sqlite.exec(MIGRATIONS[version]!);
      sqlite.pragma(`user_version = ${version + 1}`);
    }
  }).immediate();
}
