import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MqttClient } from 'mqtt';
import { CredentialStore, loadOrCreateMasterKey } from '@meshmind/coordinator';
import { Topics, agentClientId, connectMqtt, publishMessage, type SubtaskRequest } from '@meshmind/protocol';
import type { Stack } from '@meshmind/cli';
import { scenarioFrom, startTestStack, waitFor } from './support/stack';

/**
 * A hostile client on the same network, against a running stack with the embedded broker: every
 * attack the security review found is tried and shown to fail; the household's own goals still work.
 */
const SCENARIO = `
name: Guarded house
areas:
  - { id: hall, name: Hall }
  - { id: garage, name: Garage }
  - { id: bedroom, name: Bedroom }
devices:
  - { id: front_door_lock, type: lock, name: Front door, area: hall, state: { lock_state: locked } }
  - { id: garage_door, type: garage_door, name: Garage door, area: garage }
  - { id: bedroom_thermostat, type: climate, name: Bedroom thermostat, area: bedroom }
  - { id: hall_light, type: light, name: Hall light, area: hall, state: { on: false } }
`;

const topics = new Topics();

function subtask(id: string, text: string, confirmed = true): SubtaskRequest {
  return { id, goalId: `goal-${id}`, text, deadline: Date.now() + 5_000, issuedAt: Date.now(), ...(confirmed ? { confirmed: true } : {}) };
}

