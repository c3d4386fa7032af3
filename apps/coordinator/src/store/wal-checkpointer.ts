import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/** How often the worker copies the write-ahead log into the database file. */
export const CHECKPOINT_INTERVAL_MS = 1_000;
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
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const database = new Database(workerData.path);
database.pragma('busy_timeout = 1000');
const checkpoint = () => {
  try {
    database.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort.postMessage({ failed: String(error && error.message || error) });
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  database.close();
  parentPort.close();
});
`;

/**
 * Moves SQLite's WAL checkpoints off the event loop. With the default auto-checkpoint, the commit
 * that finds the log over 1,000 pages copies it into the database file and syncs both, on the
 * thread that committed: on the loaded development machine 9 of 40 one-device goals had a commit
 * of 16 ms (median) in front of their subtask or their answer. Here the coordinator's connection
 * never checkpoints; a worker thread with its own connection does, every second. If the worker
 * cannot run, the connection checkpoints itself again, as before.
 */
export class WalCheckpointer {
  private worker: Worker | null = null;
  private startTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly path: string,
    private readonly onProblem: (message: string) => void = () => undefined,
    private readonly startDelayMs = CHECKPOINT_WORKER_DELAY_MS,
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
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, path: this.path, intervalMs: CHECKPOINT_INTERVAL_MS } });
    // It must never keep the process alive on its own.
    worker.unref();
    worker.on('message', (message: { failed?: string }) => {
      if (message.failed) this.onProblem(`a WAL checkpoint failed: ${message.failed}`);
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
