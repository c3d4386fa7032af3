import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiCallRecord } from '@meshmind/protocol';
import { openTaskDatabase, TaskStore, type TaskDatabase } from '../src';
import { JOURNAL_CLEAR_DELAY_MS, JournalSweeper } from '../src/journal-sweeper';

const call: ApiCallRecord = { function: 'set_brightness', arguments: { level: 40 }, result: { ok: true } };

let database: TaskDatabase;
let store: TaskStore;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  database = openTaskDatabase(':memory:');
  store = new TaskStore(database);
});
afterEach(() => {
  vi.useRealTimers();
  database.close();
});

function finished(taskId: string): void {
  store.save({ taskId, deviceId: 'desk-lamp', machineVersion: 1, final: true, snapshot: { context: {} }, at: 1_000 });
  store.recordCall(taskId, 1, 0, call);
}

describe('JournalSweeper', () => {
  it('clears the journals of the tasks finished meanwhile together, after the delay, then runs what follows a sweep once', () => {
    let sweeps = 0;
    const sweeper = new JournalSweeper(store, () => (sweeps += 1));
    finished('dim-the-lamp');
    finished('brighten-the-lamp');
    sweeper.later('dim-the-lamp');
    vi.advanceTimersByTime(JOURNAL_CLEAR_DELAY_MS / 2);
    sweeper.later('brighten-the-lamp');
    // Not yet: the report went out, and nothing in its path pays for the clean-up.
    expect(store.journal('dim-the-lamp', 1)).toHaveLength(1);
    vi.advanceTimersByTime(JOURNAL_CLEAR_DELAY_MS / 2);
    expect(store.journal('dim-the-lamp', 1)).toEqual([]);
    expect(store.journal('brighten-the-lamp', 1)).toEqual([]);
    expect(sweeps).toBe(1);
    // The final records stay: a copy of either subtask is still answered from them.
    expect(store.load('dim-the-lamp')).toBeDefined();
  });

  it('sweeps at once when asked (a runner that stops, before its database closes), and leaves no timer', () => {
    const sweeper = new JournalSweeper(store, () => undefined);
    finished('lamp-off');
    sweeper.later('lamp-off');
    sweeper.sweep();
    expect(store.journal('lamp-off', 1)).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('leaves a journal it could not clear for the next start, and throws nothing from its timer', () => {
    let sweeps = 0;
    const sweeper = new JournalSweeper(store, () => (sweeps += 1));
    finished('fan-on');
    sweeper.later('fan-on');
    database.close();
    expect(() => vi.advanceTimersByTime(JOURNAL_CLEAR_DELAY_MS)).not.toThrow();
    expect(sweeps).toBe(0);
    database = openTaskDatabase(':memory:');
  });
});
