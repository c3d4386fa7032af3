import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/** How long after a write the worker copies the write-ahead log into the database file. */
export const CHECKPOINT_INTERVAL_MS = 1_000;
/**
 * How often the worker checkpoints with no write seen: a safety net only. The worker is woken by
 * the log file's changes, so an idle board's coordinator does not wake every second for nothing.
 */
export const CHECKPOINT_IDLE_MS = 60_000;
/**
 * How long after open the worker starts: a short-lived process (a CLI command, a one-sentence
 * `meshmind run`) never pays for a thread; until then the connection checkpoints itself.
 */
export const CHECKPOINT_WORKER_DELAY_MS = 2_000;
/** SQLite's own default: a commit that finds the log this long (in pages) checkpoints it. */
const AUTO_CHECKPOINT_PAGES = 1_000;

// The worker's whole program: plain CommonJS, so it runs however the coordinator was started
// (tsx, a build, a test runner). Its own connection checkpoints PASSIVE: it never waits for the
// coordinator's connection and never makes it wait; what it cannot copy now it copies next time.
// A change of the log file (inotify on Linux) schedules one checkpoint a short while later, so a
// burst of commits costs one; the long timer is a safety net in case a change is not reported.
// The watch is dropped at the first change and taken again just before the checkpoint: watched
// all the time, every write of the log woke this thread (several per commit), and on the loaded
// 2-core machine a coordinator's transaction took about twice as long beside it (0.22-0.34 ms
// against 0.10-0.12 ms, median). A write after the watch is taken again schedules the next
// checkpoint; one before it is in the log that checkpoint copies.
const WORKER_SOURCE = `
const { watch } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const database = new Database(workerData.path);
database.pragma('busy_timeout = 1000');
let pending = null;
let watcher = null;
let watchable = true;
const soon = () => {
  if (pending === null) pending = setTimeout(checkpoint, workerData.intervalMs);
};
const unwatch = () => {
  if (watcher === null) return;
  watcher.close();
  watcher = null;
};
let idle = null;
const every = (ms) => {
  if (idle !== null) clearInterval(idle);
  idle = setInterval(soon, ms);
};
const cannotWatch = () => {
  unwatch();
  if (!watchable) return;
  watchable = false;
  every(workerData.intervalMs);
};
const rewatch = () => {
  if (!watchable || watcher !== null) return;
  try {
    watcher = watch(workerData.path + '-wal', { persistent: false }, () => {
      unwatch();
      soon();
    });
    watcher.on('error', cannotWatch);
  } catch {
    // No log file to watch (or no watching here): the safety net checkpoints alone, every interval.
    cannotWatch();
  }
};
const checkpoint = () => {
  pending = null;
  rewatch();
  try {
    database.pragma('wal_checkpoint(PASSIVE)');
    if (workerData.report) parentPort.postMessage({ checkpointed: true });
  } catch (error) {
    parentPort.postMessage({ failed: String(error && error.message || error) });
  }
};
rewatch();
if (watchable) every(workerData.idleMs);
// What was written before the watch began is copied once now.
soon();
parentPort.postMessage({ watching: watchable });
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(idle);
  if (pending !== null) clearTimeout(pending);
  unwatch();
  database.close();
  parentPort.close();
});
`;

/**
 * Moves SQLite's WAL checkpoints off the event loop. With the default auto-checkpoint, the commit
 * that finds the log over 1,000 pages copies it into the database file and syncs both, on the
 * thread that committed: on the loaded development machine 9 of 40 one-device goals had a commit
 * of 16 ms (median) in front of their subtask or their answer. Here the coordinator's connection
 * never checkpoints; a worker thread with its own connection does, a second after the log
 * changes. If the worker cannot run, the connection checkpoints itself again, as before.
 */
export class WalCheckpointer {
  private worker: Worker | null = null;
  private startTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly path: string,
    private readonly onProblem: (message: string) => void = () => undefined,
    private readonly startDelayMs = CHECKPOINT_WORKER_DELAY_MS,
    private readonly timing: { intervalMs: number; idleMs: number; onCheckpoint?: () => void } = { intervalMs: CHECKPOINT_INTERVAL_MS, idleMs: CHECKPOINT_IDLE_MS },
  ) {}

  start(): void {
    if (this.worker || this.startTimer || this.path === ':memory:') return;
    this.startTimer = setTimeout(() => this.spawn(), this.startDelayMs);
    this.startTimer.unref();
  }

  private spawn(): void {
    this.startTimer = null;
    if (!this.sqlite.open) return;
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, path: this.path, intervalMs: this.timing.intervalMs, idleMs: this.timing.idleMs, report: this.timing.onCheckpoint !== undefined } });
    // It must never keep the process alive on its own.
    worker.unref();
    worker.on('message', (message: { failed?: string; checkpointed?: boolean; watching?: boolean }) => {
      if (message.failed) this.onProblem(`a WAL checkpoint failed: ${message.failed}`);
      if (message.checkpointed) this.timing.onCheckpoint?.();
      if (message.watching === false) this.onProblem('the WAL checkpoint worker cannot watch the log file; it checkpoints every second instead');
    });
    worker.on('error', (error) => {
      this.onProblem(`the WAL checkpoint worker stopped: ${error.message}; the store checkpoints on its own again`);
      this.fallBack();
    });
    this.worker = worker;
    this.sqlite.pragma('wal_autocheckpoint = 0');
  }

  /** Stops the worker; the connection checkpoints on its own again (and at its close, as the last one). */
  stop(): void {
    if (this.startTimer) clearTimeout(this.startTimer);
    this.startTimer = null;
    const worker = this.worker;
    if (!worker) return;
    this.fallBack();
    worker.postMessage('stop');
  }

  private fallBack(): void {
    this.worker = null;
    if (this.sqlite.open) this.sqlite.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`);
  }
}
