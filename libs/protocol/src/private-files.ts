import { chmodSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { MeshmindError } from './errors';

/** A data directory: its owner only may list, read or enter it. SECURITY.md, "Secrets at rest". */
export const PRIVATE_DIRECTORY_MODE = 0o700;
/** Secrets, databases and everything else meshmind keeps for itself: readable by its owner only. */
export const PRIVATE_FILE_MODE = 0o600;

/** What `ensurePrivateDirectory` found: a new directory, one it had to close (with its old mode), or one already private. */
export type PrivateDirectoryOutcome = { kind: 'created' } | { kind: 'tightened'; previousMode: number } | { kind: 'kept' };

/**
 * Makes `path` a directory only its owner can enter (0700), creating it (and its missing parents)
 * or closing an existing one: a directory made by an older version, by the user or by `mkdir -p`
 * keeps whatever mode it had (often 0755), and every file inside would then be as open as its own
 * mode, which SQLite's and LevelDB's files take from the umask. The owner-only directory is what
 * protects those files; their own modes come second.
 */
export function ensurePrivateDirectory(path: string): PrivateDirectoryOutcome {
  try {
    const existed = existsSync(path);
    // mkdirSync's mode is filtered by the umask and applies only to what it creates.
    mkdirSync(path, { recursive: true, mode: PRIVATE_DIRECTORY_MODE });
    const mode = statSync(path).mode & 0o777;
    if (mode === PRIVATE_DIRECTORY_MODE) return existed ? { kind: 'kept' } : { kind: 'created' };
    chmodSync(path, PRIVATE_DIRECTORY_MODE);
    return existed ? { kind: 'tightened', previousMode: mode } : { kind: 'created' };
  } catch (error) {
    throw new MeshmindError('E_CONFIG_INVALID', `cannot make the data directory ${path} private (mode 0700): ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Gives a SQLite database and its companions (-wal, -shm, -journal) the owner-only mode. Call it
 * right after opening and before `journal_mode = WAL`: on Unix SQLite creates a WAL and its index
 * with the main file's mode *at their creation* (measured with better-sqlite3: a 0600 file gets a
 * 0600 -wal and -shm under umask 022), but a -wal or -shm that already exists keeps its own mode, so
 * those left by an older version are closed here too.
 */
export function restrictDatabaseFiles(path: string): void {
  if (path === ':memory:' || path === '') return;
  for (const file of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) {
    if (!existsSync(file)) continue;
    if ((statSync(file).mode & 0o777) !== PRIVATE_FILE_MODE) chmodSync(file, PRIVATE_FILE_MODE);
  }
}

/**
 * Gives every plain file directly inside `directory` the owner-only mode: for a store such as
 * LevelDB that makes its files with the process umask and may have been written by an older
 * version under a looser one. Files it makes later follow the umask (the CLI sets 077).
 */
export function restrictDirectoryFiles(directory: string): void {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(directory, entry.name);
    if ((statSync(file).mode & 0o777) !== PRIVATE_FILE_MODE) chmodSync(file, PRIVATE_FILE_MODE);
  }
}

/** Whether `path` is `directory` itself or lies anywhere inside it (both resolved; no symlinks followed). */
export function isInsideDirectory(path: string, directory: string): boolean {
  const fromDirectory = relative(resolve(directory), resolve(path));
  return fromDirectory === '' || (fromDirectory !== '..' && !fromDirectory.startsWith(`..${sep}`) && !isAbsolute(fromDirectory));
}
