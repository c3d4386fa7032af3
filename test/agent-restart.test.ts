import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulatedDriver, type DeviceDriver } from '@meshmind/devices';
import { createAgent, type DeviceAgent } from '@meshmind/device-agent';
import { openTaskDatabase, type TaskDatabase } from '@meshmind/fsm';
import type { Stack } from '@meshmind/cli';
import { scenarioFrom, silentLogger, startTestStack, waitFor } from './support/stack';

/** A real simulated light whose calls can be held mid-flight, as a slow device would. */
function gatedLight(): { driver: DeviceDriver; calls: () => number; entered: () => boolean; release: () => void } {
  const light = createSimulatedDriver('light', { initialState: { on: false } });
  let held: (() => void) | null = null;
  let gate: Promise<void> | null = new Promise((resolve) => (held = resolve));
  let calls = 0;
  let entered = false;
  const driver: DeviceDriver = {
    description: light.description,
    getState: () => light.getState(),
    onStateChange: (listener) => light.onStateChange(listener),
    start: () => light.start(),
    stop: () => light.stop(),
    async call(name, args) {
      calls += 1;
      entered = true;
      if (gate) await gate;
      return light.call(name, args);
    },
  };
  return {
    driver,
    calls: () => calls,
    entered: () => entered,
    release: () => {
      gate = null;
      held?.();
    },
  };
}

describe('an agent killed mid-task resumes the task after a restart', () => {
  let stack: Stack;
  let directory: string;
  const databases: TaskDatabase[] = [];

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'meshmind-agent-restart-'));
    stack = await startTestStack(
      scenarioFrom(`
name: Porch
areas: [ { id: porch, name: Porch } ]
devices:
  - { id: porch_plug, type: switch, name: Porch plug, area: porch, state: { on: false } }
`),
      { subtaskTimeoutMs: 20_000 },
    );
  });
  afterAll(async () => {
    await stack?.stop();
    for (const database of databases) database.close();
    rmSync(directory, { recursive: true, force: true });
  });

  async function startAgent(driver: DeviceDriver): Promise<DeviceAgent> {
    const database = openTaskDatabase(join(directory, 'tasks.db'));
    databases.push(database);
    const agent = await createAgent({
      brain: stack.simulation.brain,
      identity: { id: 'porch_light', name: 'Porch light', aliases: [], area: { id: 'porch', name: 'Porch', aliases: [], floor: null } },
      driver,
      database,
      mqttUrl: stack.mqttUrl,
      credentials: stack.security.device('porch_light'),
      logger: silentLogger,
    });
    await agent.start();
    return agent;
  }

  it('finishes the goal once the restarted agent reports, and the device ends as asked', async () => {
    const device = gatedLight();
    const first = await startAgent(device.driver);
    await waitFor(() => stack.coordinator.registry.get('porch_light')?.availability === 'online', 5_000, 'the agent online');

    const { finished } = stack.coordinator.goals.submit({ text: 'turn on the porch light' });
    await waitFor(device.entered, 10_000, 'the device call to start');
    await first.crash(); // the power cut: no goodbye, the last will marks it offline
    await waitFor(() => stack.coordinator.registry.get('porch_light')?.availability === 'offline', 5_000, 'the last will');
    device.release();

    const second = await startAgent(device.driver); // same database: the task machine resumes from its snapshot
    const goal = await finished;
    expect(goal.status).toBe('done');
    expect(goal.subtasks[0]).toMatchObject({ deviceId: 'porch_light', status: 'done' });
    expect(device.driver.getState().on).toBe(true);
    await second.stop();
  });
});
