import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Store } from '../src/store/store';
import { DEVICE_STATE_WRITE_DELAY_MS } from '../src/store/device-state-writes';

/** Counts the store's transactions (each a commit). */
function countCommits(store: Store): { count: number } {
  const counter = { count: 0 };
  const transaction = store.transaction.bind(store);
  store.transaction = (write) => {
    counter.count += 1;
    return transaction(write);
  };
  return counter;
}

describe("Store: a device's new state rides in the next commit", () => {
  let store: Store;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    store = new Store(':memory:');
    store.open();
    store.upsertDevice({ id: 'porch-light', profile: { id: 'porch-light' }, availability: 'online', state: { on: false }, updatedAt: 1 });
  });
  afterEach(() => {
    store.close();
    vi.useRealTimers();
  });

  const stateOf = (id: string) => store.listDevices().find((row) => row.id === id)?.state;

  it("is written in the next transaction (the report's settling), with no commit of its own", () => {
    const commits = countCommits(store);
    store.writeDeviceStateSoon('porch-light', { on: true }, 2, () => undefined);
    store.transaction(() => store.appendEvent({ at: 2, kind: 'subtask.finished', data: {} }));
    expect(commits.count).toBe(1);
    expect(stateOf('porch-light')).toEqual({ on: true });
  });

  it('is written on its own when no transaction comes within the delay, the latest per device only', () => {
    store.writeDeviceStateSoon('porch-light', { on: true }, 2, () => undefined);
    store.writeDeviceStateSoon('porch-light', { on: false, brightness: 30 }, 3, () => undefined);
    vi.advanceTimersByTime(DEVICE_STATE_WRITE_DELAY_MS);
    // Read without listDevices (which writes what waits first): the row changed at the timer.
    store.transaction(() => undefined);
    expect(stateOf('porch-light')).toEqual({ on: false, brightness: 30 });
  });

  it('writes the whole row of a device that has none yet, and brings back no row of a device removed meanwhile', () => {
    let missing = 0;
    store.writeDeviceStateSoon('garden-pump', { running: true }, 2, () => {
      missing += 1;
      store.upsertDevice({ id: 'garden-pump', profile: { id: 'garden-pump' }, availability: 'online', state: { running: true }, updatedAt: 2 });
    });
    store.writeDeviceStateSoon('porch-light', { on: true }, 2, () => (missing += 10));
    store.deleteDevice('porch-light');
    expect(store.listDevices().map((row) => row.id)).toEqual(['garden-pump']);
    expect(missing).toBe(1);
  });

  it('keeps the state for the next write when the transaction it rode in failed, and writes it before the store closes', () => {
    const directory = mkdtempSync(join(tmpdir(), 'meshmind-device-states-'));
    const onDisk = new Store(join(directory, 'meshmind.db'));
    try {
      onDisk.open();
      onDisk.upsertDevice({ id: 'porch-light', profile: { id: 'porch-light' }, availability: 'online', state: { on: false }, updatedAt: 1 });
      onDisk.writeDeviceStateSoon('porch-light', { on: true }, 2, () => undefined);
      expect(() =>
        onDisk.transaction(() => {
          throw new Error('disk full');
        }),
      ).toThrow('disk full');
      onDisk.close();
      onDisk.open();
      expect(onDisk.listDevices().map((row) => row.state)).toEqual([{ on: true }]);
    } finally {
      onDisk.close();
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
