import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Coordinator, startEmbeddedBroker, type EmbeddedBroker } from '@meshmind/coordinator';
import { SUBTASK_COPY_HORIZON_MS, Topics, connectMqtt, readAvailability } from '@meshmind/protocol';
import type { Stack } from '@meshmind/cli';
import { scenarioFrom, silentLogger, startTestStack, waitFor } from './support/stack';

const SCENARIO = `
name: Flat
areas: [ { id: kitchen, name: Kitchen }, { id: hall, name: Hall } ]
devices:
  - { id: kitchen_light, type: light, name: Kitchen light, area: kitchen, state: { on: true } }
  - { id: hall_light, type: light, name: Hall light, area: hall, state: { on: false } }
`;

describe('a coordinator stopped mid-goal finishes the goal after it starts again', () => {
  let stack: Stack;
  let directory: string;
  let databasePath: string;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'meshmind-coordinator-restart-'));
    databasePath = join(directory, 'meshmind.db');
    stack = await startTestStack(scenarioFrom(SCENARIO), { databasePath });
  });
  afterAll(async () => {
    await stack?.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  it('resumes the unfinished goal from the database, keeps what was done and does the rest', async () => {
    const { goalId } = stack.coordinator.goals.submit({ text: 'turn on the hall light, then turn off the kitchen light in 2 seconds' });
    await waitFor(() => stack.coordinator.goals.view(goalId)?.subtasks.some((subtask) => subtask.status === 'waiting') ?? false, 10_000, 'the delayed step');
    expect(stack.simulation.drivers.get('hall_light')!.getState().on).toBe(true);
    await stack.coordinator.stop(); // the coordinator goes away with the goal half done

    const restarted = new Coordinator({ mqttUrl: stack.mqttUrl, mqttCredentials: stack.security.coordinator(), databasePath, logger: silentLogger, subtaskTimeoutMs: 5_000 });
    try {
      await restarted.start();
      const goal = await restarted.goals.whenFinished(goalId);
      expect(goal?.status).toBe('done');
      expect(goal?.subtasks.map((subtask) => [subtask.deviceId, subtask.status])).toEqual([
        ['hall_light', 'done'],
        ['kitchen_light', 'done'],
      ]);
      expect(stack.simulation.drivers.get('kitchen_light')!.getState().on).toBe(false);
      // The step done before the restart was not sent again.
      expect(restarted.store.listEvents({ goalId, kind: 'subtask.dispatched' })).toHaveLength(2);
    } finally {
      await restarted.stop();
    }
  });
});

describe('a coordinator that restarts after the deadline of a subtask it had dispatched', () => {
  it('keeps that deadline: the subtask is never started late, and the answer says nothing was changed', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'meshmind-coordinator-restart-'));
    const databasePath = join(directory, 'meshmind.db');
    const stack = await startTestStack(scenarioFrom(SCENARIO), { databasePath, subtaskTimeoutMs: 2_000 });
    const topics = new Topics();
    let broker: EmbeddedBroker | null = null;
    let restarted: Coordinator | null = null;
    try {
      await waitFor(() => stack.coordinator.registry.get('hall_light')?.availability === 'online', 10_000, 'the hall light online');
      const first = stack.broker!;
      await first.close();
      const submittedAt = Date.now();
      const { goalId } = stack.coordinator.goals.submit({ text: 'turn on the hall light' });
      // Dispatched, but the broker is away: the subtask waits in the outbox when the coordinator goes.
      await waitFor(() => stack.coordinator.dispatcher.unsentCount() === 1, 10_000, 'the subtask in the outbox');
      await stack.coordinator.stop();
      await waitFor(() => Date.now() > submittedAt + 3_000, 10_000, 'the deadline to pass');

      broker = await startEmbeddedBroker({ port: first.port, authenticator: stack.security.credentials, topics });
      const probe = await connectMqtt({ url: broker.url, clientId: 'meshmind-coordinator-restartprobe', credentials: stack.security.coordinator() });
      const online: string[] = [];
      probe.on('message', (_topic, payload) => {
        const read = readAvailability(payload);
        if (read.ok) online.push(read.value.availability);
      });
      await probe.subscribeAsync(topics.device('hall_light', 'availability'), { qos: 1 });
      await waitFor(() => online.includes('online'), 10_000, 'the hall light back on the new broker');
      await probe.endAsync();

      restarted = new Coordinator({ mqttUrl: stack.mqttUrl, mqttCredentials: stack.security.coordinator(), databasePath, logger: silentLogger, subtaskTimeoutMs: 2_000 });
      await restarted.start();
      const goal = await restarted.goals.whenFinished(goalId);
      expect(goal?.status).toBe('failed');
      expect(goal?.answer).toContain('nothing was changed');
      expect(stack.simulation.drivers.get('hall_light')!.getState().on).toBe(false);
    } finally {
      await restarted?.stop();
      await stack.stop();
      await broker?.close();
      rmSync(directory, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('a coordinator that comes back longer after a dispatched subtask than agents keep their record', () => {
  it('does not send that subtask again, and says it cannot tell whether it was done', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'meshmind-coordinator-restart-'));
    const databasePath = join(directory, 'meshmind.db');
    const stack = await startTestStack(scenarioFrom(SCENARIO), { databasePath, subtaskTimeoutMs: 2_000 });
    let broker: EmbeddedBroker | null = null;
    let restarted: Coordinator | null = null;
    try {
      await waitFor(() => stack.coordinator.registry.get('hall_light')?.availability === 'online', 10_000, 'the hall light online');
      const first = stack.broker!;
      await first.close();
      const { goalId } = stack.coordinator.goals.submit({ text: 'turn on the hall light' });
      await waitFor(() => stack.coordinator.dispatcher.unsentCount() === 1, 10_000, 'the subtask in the outbox');
      await stack.coordinator.stop();
      broker = await startEmbeddedBroker({ port: first.port, authenticator: stack.security.credentials, topics: new Topics() });
      // The coordinator is back two days later: past the horizon within which copies of a subtask may go out.
      const later = () => Date.now() + SUBTASK_COPY_HORIZON_MS + 24 * 60 * 60 * 1000;
      restarted = new Coordinator({ mqttUrl: stack.mqttUrl, mqttCredentials: stack.security.coordinator(), databasePath, logger: silentLogger, subtaskTimeoutMs: 2_000, clock: later });
      await restarted.start();
      const goal = await restarted.goals.whenFinished(goalId);
      expect(goal?.answer).toContain('too long ago to ask again');
      expect(restarted.store.listEvents({ goalId, kind: 'subtask.dispatched' })).toHaveLength(1);
      expect(stack.simulation.drivers.get('hall_light')!.getState().on).toBe(false);
    } finally {
      await restarted?.stop();
      await stack.stop();
      await broker?.close();
      rmSync(directory, { recursive: true, force: true });
    }
  }, 60_000);
});
