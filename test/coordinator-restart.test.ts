import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Coordinator } from '@meshmind/coordinator';
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
