import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Coordinator } from '@meshmind/coordinator';
import type { Stack } from '@meshmind/cli';
import { injectAsOwner, scenarioFrom, silentLogger, startTestStack, waitFor } from './support/stack';

const SCENARIO = `
name: Scheduled flat
areas: [ { id: kitchen, name: Kitchen }, { id: hall, name: Hall } ]
devices:
  - { id: kitchen_light, type: light, name: Kitchen light, area: kitchen, state: { on: true } }
  - { id: hall_light, type: light, name: Hall light, area: hall, state: { on: true } }
`;

const HOUR = 3_600_000;

describe('steps scheduled far ahead', () => {
  let directory: string;
  let stack: Stack;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'meshmind-schedules-'));
    stack = await startTestStack(scenarioFrom(SCENARIO), { databasePath: join(directory, 'meshmind.db'), stateDirectory: directory });
  });
  afterAll(async () => {
    await stack?.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  const light = (id: string) => stack.simulation.drivers.get(id)!.getState().on;

  it('waits 600 hours instead of running at once (a Node timer would overflow and fire now)', async () => {
    const before = Date.now();
    const { goalId } = stack.coordinator.goals.submit({ text: 'turn off the kitchen light in 600 hours' });
    await waitFor(() => stack.coordinator.goals.view(goalId)?.subtasks[0]?.status === 'waiting', 5_000, 'the step to be scheduled');
    const [scheduled] = stack.coordinator.goals.schedules.list();
    expect(scheduled).toMatchObject({ goalId, deviceId: 'kitchen_light' });
    expect(scheduled!.notBefore).toBeGreaterThanOrEqual(before + 600 * HOUR);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(light('kitchen_light')).toBe(true);
    expect(stack.coordinator.goals.view(goalId)?.status).toBe('running');
  });

  it('keeps it scheduled, at the same time, across a restart of the coordinator', async () => {
    const [before] = stack.coordinator.goals.schedules.list();
    await stack.coordinator.stop();
    const restarted = new Coordinator({ mqttUrl: stack.mqttUrl, mqttCredentials: stack.security.coordinator(), databasePath: join(directory, 'meshmind.db'), logger: silentLogger });
    try {
      await restarted.start();
      expect(restarted.goals.schedules.list()).toEqual([before]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(light('kitchen_light')).toBe(true);
    } finally {
      await restarted.stop();
      await stack.coordinator.start();
    }
  });

  it('cancels it when asked in words, and does nothing to the light', async () => {
    const [scheduled] = stack.coordinator.goals.schedules.list();
    const answer = await stack.coordinator.goals.submit({ text: 'cancel the kitchen light timer' }).finished;
    expect(answer.status).toBe('done');
    expect(answer.answer).toContain('Cancelled: Kitchen light');
    expect(stack.coordinator.goals.schedules.list()).toEqual([]);
    const goal = await stack.coordinator.goals.whenFinished(scheduled!.goalId);
    expect(goal?.subtasks[0]).toMatchObject({ status: 'cancelled' });
    expect(light('kitchen_light')).toBe(true);
  });

  it('lists and cancels over HTTP: GET /api/schedules, DELETE /api/schedules/:id', async () => {
    const { goalId } = stack.coordinator.goals.submit({ text: 'turn off the hall light in 3 days' });
    await waitFor(() => stack.coordinator.goals.view(goalId)?.subtasks[0]?.status === 'waiting', 5_000, 'the step to be scheduled');
    const listed = await injectAsOwner(stack, { method: 'GET', url: '/api/schedules' });
    expect(listed.statusCode).toBe(200);
    const [entry] = listed.json() as Array<{ id: string; deviceId: string }>;
    expect(entry).toMatchObject({ deviceId: 'hall_light' });
    expect((await injectAsOwner(stack, { method: 'DELETE', url: `/api/schedules/${entry!.id}` })).statusCode).toBe(204);
    const again = await injectAsOwner(stack, { method: 'DELETE', url: `/api/schedules/${entry!.id}` });
    expect(again.statusCode).toBe(404);
    expect(again.json()).toMatchObject({ error: { code: 'E_SCHEDULE_NOT_FOUND' } });
    expect((await stack.coordinator.goals.whenFinished(goalId))?.subtasks[0]?.status).toBe('cancelled');
    expect(light('hall_light')).toBe(true);
  });

  it('says it cannot wait longer than a year, and does nothing', async () => {
    const goal = await stack.coordinator.goals.submit({ text: 'turn off the hall light in 2 years' }).finished;
    expect(goal.answer).toContain('at most a year');
    expect(light('hall_light')).toBe(true);
  });

  it('says there is nothing to cancel when nothing is scheduled', async () => {
    const goal = await stack.coordinator.goals.submit({ text: 'cancel all timers' }).finished;
    expect(goal.answer).toBe('Nothing is scheduled, so there is nothing to cancel.');
  });
});
