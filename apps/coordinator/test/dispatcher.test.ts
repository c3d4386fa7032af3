import { afterEach, describe, expect, it } from 'vitest';
import type { MqttClient } from 'mqtt';
import { pino } from 'pino';
import { Topics, agentClientId, connectMqtt, publishMessage, type SubtaskProgress } from '@meshmind/protocol';
import { Dispatcher } from '../src/dispatcher';
import { startEmbeddedBroker, type EmbeddedBroker } from '../src/broker';
import { LocalSecurity } from '../src/security/local-security';
import { waitFor } from './wait-for';

const topics = new Topics();
const DEVICE = 'studio_lamp';


describe('Dispatcher: an open subtask whose copy or report a broker may have lost', () => {
  const cleanups: Array<() => Promise<unknown> | unknown> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    cleanups.length = 0;
  });

  async function setUp(): Promise<{ dispatcher: Dispatcher; agent: MqttClient; copies: string[] }> {
    const security = new LocalSecurity({ databasePath: ':memory:' });
    cleanups.push(() => security.close());
    const broker: EmbeddedBroker = await startEmbeddedBroker({ port: 0, authenticator: security.credentials, topics });
    cleanups.push(() => broker.close());
    const coordinator = await connectMqtt({ url: broker.url, clientId: 'meshmind-coordinator-dispatchertest', credentials: security.coordinator() });
    cleanups.push(() => coordinator.endAsync(true));
    const copies: string[] = [];
    const agent = await connectMqtt({
      url: broker.url,
      clientId: agentClientId(DEVICE),
      credentials: security.device(DEVICE),
      onMessage: (_topic, payload) => copies.push((JSON.parse(payload.toString()) as { id: string }).id),
    });
    cleanups.push(() => agent.endAsync(true));
    await agent.subscribeAsync(topics.device(DEVICE, 'subtasks'), { qos: 1 });
    const dispatcher = new Dispatcher(topics, pino({ level: 'silent' }));
    await dispatcher.start(coordinator);
    cleanups.push(() => dispatcher.stop());
    return { dispatcher, agent, copies };
  }

  it('sends it again when its device says it is online, and settles on the report that copy brings', async () => {
    const { dispatcher, agent, copies } = await setUp();
    const request = { id: 'sub-1', goalId: 'goal-1', text: 'turn on the studio lamp', deadline: Date.now() + 60_000, issuedAt: Date.now() };
    const outcome = dispatcher.dispatch(DEVICE, request, Date.now());
    await waitFor(() => copies.length === 1, 5_000, 'the first copy');

    // The agent reconnected to a broker that lost its report: it announces itself online.
    dispatcher.deviceAvailability(DEVICE, true);
    await waitFor(() => copies.length === 2, 5_000, 'the second copy');
    expect(copies).toEqual(['sub-1', 'sub-1']);

    const result = { deviceId: DEVICE, goalId: 'goal-1', outcome: 'done', message: 'Studio lamp: turned on.', state: { on: true }, calls: [] };
    await publishMessage(agent, topics.device(DEVICE, 'reports'), { status: 'ok', id: 'sub-1', data: result });
    expect(await outcome).toEqual({ kind: 'result', result });
  });

  it('reads the last stages a report carries as progress events, in order, before the report settles the subtask', async () => {
    const { dispatcher, agent, copies } = await setUp();
    const request = { id: 'sub-4', goalId: 'goal-4', text: 'turn off the studio lamp', deadline: Date.now() + 60_000, issuedAt: Date.now() };
    const seen: string[] = [];
    const events: SubtaskProgress[] = [];
    dispatcher.on('progress', (progress: SubtaskProgress) => {
      events.push(progress);
      seen.push(`progress ${progress.stage}`);
    });
    const outcome = dispatcher.dispatch(DEVICE, request, Date.now()).then((settled) => {
      seen.push('settled');
      return settled;
    });
    await waitFor(() => copies.length === 1, 5_000, 'the copy');

    const result = { deviceId: DEVICE, goalId: 'goal-4', outcome: 'done', message: 'Studio lamp: turned off.', state: { on: false }, calls: [] };
    const stages = [
      { stage: 'executing', at: 201, elapsed: 1.5 },
      { stage: 'verifying', at: 202, elapsed: 2.25, detail: 'reading the state back' },
      { stage: 'done', at: 202, elapsed: 2.5 },
    ];
    await publishMessage(agent, topics.device(DEVICE, 'reports'), { status: 'ok', id: 'sub-4', data: result, stages });
    expect(await outcome).toEqual({ kind: 'result', result });
    const task = { id: 'sub-4', goalId: 'goal-4', deviceId: DEVICE };
    expect(events).toEqual(stages.map((passed) => ({ ...task, ...passed })));
    expect(seen).toEqual(['progress executing', 'progress verifying', 'progress done', 'settled']);
  });

  it('sends nothing again for another device, or when a device goes offline', async () => {
    const { dispatcher, copies } = await setUp();
    const request = { id: 'sub-2', goalId: 'goal-2', text: 'turn on the studio lamp', deadline: Date.now() + 60_000, issuedAt: Date.now() };
    void dispatcher.dispatch(DEVICE, request, Date.now());
    await waitFor(() => copies.length === 1, 5_000, 'the first copy');
    dispatcher.deviceAvailability('hall_light', true);
    dispatcher.deviceAvailability(DEVICE, false);
    // A marker through the same broker and client: once it arrives, any copy sent before it would have too.
    const marker = { id: 'marker', goalId: 'goal-3', text: 'marker', deadline: Date.now() + 60_000, issuedAt: Date.now() };
    void dispatcher.dispatch(DEVICE, marker, Date.now());
    await waitFor(() => copies.includes('marker'), 5_000, 'the marker');
    expect(copies).toEqual(['sub-2', 'marker']);
  });
});

