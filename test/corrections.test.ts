import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Coordinator } from '@meshmind/coordinator';
import type { Stack } from '@meshmind/cli';
import type { GoalView } from '@meshmind/protocol';
import { scenarioFrom, silentLogger, startTestStack, statesOf, waitFor } from './support/stack';

// A den of our own: one light called a lamp by name, one that is a lamp only by its kind, a fan.
const DEN = `
name: Den
floors: [ { id: ground, name: Ground floor } ]
areas: [ { id: den, name: Den, floor: ground } ]
devices:
  - { id: desk_lamp, type: light, name: Desk lamp, area: den, state: { on: false, brightness: 40 } }
  - { id: uplighter, type: light, name: Uplighter, area: den, state: { on: false, brightness: 70 } }
  - { id: den_fan, type: fan, name: Den fan, area: den, state: { on: false } }
`;

describe('learning from correction and aliases, through the real stack', () => {
  let stack: Stack;
  let directory: string;
  let databasePath: string;
  let coordinator: Coordinator;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'meshmind-corrections-'));
    databasePath = join(directory, 'meshmind.db');
    stack = await startTestStack(scenarioFrom(DEN), { databasePath });
    coordinator = stack.coordinator;
  });
  afterAll(async () => {
    if (coordinator !== stack?.coordinator) await coordinator?.stop();
    await stack?.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  const on = (id: string) => stack.simulation.drivers.get(id)!.getState().on;
  async function say(text: string, conversationId?: string): Promise<GoalView> {
    const submitted = coordinator.goals.submit({ text, ...(conversationId ? { conversationId } : {}) });
    return submitted.finished;
  }

  it('puts the wrong device back, does the request on the right one and remembers the words', async () => {
    const first = await say('turn on the lamp', 'den-talk');
    expect(first.status).toBe('done');
    expect([on('desk_lamp'), on('uplighter')]).toEqual([true, false]);

    const corrected = await say('no, I meant the uplighter', 'den-talk');
    expect(corrected.status).toBe('done');
    expect(corrected.subtasks.map((subtask) => [subtask.deviceId, subtask.status])).toEqual([
      ['desk_lamp', 'done'],
      ['uplighter', 'done'],
    ]);
    expect([on('desk_lamp'), on('uplighter')]).toEqual([false, true]);
    expect(stack.simulation.drivers.get('desk_lamp')!.getState().brightness).toBe(40);
    expect(corrected.answer).toContain('From now on "lamp" means Uplighter');
    // Sent as ordinary subtasks, in the ledger and the event log like any other.
    expect(coordinator.store.listEvents({ goalId: corrected.id, kind: 'subtask.dispatched' })).toHaveLength(2);

    // Another conversation: "the lamp" is the uplighter now.
    const later = await say('turn off the lamp');
    expect(later.subtasks.map((subtask) => subtask.deviceId)).toEqual(['uplighter']);
    expect([on('desk_lamp'), on('uplighter')]).toEqual([false, false]);
  });

  it('adds an alias said in conversation', async () => {
    const taught = await say("call the uplighter 'the big light'");
    expect(taught).toMatchObject({ status: 'done', answer: expect.stringContaining('"big light" now means Uplighter') });
    await say('turn on the big light');
    expect([on('desk_lamp'), on('uplighter')]).toEqual([false, true]);
  });

  it('answers honestly and changes nothing when a correction or an alias cannot be taken', async () => {
    const before = statesOf(stack);
    const nothingBefore = await say('no, I meant the uplighter', 'fresh-talk');
    expect(nothingBefore.status).toBe('failed');
    expect(nothingBefore.subtasks).toEqual([]);
    await say('turn on the den fan', 'fan-talk');
    const afterFan = statesOf(stack);
    const unknown = await say('no, I meant the purple gizmo', 'fan-talk');
    expect(unknown).toMatchObject({ status: 'failed', subtasks: [], answer: expect.stringContaining('changed nothing') });
    const taken = await say("call the desk lamp 'uplighter'");
    expect(taken).toMatchObject({ status: 'failed', answer: expect.stringContaining('E_ALIAS_TAKEN') });
    expect(statesOf(stack)).toEqual(afterFan);
    expect(afterFan.den_fan!.on).toBe(true);
    expect(before.den_fan!.on).toBe(false);
  });

  it('keeps what it learned across a restart, and forgets what is removed over HTTP (with the right scope)', async () => {
    await coordinator.stop();
    coordinator = new Coordinator({ mqttUrl: stack.mqttUrl, mqttCredentials: stack.security.coordinator(), databasePath, logger: silentLogger, subtaskTimeoutMs: 5_000 });
    await coordinator.start();
    await waitFor(() => ['desk_lamp', 'uplighter'].every((id) => coordinator.registry.get(id)?.availability === 'online'), 10_000, 'the lamps online');

    await say('turn off the big light');
    expect(on('uplighter')).toBe(false);
    await say('turn on the lamp');
    expect([on('desk_lamp'), on('uplighter')]).toEqual([false, true]);

    const reader = coordinator.tokens.create('reader', ['read']).token;
    const admin = coordinator.tokens.create('admin', ['read', 'admin']).token;
    const inject = (method: 'GET' | 'DELETE', url: string, token?: string) =>
      coordinator.http.inject({ method, url, ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}) });

    expect((await inject('GET', '/api/aliases')).statusCode).toBe(401);
    const listed = await inject('GET', '/api/aliases', reader);
    expect(listed.statusCode).toBe(200);
    const aliases = listed.json() as Array<{ id: string; phrase: string; deviceId: string; deviceName: string; kind: string }>;
    expect(aliases.map(({ phrase, deviceId, deviceName, kind }) => ({ phrase, deviceId, deviceName, kind }))).toEqual([
      { phrase: 'lamp', deviceId: 'uplighter', deviceName: 'Uplighter', kind: 'correction' },
      { phrase: 'big light', deviceId: 'uplighter', deviceName: 'Uplighter', kind: 'alias' },
    ]);
    const lamp = aliases.find((alias) => alias.phrase === 'lamp')!;
    const refused = await inject('DELETE', `/api/aliases/${lamp.id}`, reader);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('E_FORBIDDEN');
    expect((await inject('DELETE', `/api/aliases/${lamp.id}`, admin)).statusCode).toBe(204);
    const again = await inject('DELETE', `/api/aliases/${lamp.id}`, admin);
    expect([again.statusCode, again.json().error.code]).toEqual([404, 'E_ALIAS_NOT_FOUND']);

    // "the lamp" is the desk lamp again.
    await say('turn on the lamp');
    expect(on('desk_lamp')).toBe(true);
  });
});
