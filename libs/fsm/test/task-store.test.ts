import { afterEach, describe, expect, it } from 'vitest';
import type { ApiCallRecord } from '@meshmind/protocol';
import { ExperienceCache, openTaskDatabase, TaskStore, type TaskDatabase } from '../src';

const opened: TaskDatabase[] = [];
afterEach(() => {
  for (const database of opened.splice(0)) database.close();
});

function database(): TaskDatabase {
  const handle = openTaskDatabase(':memory:');
  opened.push(handle);
  return handle;
}

const call: ApiCallRecord = { function: 'set_volume', arguments: { volume: 30 }, result: { ok: true } };

function saved(store: TaskStore, taskId: string, deviceId: string, final: boolean, at: number): void {
  store.save({ taskId, deviceId, machineVersion: 1, final, snapshot: { context: {} }, at });
  store.recordCall(taskId, 1, 0, call);
}

// The agents of one process share a database, and its statements are prepared once for all of them.
describe('TaskStore on a database shared by several agents', () => {
  it('lists each device its own tasks, whichever store asks first', () => {
    const shared = database();
    const speaker = new TaskStore(shared);
    const lamp = new TaskStore(shared);
    saved(speaker, 'speaker-task', 'speaker', false, 1_000);
    saved(lamp, 'lamp-task-1', 'lamp', false, 1_000);
    saved(lamp, 'lamp-task-2', 'lamp', true, 1_000);
    expect(speaker.taskIds('lamp').sort()).toEqual(['lamp-task-1', 'lamp-task-2']);
    expect(lamp.taskIds('speaker')).toEqual(['speaker-task']);
    expect(new TaskStore(shared).taskIds('kettle')).toEqual([]);
  });

  it('clears the journals of one device\'s finished tasks only', () => {
    const shared = database();
    const store = new TaskStore(shared);
    saved(store, 'lamp-done', 'lamp', true, 1_000);
    saved(store, 'lamp-active', 'lamp', false, 1_000);
    saved(store, 'speaker-done', 'speaker', true, 1_000);
    new TaskStore(shared).clearFinishedJournals('lamp');
    expect(store.journal('lamp-done', 1)).toEqual([]);
    expect(store.journal('lamp-active', 1)).toHaveLength(1);
    expect(store.journal('speaker-done', 1)).toHaveLength(1);
    expect(store.load('lamp-done')).toBeDefined();
  });

  it('prunes one device\'s finished records older than the bound, with their journals', () => {
    const shared = database();
    const store = new TaskStore(shared);
    saved(store, 'lamp-old', 'lamp', true, 1_000);
    saved(store, 'lamp-recent', 'lamp', true, 5_000);
    saved(store, 'lamp-active-old', 'lamp', false, 1_000);
    saved(store, 'speaker-old', 'speaker', true, 1_000);
    expect(new TaskStore(shared).pruneFinished('lamp', 2_000)).toBe(1);
    expect(store.load('lamp-old')).toBeUndefined();
    expect(store.journal('lamp-old', 1)).toEqual([]);
    expect(store.load('lamp-recent')).toBeDefined();
    expect(store.load('lamp-active-old')).toBeDefined();
    expect(store.load('speaker-old')).toBeDefined();
    // Another database keeps its own statements: the same calls act on its rows alone.
    const other = new TaskStore(database());
    saved(other, 'lamp-old', 'lamp', true, 1_000);
    expect(other.pruneFinished('lamp', 2_000)).toBe(1);
    expect(store.load('lamp-recent')).toBeDefined();
  });
});

describe('ExperienceCache on a database shared by several agents', () => {
  it('drops the programs of other versions of one device type only, whichever cache asks', () => {
    const shared = database();
    const cache = new ExperienceCache(shared);
    const remembered = (deviceType: string, apiDocHash: string) => cache.remember({ deviceType, apiDocHash, callsKey: 'on', generated: { source: 'await device.on();' }, at: 1 });
    remembered('lamp', 'lamp-v1');
    remembered('lamp', 'lamp-v2');
    remembered('speaker', 'speaker-v1');
    expect(new ExperienceCache(shared).invalidateOtherVersions('lamp', 'lamp-v2')).toBe(1);
    expect(cache.lookup('lamp-v1', 'on')).toBeUndefined();
    expect(cache.lookup('lamp-v2', 'on')).toMatchObject({ source: 'await device.on();' });
    expect(new ExperienceCache(shared).invalidateOtherVersions('speaker', 'speaker-v1')).toBe(0);
    expect(cache.lookup('speaker-v1', 'on')).toBeDefined();
  });
});