describe('Dispatcher: progress', () => {
  const cleanups: Array<() => Promise<unknown> | unknown> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    cleanups.length = 0;
  });

  it('turns one message with the stages passed before the latest into one event per stage, in order', async () => {
    const security = new LocalSecurity({ databasePath: ':memory:' });
    cleanups.push(() => security.close());
    const broker = await startEmbeddedBroker({ port: 0, authenticator: security.credentials, topics });
    cleanups.push(() => broker.close());
    const coordinator = await connectMqtt({ url: broker.url, clientId: 'meshmind-coordinator-progresstest', credentials: security.coordinator() });
    cleanups.push(() => coordinator.endAsync(true));
    const agent = await connectMqtt({ url: broker.url, clientId: agentClientId(DEVICE), credentials: security.device(DEVICE) });
    cleanups.push(() => agent.endAsync(true));
    const dispatcher = new Dispatcher(topics, pino({ level: 'silent' }));
    await dispatcher.start(coordinator);
    cleanups.push(() => dispatcher.stop());
    const events: SubtaskProgress[] = [];
    dispatcher.on('progress', (progress) => events.push(progress));

    const task = { id: 'sub-1', goalId: 'goal-1', deviceId: DEVICE };
    await publishMessage(agent, topics.device(DEVICE, 'progress'), {
      ...task,
      stage: 'validating',
      at: 103,
      detail: 'program generated',
      earlier: [
        { stage: 'received', at: 101 },
        { stage: 'mapping', at: 102, detail: 'resumed after an agent restart' },
      ],
    });
    await publishMessage(agent, topics.device(DEVICE, 'progress'), { ...task, stage: 'done', at: 104 });
    await waitFor(() => events.length === 4, 5_000, 'four stages');
    expect(events).toEqual([
      { ...task, stage: 'received', at: 101 },
      { ...task, stage: 'mapping', at: 102, detail: 'resumed after an agent restart' },
      { ...task, stage: 'validating', at: 103, detail: 'program generated' },
      { ...task, stage: 'done', at: 104 },
    ]);
  });
});
