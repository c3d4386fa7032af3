import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { WalCheckpointer } from '../src/store/wal-checkpointer';
import { waitFor } from './wait-for';


describe('WalCheckpointer', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => {
    for (const cleanup of cleanups.reverse()) cleanup();
    cleanups.length = 0;
  });

  function openDatabase(): { sqlite: Database.Database; path: string } {
    const directory = mkdtempSync(join(tmpdir(), 'meshmind-wal-'));
    cleanups.push(() => rmSync(directory, { recursive: true, force: true }));
    const path = join(directory, 'test.db');
    const sqlite = new Database(path);
    cleanups.push(() => sqlite.close());
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, text TEXT)');
    return { sqlite, path };
  }

  it('takes checkpoints off the connection, and a worker copies the log into the database file', async () => {
    const { sqlite, path } = openDatabase();
    const checkpointer = new WalCheckpointer(sqlite, path, undefined, 10);
    checkpointer.start();
    cleanups.push(() => checkpointer.stop());
    await waitFor(() => sqlite.pragma('wal_autocheckpoint', { simple: true }) === 0, 10_000, 'the worker to start');
    const before = statSync(path).size;
    const insert = sqlite.prepare('INSERT INTO rows (text) VALUES (?)');
    for (let index = 0; index < 500; index += 1) insert.run('x'.repeat(2_000));
    // Nothing of that is in the database file until a checkpoint copies it there.
    await waitFor(() => statSync(path).size > before + 500 * 2_000, 20_000, 'the worker to checkpoint');
    expect((sqlite.prepare('SELECT count(*) AS count FROM rows').get() as { count: number }).count).toBe(500);
  });

  it('checkpoints after a write and not while the store is idle', async () => {
    const { sqlite, path } = openDatabase();
    let checkpoints = 0;
    const problems: string[] = [];
    const checkpointer = new WalCheckpointer(sqlite, path, (problem) => problems.push(problem), 10, { intervalMs: 10, idleMs: 3_600_000, onCheckpoint: () => (checkpoints += 1) });
    checkpointer.start();
    cleanups.push(() => checkpointer.stop());
    await waitFor(() => sqlite.pragma('wal_autocheckpoint', { simple: true }) === 0, 10_000, 'the worker to start');
    // One checkpoint at its start copies what was written before it watched the log (SQLite may
    // touch the log once as it does); after that, with nothing written, a hundred of its intervals
    // pass with no more: a timer would have taken about a hundred.
    await waitFor(() => checkpoints >= 1, 20_000, 'the first checkpoint');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(checkpoints).toBeLessThanOrEqual(2);
    const idle = checkpoints;
    expect(problems).toEqual([]);
    sqlite.prepare('INSERT INTO rows (text) VALUES (?)').run('one row');
    await waitFor(() => checkpoints > idle, 20_000, 'the write to be checkpointed');
  });

  it('watches the log again after each checkpoint: every later round of writes is copied too', async () => {
    const { sqlite, path } = openDatabase();
    let checkpoints = 0;
    const checkpointer = new WalCheckpointer(sqlite, path, undefined, 10, { intervalMs: 10, idleMs: 3_600_000, onCheckpoint: () => (checkpoints += 1) });
    checkpointer.start();
    cleanups.push(() => checkpointer.stop());
    await waitFor(() => checkpoints >= 1, 20_000, 'the first checkpoint');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const insert = sqlite.prepare('INSERT INTO rows (text) VALUES (?)');
    // The watch is dropped at a change and taken again before the checkpoint: with the safety net an
    // hour away, each round is copied only if the watch came back after the round before.
    for (let round = 0; round < 3; round += 1) {
      const before = checkpoints;
      for (let index = 0; index < 20; index += 1) insert.run(`round ${round} row ${index}`);
      await waitFor(() => checkpoints > before, 20_000, `round ${round} to be checkpointed`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });

  it('gives the connection its own checkpoints back when it stops', async () => {
    const { sqlite, path } = openDatabase();
    const checkpointer = new WalCheckpointer(sqlite, path, undefined, 10);
    checkpointer.start();
    await waitFor(() => sqlite.pragma('wal_autocheckpoint', { simple: true }) === 0, 10_000, 'the worker to start');
    checkpointer.stop();
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1_000);
  });

  it('starts no thread in a process that closes its store before the delay', () => {
    const { sqlite, path } = openDatabase();
    const checkpointer = new WalCheckpointer(sqlite, path);
    checkpointer.start();
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1_000);
    checkpointer.stop();
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1_000);
  });

  it('starts no worker for a database in memory', () => {
    const sqlite = new Database(':memory:');
    cleanups.push(() => sqlite.close());
    const checkpointer = new WalCheckpointer(sqlite, ':memory:');
    checkpointer.start();
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1_000);
    checkpointer.stop();
  });
});
