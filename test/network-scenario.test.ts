import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteScenarioFile, type SimulatedNetwork } from '@meshmind/devices';
import type { GoalView } from '@meshmind/protocol';
import type { Stack } from '@meshmind/cli';
import { startTestStack } from './support/stack';
import { WIFI_SCENARIO_PATH } from './support/warehouse';

/*
 * examples/wifi.yaml started as the CLI starts it: the same stack, one real agent per network
 * device. Goals with a measurable target are said in chat and pursued in closed loop; the world's
 * measurements decide whether they were reached.
 */

const GOAL_TIMEOUT = 120_000;

describe('tuning the example network by talking to it', () => {
  let stack: Stack;
  let site: SimulatedNetwork;
  const conversationId = randomUUID();
  const say = (text: string): Promise<GoalView> => stack.coordinator.goals.submit({ text, conversationId }).finished;
  const client = (id: string) => site.view().clients.find((entry) => entry.id === id)!;

  beforeAll(async () => {
    stack = await startTestStack(await loadSiteScenarioFile(WIFI_SCENARIO_PATH), { subtaskTimeoutMs: 15_000 });
    if (stack.simulation.site?.kind !== 'network') throw new Error('the stack runs no network');
    site = stack.simulation.site;
  }, GOAL_TIMEOUT);
  afterAll(async () => {
    await stack?.stop();
  });

  it('starts one agent per device of the file: the access point, both clients and the microwave oven', () => {
    expect([...stack.simulation.agents.keys()]).toEqual(['access-point', 'client-1', 'client-2', 'microwave']);
    expect(stack.coordinator.registry.list().every((device) => device.availability === 'online')).toBe(true);
  });

  it('reads a client\'s packet error rate as the network measures it', async () => {
    const goal = await say('what is the packet error rate of client 2?');
    expect(goal.status).toBe('done');
    expect(goal.answer).toContain(`${client('client-2').packetErrorRate}%`);
  }, GOAL_TIMEOUT);

  it('lowers client 1\'s contention window step by step until 4 MB go up within 16 s', async () => {
    const before = client('client-1');
    const goal = await say('Lower the contention window step by step until the upload time for 4 MB on client 1 is at most 16 s.');
    expect(goal.status).toBe('done');
    expect(goal.answer).toMatch(/^Reached in \d+ changes/);
    expect(site.setup.network.uploadTimeSeconds('client-1', 4)).toBeLessThanOrEqual(16);
    expect(client('client-1').logCwMin).toBeLessThan(before.logCwMin);
  }, GOAL_TIMEOUT);

  it('moves client 2 to 5 GHz while the microwave runs until its packet error rate is at most 20%', async () => {
    expect((await say('Start the microwave.')).status).toBe('done');
    expect(site.view().interferer.running).toBe(true);
    expect(client('client-2').packetErrorRate).toBeGreaterThan(20);
    const goal = await say('Move client 2 to 5 GHz until the packet error rate of client 2 is at most 20%.');
    expect(goal.status).toBe('done');
    expect(goal.answer).toMatch(/^Reached in 1 change: /);
    expect(client('client-2')).toMatchObject({ band: '5GHz', ssid: 'LabAP-5G' });
    expect(client('client-2').packetErrorRate).toBeLessThanOrEqual(20);
    expect(goal.answer).toContain(`${client('client-2').packetErrorRate}%`);
  }, GOAL_TIMEOUT);
});
