import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MqttClient } from 'mqtt';
import { MESSAGE_VALIDATORS, Topics, agentClientId, connectMqtt, publishMessage, type SubtaskReport } from '@meshmind/protocol';
import type { Stack } from '@meshmind/cli';
import { scenarioFrom, startTestStack, waitFor } from './support/stack';

const SCENARIO = `
name: Fault flat
floors: [ { id: ground, name: Ground floor, aliases: [downstairs] } ]
areas:
  - { id: kitchen, name: Kitchen, aliases: [], floor: ground }
  - { id: hall, name: Hall, aliases: [hallway], floor: ground }
devices:
  - { id: kitchen_light, type: light, name: Kitchen light, aliases: [], area: kitchen, state: { on: false } }
  - { id: hall_light, type: light, name: Hall light, aliases: [], area: hall, state: { on: false } }
  - { id: hall_fan, type: fan, name: Hall fan, aliases: [], area: hall, state: { on: false } }
`;

const topics = new Topics();

describe('faults on the wire', () => {
  let stack: Stack;
  let probe: MqttClient;
  const reports: Array<{ topic: string; report: SubtaskReport }> = [];

  beforeAll(async () => {
    stack = await startTestStack(scenarioFrom(SCENARIO), { subtaskTimeoutMs: 1_500 });
    // The probe speaks as the coordinator: the only identity allowed to send subtasks and read reports.
    probe = await connectMqtt({ url: stack.mqttUrl, clientId: 'meshmind-coordinator-faultprobe', credentials: stack.security.coordinator() });
    probe.on('message', (topic, payload) => {
      const parsed = MESSAGE_VALIDATORS.subtaskReport.parse(payload);
      if (parsed.ok) reports.push({ topic, report: parsed.value });
    });
    await probe.subscribeAsync(topics.allDevices('reports'), { qos: 1 });
  });
  afterAll(async () => {
    await probe?.endAsync();
    await stack?.stop();
  });

  it('answers a malformed subtask with a coded error and keeps serving', async () => {
    await publishMessage(probe, topics.device('kitchen_light', 'subtasks'), '{"id": "broken", ');
    await waitFor(() => reports.some((entry) => entry.report.status === 'error'), 30_000, 'an error report');
    const error = reports.find((entry) => entry.report.status === 'error')!.report;
    expect(error).toMatchObject({ status: 'error', error: { code: 'E_BAD_JSON' } });

    // It keeps serving: a well-formed subtask after it is done. Sent straight to the agent with a
    // deadline of its own, so a loaded machine is not mistaken for an agent that stopped serving
    // (this stack's coordinator gives a subtask 1.5 s, for the ghost lamp below).
    const request = { id: 'after-broken', goalId: 'goal-after', text: 'Turn on the kitchen light.', deadline: Date.now() + 60_000, issuedAt: Date.now() };
    await publishMessage(probe, topics.device('kitchen_light', 'subtasks'), request);
    await waitFor(() => reports.some((entry) => entry.report.id === 'after-broken'), 25_000, 'the report of the next subtask');
    expect(reports.find((entry) => entry.report.id === 'after-broken')!.report.status).toBe('ok');
    expect(stack.simulation.drivers.get('kitchen_light')!.getState().on).toBe(true);
  });

  it('answers a schema-invalid subtask with E_INVALID_PAYLOAD naming the field, echoing its id', async () => {
    await publishMessage(probe, topics.device('kitchen_light', 'subtasks'), { id: 'no-text', goalId: 'g', deadline: 1, issuedAt: 1 });
    await waitFor(() => reports.some((entry) => entry.report.id === 'no-text'), 30_000, 'the invalid-payload report');
    const report = reports.find((entry) => entry.report.id === 'no-text')!.report;
    expect(report.status).toBe('error');
    if (report.status === 'error') {
      expect(report.error.code).toBe('E_INVALID_PAYLOAD');
      expect(report.error.message).toContain('text');
    }
  });

  it('executes a redelivered subtask once and answers both deliveries alike', async () => {
    const driver = stack.simulation.drivers.get('hall_light')!;
    const originalCall = driver.call.bind(driver);
    let calls = 0;
    driver.call = async (name, args) => {
      calls += 1;
      return originalCall(name, args);
    };
    const request = { id: 'redelivered-1', goalId: 'goal-r', text: 'Turn on the hall light.', deadline: Date.now() + 60_000, issuedAt: Date.now() };
    await publishMessage(probe, topics.device('hall_light', 'subtasks'), request);
    await publishMessage(probe, topics.device('hall_light', 'subtasks'), request);
    await waitFor(() => reports.filter((entry) => entry.report.id === 'redelivered-1').length === 2, 30_000, 'two reports');
    const [first, second] = reports.filter((entry) => entry.report.id === 'redelivered-1').map((entry) => entry.report);
    expect(calls).toBe(1);
    // The same answer to both. The first may carry the task's last stages (progress the coordinator
    // shows once); the answer to a redelivery is the stored report, which keeps the result only.
    const answerOf = (report: object) => Object.fromEntries(Object.entries(report).filter(([key]) => key !== 'stages'));
    expect(second).not.toHaveProperty('stages');
    expect(answerOf(second!)).toEqual(answerOf(first!));
    expect(driver.getState().on).toBe(true);
  });

  it('refuses a subtask that arrives after its deadline, doing nothing', async () => {
    const driver = stack.simulation.drivers.get('hall_fan')!;
    const request = { id: 'late-1', goalId: 'goal-l', text: 'Turn on the hall fan.', deadline: Date.now() - 1, issuedAt: Date.now() - 10 };
    await publishMessage(probe, topics.device('hall_fan', 'subtasks'), request);
    await waitFor(() => reports.some((entry) => entry.report.id === 'late-1'), 30_000, 'the late report');
    const report = reports.find((entry) => entry.report.id === 'late-1')!.report;
    expect(report.status === 'ok' && report.data).toMatchObject({ outcome: 'failed', error: { code: 'E_TIMEOUT' } });
    expect(driver.getState().on).toBe(false);
  });

  /** An enrolled agent that misbehaves: it may only use its own device's topics. */
  async function agentProbe(deviceId: string): Promise<MqttClient> {
    return connectMqtt({ url: stack.mqttUrl, clientId: agentClientId(deviceId), credentials: stack.security.device(deviceId) });
  }

  it('ignores a malformed profile from a misbehaving agent', async () => {
    const rogue = await agentProbe('rogue');
    await publishMessage(rogue, topics.device('rogue', 'profile'), { id: 'rogue', name: 42 }, { retain: true });
    await publishMessage(rogue, topics.device('rogue', 'profile'), 'not json', { retain: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stack.coordinator.registry.get('rogue')).toBeUndefined();
    await publishMessage(rogue, topics.device('rogue', 'profile'), '', { retain: true });
    await rogue.endAsync();
  });

  it('drops a profile whose name, alias or area name carries control characters', async () => {
    const template = stack.coordinator.registry.get('kitchen_light')!.profile;
    const hostile = [
      { ...template, id: 'rogue_name', name: 'Lamp\u001B]0;owned\u0007\u001B[2J' },
      { ...template, id: 'rogue_alias', aliases: ['ignore\u009B2J'] },
      { ...template, id: 'rogue_area', area: { ...template.area!, name: 'Kitchen\u202E' } },
    ];
    // Each from its own enrolled agent: only a device's own agent may announce it.
    const agents = new Map<string, MqttClient>();
    for (const id of [...hostile.map((profile) => profile.id), 'plain_lamp']) agents.set(id, await agentProbe(id));
    for (const profile of hostile) await publishMessage(agents.get(profile.id)!, topics.device(profile.id, 'profile'), profile, { retain: true });
    // A plain profile published after them: once it is registered, the ones before have been read.
    await publishMessage(agents.get('plain_lamp')!, topics.device('plain_lamp', 'profile'), { ...template, id: 'plain_lamp', name: 'Plain lamp' }, { retain: true });
    await waitFor(() => stack.coordinator.registry.get('plain_lamp') !== undefined, 30_000, 'the plain profile');
    for (const profile of hostile) expect(stack.coordinator.registry.get(profile.id), profile.id).toBeUndefined();
    for (const [id, agent] of agents) {
      await publishMessage(agent, topics.device(id, 'profile'), '', { retain: true });
      await agent.endAsync();
    }
  });

  it('reports a device that never answers as not answering by the deadline', async () => {
    const ghost = stack.coordinator.registry.get('kitchen_light')!.profile;
    const silent = await agentProbe('ghost_lamp');
    await publishMessage(silent, topics.device('ghost_lamp', 'profile'), { ...ghost, id: 'ghost_lamp', name: 'Ghost lamp', aliases: [] }, { retain: true });
    await publishMessage(silent, topics.device('ghost_lamp', 'availability'), 'online', { retain: true });
    await waitFor(() => stack.coordinator.registry.get('ghost_lamp')?.availability === 'online', 30_000, 'the ghost lamp');
    const goal = await stack.coordinator.goals.submit({ text: 'turn on the ghost lamp' }).finished;
    expect(goal.status).toBe('failed');
    expect(goal.subtasks[0]!.status).toBe('timeout');
    expect(goal.answer).toContain('did not answer');
    await publishMessage(silent, topics.device('ghost_lamp', 'profile'), '', { retain: true });
    await silent.endAsync();
  });

  it('marks an agent that loses power offline through its last will, and says so', async () => {
    await stack.simulation.agents.get('kitchen_light')!.crash();
    await waitFor(() => stack.coordinator.registry.get('kitchen_light')?.availability === 'offline', 30_000, 'the last will');
    const goal = await stack.coordinator.goals.submit({ text: 'turn off the kitchen light' }).finished;
    expect(goal.status).toBe('failed');
    expect(goal.answer).toContain('offline');
  });
});
