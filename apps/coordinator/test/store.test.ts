import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Store } from '../src/store/store';

describe('Store on real SQLite', () => {
  const directories: string[] = [];
  afterEach(() => {
    for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
  });

  function tempPath(): string {
    const directory = mkdtempSync(join(tmpdir(), 'meshmind-store-'));
    directories.push(directory);
    return join(directory, 'meshmind.db');
  }

  it('writes a device row as drizzle would: only the columns given change, a key of no column is left out', () => {
    const store = new Store(':memory:');
    store.open();
    try {
      store.upsertDevice({ id: 'lamp', profile: { id: 'lamp', name: 'Lamp' }, availability: 'offline', state: { on: false }, updatedAt: 3 });
      // A row without its time keeps the stored one; the origin of a bridged device has no column here.
      const withOrigin = { id: 'lamp', profile: { id: 'lamp', name: 'Desk lamp' }, availability: 'online', state: { on: true }, origin: 'zigbee2mqtt' };
      store.upsertDevice(withOrigin as Parameters<Store['upsertDevice']>[0]);
      expect(store.listDevices()).toEqual([{ id: 'lamp', profile: { id: 'lamp', name: 'Desk lamp' }, availability: 'online', state: { on: true }, updatedAt: 3 }]);
      store.upsertDevice({ id: 'lamp', profile: { id: 'lamp' }, availability: 'online', state: {}, updatedAt: null });
      store.upsertDevice({ id: 'fan', profile: { id: 'fan' }, availability: 'online', state: { speed: 2 } });
      expect(store.listDevices()).toEqual([
        { id: 'fan', profile: { id: 'fan' }, availability: 'online', state: { speed: 2 }, updatedAt: null },
        { id: 'lamp', profile: { id: 'lamp' }, availability: 'online', state: {}, updatedAt: null },
      ]);
    } finally {
      store.close();
    }
  });

  it('keeps goals, subtasks, devices, events and conversations across a close and reopen', () => {
    const path = tempPath();
    const store = new Store(path);
    store.open();
    store.insertGoal({ id: 'g1', conversationId: 'c1', text: 'close the blinds', origin: 'living_room', status: 'running', answer: null, createdAt: 1, finishedAt: null });
    store.insertSubtasks([
      { id: 's1', goalId: 'g1', deviceId: 'blinds', deviceName: 'Blinds', text: 'Close the blinds.', status: 'dispatched', stage: null, message: null, result: null, deadline: 99, createdAt: 2, finishedAt: null },
    ]);
    store.updateSubtask('s1', { status: 'done', message: 'Blinds: closed.', result: { deviceId: 'blinds', goalId: 'g1', outcome: 'done', message: 'Blinds: closed.', state: {}, calls: [], value: 3 }, finishedAt: 5 });
    store.updateGoal('g1', { status: 'done', answer: 'Blinds: closed.', finishedAt: 6 });
    store.upsertDevice({ id: 'blinds', profile: { id: 'blinds' }, availability: 'online', state: { position: 0 }, updatedAt: 4 });
    store.upsertDevice({ id: 'blinds', profile: { id: 'blinds' }, availability: 'offline', state: { position: 10 }, updatedAt: 7 });
    store.appendEvent({ at: 3, kind: 'goal.created', goalId: 'g1', data: { text: 'close the blinds' } });
    store.saveConversationContext('c1', { lastDeviceIds: ['blinds'] }, 8);
    store.close();

    const reopened = new Store(path);
    reopened.open();
    expect(reopened.getGoal('g1')).toEqual({ id: 'g1', conversationId: 'c1', text: 'close the blinds', origin: 'living_room', status: 'done', answer: 'Blinds: closed.', createdAt: 1, finishedAt: 6, unresolved: null });
    expect(reopened.listSubtasks('g1')[0]).toMatchObject({ id: 's1', status: 'done', result: { deviceId: 'blinds', goalId: 'g1', outcome: 'done', message: 'Blinds: closed.', state: {}, calls: [], value: 3 }, finishedAt: 5 });
    expect(reopened.listDevices()).toEqual([{ id: 'blinds', profile: { id: 'blinds' }, availability: 'offline', state: { position: 10 }, updatedAt: 7 }]);
    expect(reopened.listEvents({ goalId: 'g1' }).map((event) => event.kind)).toEqual(['goal.created']);
    expect(reopened.getConversationContext('c1')).toEqual({ lastDeviceIds: ['blinds'] });
    expect(reopened.listUnfinishedGoals()).toEqual([]);
    reopened.close();
  });

  it('writes a null JSON field as SQL NULL, and sets only the fields a patch names, through its prepared queries', () => {
    const store = new Store(':memory:');
    store.open();
    store.insertGoal({ id: 'g', conversationId: 'c', text: 'x', origin: null, status: 'running', answer: null, createdAt: 1, finishedAt: null, unresolved: null });
    store.insertSubtasks([
      { id: 's1', goalId: 'g', deviceId: 'd', deviceName: 'D', text: 't', status: 'pending', stage: null, message: null, result: null, deadline: 9, createdAt: 1, finishedAt: null },
      { id: 's2', goalId: 'g', deviceId: 'e', deviceName: 'E', text: 'u', status: 'pending', stage: null, message: null, result: null, deadline: 9, createdAt: 1, finishedAt: null },
    ]);
    store.updateSubtask('s1', { status: 'dispatched', deadline: 20 });
    store.updateSubtask('s1', { sentAt: 3 });
    store.updateGoal('g', { status: 'done', unresolved: ['the garage'] });
    const sqlite = (store as unknown as { sqlite: { prepare(sql: string): { get(): unknown } } }).sqlite;
    expect(sqlite.prepare("select count(*) as n from subtasks where result is null and step is null").get()).toEqual({ n: 2 });
    expect(sqlite.prepare("select unresolved from goals where id = 'g'").get()).toEqual({ unresolved: '["the garage"]' });
    expect(store.listSubtasks('g').map((row) => [row.id, row.status, row.deadline, row.sentAt])).toEqual([
      ['s1', 'dispatched', 20, 3],
      ['s2', 'pending', 9, null],
    ]);
    store.upsertDevice({ id: 'd', profile: { id: 'd' }, availability: 'online', state: { on: false }, updatedAt: 1 });
    expect(store.updateDeviceState('d', { on: true }, 5)).toBe(true);
    expect(store.updateDeviceState('unknown', { on: true }, 5)).toBe(false);
    expect(store.listDevices()).toEqual([{ id: 'd', profile: { id: 'd' }, availability: 'online', state: { on: true }, updatedAt: 5 }]);
    expect(store.createConversation({ id: 'c', createdAt: 1, keyHash: 'h', ownerTokenId: null })).toBe(true);
    expect(store.createConversation({ id: 'c', createdAt: 2, keyHash: 'other', ownerTokenId: null })).toBe(false);
    expect(store.getConversationOwner('c')).toEqual({ keyHash: 'h', ownerTokenId: null });
    expect(store.getConversationContext('c')).toEqual({});
    store.close();
  });

  it('lists goals still planning or running, for a restart to resume', () => {
    const store = new Store(':memory:');
    store.open();
    store.insertGoal({ id: 'a', conversationId: 'c', text: 'x', origin: null, status: 'running', answer: null, createdAt: 1, finishedAt: null });
    store.insertGoal({ id: 'b', conversationId: 'c', text: 'y', origin: null, status: 'done', answer: 'ok', createdAt: 2, finishedAt: 3 });
    expect(store.listUnfinishedGoals().map((goal) => goal.id)).toEqual(['a']);
    store.close();
  });

  it('refuses a subtask of an unknown goal (foreign keys are on)', () => {
    const store = new Store(':memory:');
    store.open();
    expect(() =>
      store.insertSubtasks([{ id: 's', goalId: 'missing', deviceId: 'd', deviceName: 'D', text: 't', status: 'pending', stage: null, message: null, result: null, deadline: 1, createdAt: 1, finishedAt: null }]),
    ).toThrow(/FOREIGN KEY/);
    store.close();
  });

  it("records an agent's stage only on an open subtask of the goal it names", () => {
    const store = new Store(':memory:');
    store.open();
    store.insertGoal({ id: 'g', conversationId: 'c', text: 'x', origin: null, status: 'running', answer: null, createdAt: 1, finishedAt: null });
    const subtask = { goalId: 'g', deviceId: 'd', deviceName: 'D', text: 't', stage: null, message: null, result: null, deadline: 9, createdAt: 1 };
    store.insertSubtasks([
      { ...subtask, id: 'open', status: 'dispatched', finishedAt: null },
      { ...subtask, id: 'settled', status: 'done', finishedAt: 5 },
    ]);
    expect(store.recordSubtaskStage('open', 'g', 'mapping')).toBe(true);
    expect(store.recordSubtaskStage('open', 'another-goal', 'verifying')).toBe(false);
    expect(store.recordSubtaskStage('settled', 'g', 'verifying')).toBe(false);
    expect(store.recordSubtaskStage('unknown', 'g', 'verifying')).toBe(false);
    expect(store.getSubtask('open')).toMatchObject({ status: 'running', stage: 'mapping' });
    expect(store.getSubtask('settled')).toMatchObject({ status: 'done', stage: null, finishedAt: 5 });
    store.close();
  });

  it('reads rows as objects again after a query read the same statement in raw mode (statement cache)', () => {
    const store = new Store(':memory:');
    store.open();
    store.insertGoal({ id: 'g', conversationId: 'c', text: 'x', origin: null, status: 'running', answer: null, createdAt: 1, finishedAt: null });
    // Each of these compiles the same SQL text once and then reuses the statement.
    for (let round = 0; round < 3; round += 1) {
      expect(store.getGoal('g')).toMatchObject({ id: 'g', status: 'running' });
      expect(store.listUnfinishedGoals().map((goal) => goal.id)).toEqual(['g']);
    }
    store.updateGoal('g', { status: 'done', finishedAt: 2 });
    expect(store.getGoal('g')).toMatchObject({ status: 'done', finishedAt: 2 });
    expect(store.listUnfinishedGoals()).toEqual([]);
    store.close();
  });

  it('lists the learned aliases as they are written: after an upsert, a delete, and a transaction that rolled back', () => {
    const store = new Store(':memory:');
    store.open();
    try {
      const alias = (id: string, phrase: string, deviceId: string, createdAt: number) => ({ id, phrase, deviceId, kind: 'alias' as const, taughtBy: `call it ${phrase}`, conversationId: null, createdAt });
      const phrases = () => store.listLearnedAliases().map((row) => `${row.phrase}=${row.deviceId}`);
      expect(phrases()).toEqual([]);
      store.upsertLearnedAlias(alias('a1', 'the big light', 'floor_lamp', 1));
      expect(phrases()).toEqual(['the big light=floor_lamp']);
      store.upsertLearnedAlias(alias('a2', 'the big light', 'ceiling_light', 2));
      store.upsertLearnedAlias(alias('a3', 'telly', 'tv', 3));
      expect(phrases()).toEqual(['the big light=ceiling_light', 'telly=tv']);
      // Read inside a transaction that then fails: what it saw never outlives the rollback.
      expect(() =>
        store.transaction(() => {
          store.upsertLearnedAlias(alias('a4', 'fridge', 'kitchen_fridge', 4));
          expect(phrases()).toContain('fridge=kitchen_fridge');
          throw new Error('rolled back');
        }),
      ).toThrow('rolled back');
      expect(phrases()).toEqual(['the big light=ceiling_light', 'telly=tv']);
      expect(store.deleteLearnedAlias('a3')).toBe(true);
      expect(phrases()).toEqual(['the big light=ceiling_light']);
      // A caller's change to its list stays its own.
      store.listLearnedAliases().pop();
      expect(phrases()).toEqual(['the big light=ceiling_light']);
    } finally {
      store.close();
    }
  });

  it('answers a database path it cannot open with E_CONFIG_INVALID', () => {
    const store = new Store('/nonexistent-directory/meshmind.db');
    expect(() => store.open()).toThrowError(expect.objectContaining({ code: 'E_CONFIG_INVALID' }));
  });
});