/** Resolves true if the broker closes the client's connection within the time (it refused something). */
function closedWithin(client: MqttClient, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    client.once('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

describe('MQTT: only the coordinator and each device\'s own agent can act (embedded broker)', () => {
  let directory: string;
  let stack: Stack;
  const clients: MqttClient[] = [];

  /** An enrolled agent of one device turned hostile (a plug nobody asks anything of): it tries to act on others. */
  async function hostileAgent(deviceId = 'garden_plug'): Promise<MqttClient> {
    const client = await connectMqtt({ url: stack.mqttUrl, clientId: agentClientId(deviceId), credentials: stack.security.device(deviceId) });
    clients.push(client);
    return client;
  }

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'meshmind-mqtt-security-'));
    stack = await startTestStack(scenarioFrom(SCENARIO), { databasePath: join(directory, 'meshmind.db'), stateDirectory: directory });
  });
  afterAll(async () => {
    for (const client of clients) await client.endAsync(true).catch(() => undefined);
    await stack?.stop();
    // The hostile clients took over an agent's session; a file still being created in the state directory as
    // the stack stops (seen once on a loaded machine: ENOTEMPTY) is waited for rather than failing the suite.
    rmSync(directory, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  });

  it('refuses an anonymous client', async () => {
    await expect(connectMqtt({ url: stack.mqttUrl, clientId: 'meshmind-agent-front_door_lock' })).rejects.toMatchObject({ code: 'E_UNAUTHORIZED' });
  });

  it('refuses a wrong password and a username meshmind never issued', async () => {
    await expect(
      connectMqtt({ url: stack.mqttUrl, clientId: 'meshmind-coordinator-x', credentials: { username: 'coordinator', password: 'guess' } }),
    ).rejects.toMatchObject({ code: 'E_UNAUTHORIZED' });
    await expect(connectMqtt({ url: stack.mqttUrl, clientId: 'admin', credentials: { username: 'admin', password: 'admin' } })).rejects.toMatchObject({
      code: 'E_UNAUTHORIZED',
    });
  });

  it('refuses an agent that uses another identity\'s client id (no session takeover)', async () => {
    const credentials = stack.security.device('garden_plug');
    await expect(connectMqtt({ url: stack.mqttUrl, clientId: agentClientId('front_door_lock'), credentials })).rejects.toMatchObject({ code: 'E_UNAUTHORIZED' });
    await expect(connectMqtt({ url: stack.mqttUrl, clientId: 'meshmind-coordinator-evil', credentials })).rejects.toMatchObject({ code: 'E_UNAUTHORIZED' });
    expect(stack.coordinator.registry.get('front_door_lock')?.availability).toBe('online');
  });

  it('does not unlock the front door for a confirmed subtask from anyone but the coordinator', async () => {
    const intruder = await hostileAgent();
    const closed = closedWithin(intruder, 3_000);
    await publishMessage(intruder, topics.device('front_door_lock', 'subtasks'), subtask('attack-1', 'unlock the door'), { qos: 0 });
    expect(await closed).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stack.simulation.drivers.get('front_door_lock')!.getState().lock_state).toBe('locked');
    expect(stack.simulation.drivers.get('garage_door')!.getState()).toMatchObject({ door_state: 'closed' });
  });

  it('does not let one agent answer another device\'s subtask before the real agent', async () => {
    const intruder = await hostileAgent();
    const closed = closedWithin(intruder, 3_000);
    const { goalId, finished } = stack.coordinator.goals.submit({ text: 'set the bedroom thermostat to 25 degrees' });
    await waitFor(() => (stack.coordinator.goals.view(goalId)?.subtasks.length ?? 0) > 0, 3_000, 'the subtask');
    const subtaskId = stack.coordinator.goals.view(goalId)!.subtasks[0]!.id;
    await publishMessage(
      intruder,
      topics.device('bedroom_thermostat', 'reports'),
      { status: 'ok', id: subtaskId, data: { deviceId: 'bedroom_thermostat', goalId, outcome: 'done', message: 'Bedroom thermostat: set to 30 °C.', state: {}, calls: [] } },
      { qos: 0 },
    );
    expect(await closed).toBe(true);
    const goal = await finished;
    expect(goal.answer).toContain('25');
    expect(goal.answer).not.toContain('30');
  });

  it('does not let another client spoof a device\'s availability, state or profile, or delete it', async () => {
    for (const [channel, payload] of [
      ['availability', 'offline'],
      ['state', JSON.stringify({ deviceId: 'garage_door', state: { door_state: 'open' }, at: Date.now() })],
      ['profile', ''],
    ] as const) {
      const intruder = await hostileAgent();
      const closed = closedWithin(intruder, 3_000);
      await publishMessage(intruder, topics.device('garage_door', channel), payload, { retain: true, qos: 0 });
      expect(await closed).toBe(true);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    const garage = stack.coordinator.registry.get('garage_door');
    expect(garage?.availability).toBe('online');
    expect(garage?.state).toMatchObject({ door_state: 'closed' });
  });

  it('does not let a client add a fake device under another device\'s id', async () => {
    const intruder = await hostileAgent();
    const closed = closedWithin(intruder, 3_000);
    const profile = { ...stack.coordinator.registry.get('hall_light')!.profile, id: 'fake_lock', name: 'Fake lock' };
    await publishMessage(intruder, topics.device('fake_lock', 'profile'), profile, { retain: true, qos: 0 });
    expect(await closed).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stack.coordinator.registry.get('fake_lock')).toBeUndefined();
  });

  it('grants no subscription to # or to another device\'s subtasks, and an agent its own', async () => {
    const intruder = await hostileAgent();
    for (const filter of ['#', topics.allDevices('state'), topics.allDevices('subtasks'), topics.device('hall_light', 'subtasks'), '$SYS/#']) {
      // SUBACK 0x80: mqtt.js rejects the subscription.
      await expect(intruder.subscribeAsync(filter, { qos: 1 }), filter).rejects.toThrow();
    }
    const granted = await intruder.subscribeAsync(topics.device('garden_plug', 'subtasks'), { qos: 1 });
    expect(granted.map((grant) => grant.qos)).toEqual([1]);
    const seen: string[] = [];
    intruder.on('message', (topic) => seen.push(topic));
    await stack.coordinator.goals.submit({ text: 'turn on the hall light' }).finished;
    expect(seen).toEqual([]);
    expect(stack.simulation.drivers.get('hall_light')!.getState().on).toBe(true);
  });

  it('lets the household\'s own goal through, every device doing only what was asked', async () => {
    const goal = await stack.coordinator.goals.submit({ text: 'turn off the hall light' }).finished;
    expect(goal.status).toBe('done');
    expect(stack.simulation.drivers.get('hall_light')!.getState().on).toBe(false);
  });

  it('disconnects a revoked agent at once, even when another process revokes it, and forgets the device', async () => {
    // `meshmind devices remove` runs in another process: a second connection to the same database.
    const cli = new CredentialStore(join(directory, 'meshmind.db'), loadOrCreateMasterKey(join(directory, 'master.key')));
    cli.open();
    try {
      expect(cli.revoke('device.garage_door')).toBe(true);
    } finally {
      cli.close();
    }
    await waitFor(() => !stack.broker!.connectedClients().includes(agentClientId('garage_door')), 3_000, 'the revoked agent to be disconnected');
    await waitFor(() => stack.coordinator.registry.get('garage_door') === undefined, 3_000, 'the device to be forgotten');
    await expect(
      connectMqtt({
        url: stack.mqttUrl,
        clientId: agentClientId('garage_door'),
        credentials: { username: 'device.garage_door', password: stack.security.credentials.derivedPassword({ kind: 'agent', deviceId: 'garage_door' }) },
      }),
    ).rejects.toMatchObject({ code: 'E_UNAUTHORIZED' });
  });
});
