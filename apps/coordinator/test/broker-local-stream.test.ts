import { afterEach, describe, expect, it } from 'vitest';
import type { MqttClient } from 'mqtt';
import { Topics, agentClientId, connectMqtt, publishMessage } from '@meshmind/protocol';
import { startEmbeddedBroker, type EmbeddedBroker } from '../src/broker';
import { LocalSecurity } from '../src/security/local-security';
import { waitFor } from './wait-for';

const topics = new Topics();
const DEVICE = 'studio_lamp';


describe('the embedded broker: clients of its own process connected in memory', () => {
  const cleanups: Array<() => Promise<unknown> | unknown> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    cleanups.length = 0;
  });

  async function setUp(): Promise<{ security: LocalSecurity; broker: EmbeddedBroker }> {
    const security = new LocalSecurity({ databasePath: ':memory:' });
    cleanups.push(() => security.close());
    const broker = await startEmbeddedBroker({ port: 0, authenticator: security.credentials, topics });
    cleanups.push(() => broker.close());
    return { security, broker };
  }

  function track(client: MqttClient): MqttClient {
    cleanups.push(() => client.endAsync(true));
    return client;
  }

  it('passes QoS 1 and retained messages between an in-memory client and a TCP client, both ways', async () => {
    const { security, broker } = await setUp();
    const localStream = () => broker.openLocalStream();
    const coordinator = track(await connectMqtt({ url: broker.url, clientId: 'meshmind-coordinator-localtest', credentials: security.coordinator(), localStream, persistentSession: true }));
    expect(coordinator.stream.constructor.name).toBe('InProcessStream');
    const fromAgent: string[] = [];
    coordinator.on('message', (topic, payload) => fromAgent.push(`${topic} ${payload.toString()}`));
    await coordinator.subscribeAsync(topics.device(DEVICE, 'reports'), { qos: 1 });

    const agent = track(await connectMqtt({ url: broker.url, clientId: agentClientId(DEVICE), credentials: security.device(DEVICE) }));
    const toAgent: string[] = [];
    agent.on('message', (topic, payload) => toAgent.push(`${topic} ${payload.toString()}`));
    await agent.subscribeAsync(topics.device(DEVICE, 'subtasks'), { qos: 1 });
    await publishMessage(agent, topics.device(DEVICE, 'profile'), { id: DEVICE }, { retain: true });

    await publishMessage(coordinator, topics.device(DEVICE, 'subtasks'), { id: 'sub-1' });
    await publishMessage(agent, topics.device(DEVICE, 'reports'), { id: 'sub-1', outcome: 'done' });
    await waitFor(() => toAgent.length === 1 && fromAgent.length === 1, 5_000, 'both messages');
    expect(toAgent).toEqual([`${topics.device(DEVICE, 'subtasks')} {"id":"sub-1"}`]);
    expect(fromAgent).toEqual([`${topics.device(DEVICE, 'reports')} {"id":"sub-1","outcome":"done"}`]);

    // A retained message reaches an in-memory subscriber that comes later.
    const retained: string[] = [];
    coordinator.on('message', (topic, payload) => topic === topics.device(DEVICE, 'profile') && retained.push(payload.toString()));
    await coordinator.subscribeAsync(topics.device(DEVICE, 'profile'), { qos: 1 });
    await waitFor(() => retained.length === 1, 5_000, 'the retained profile');
    expect(JSON.parse(retained[0]!)).toEqual({ id: DEVICE });
  });

  it('forwards a QoS 1 message to its subscriber before its sender handles the PUBACK, both in memory', async () => {
    const { security, broker } = await setUp();
    const localStream = () => broker.openLocalStream();
    const coordinator = track(await connectMqtt({ url: broker.url, clientId: 'meshmind-coordinator-acktest', credentials: security.coordinator(), localStream, persistentSession: true }));
    const agent = track(await connectMqtt({ url: broker.url, clientId: agentClientId(DEVICE), credentials: security.device(DEVICE), localStream, persistentSession: true }));
    const order: string[] = [];
    agent.on('message', (_topic, payload) => order.push(`agent got ${payload.toString()}`));
    await agent.subscribeAsync(topics.device(DEVICE, 'subtasks'), { qos: 1 });
    for (const id of ['sub-1', 'sub-2']) {
      await publishMessage(coordinator, topics.device(DEVICE, 'subtasks'), { id });
      order.push(`coordinator acknowledged ${id}`);
    }
    await waitFor(() => order.length === 4, 5_000, 'both messages and their acknowledgements');
    // Exactly once each, and the goal's message first: nothing on its way waits for the PUBACK.
    expect(order).toEqual(['agent got {"id":"sub-1"}', 'coordinator acknowledged sub-1', 'agent got {"id":"sub-2"}', 'coordinator acknowledged sub-2']);
  });

  it('checks an in-memory client\'s credentials and client id like any other: nothing is trusted for being local', async () => {
    const { security, broker } = await setUp();
    const localStream = () => broker.openLocalStream();
    await expect(connectMqtt({ url: broker.url, clientId: 'meshmind-coordinator-guess', credentials: { username: 'coordinator', password: 'guess' }, localStream })).rejects.toMatchObject({
      code: 'E_UNAUTHORIZED',
    });
    await expect(connectMqtt({ url: broker.url, clientId: 'meshmind-coordinator-anonymous', localStream })).rejects.toMatchObject({ code: 'E_UNAUTHORIZED' });
    // A device's identity may not take the coordinator's client id.
    await expect(connectMqtt({ url: broker.url, clientId: 'meshmind-coordinator-x', credentials: security.device(DEVICE), localStream })).rejects.toMatchObject({
      code: 'E_UNAUTHORIZED',
    });
    expect(broker.connectedClients()).toEqual([]);
  });

  it('disconnects an in-memory client that publishes outside its rights, and publishes its last will', async () => {
    const { security, broker } = await setUp();
    const localStream = () => broker.openLocalStream();
    const coordinator = track(await connectMqtt({ url: broker.url, clientId: 'meshmind-coordinator-willtest', credentials: security.coordinator(), localStream }));
    const availability: string[] = [];
    coordinator.on('message', (_topic, payload) => availability.push(payload.toString()));
    await coordinator.subscribeAsync(topics.device(DEVICE, 'availability'), { qos: 1 });
    const agent = track(
      await connectMqtt({
        url: broker.url,
        clientId: agentClientId(DEVICE),
        credentials: security.device(DEVICE),
        localStream,
        will: { topic: topics.device(DEVICE, 'availability'), payload: 'offline', retain: true, qos: 1 },
      }),
    );
    // Another device's state is not this agent's to publish.
    agent.publish(topics.device('front_door_lock', 'state'), '{"locked":false}', { qos: 0 });
    await waitFor(() => !broker.connectedClients().includes(agentClientId(DEVICE)), 5_000, 'the agent disconnected');
    await waitFor(() => availability.includes('offline'), 5_000, 'the last will');
  });

  it('says null once closed, so a client goes to the URL and reaches the broker that replaced it there', async () => {
    const security = new LocalSecurity({ databasePath: ':memory:' });
    cleanups.push(() => security.close());
    const first = await startEmbeddedBroker({ port: 0, authenticator: security.credentials, topics });
    let current: EmbeddedBroker = first;
    const agent = track(
      await connectMqtt({
        url: first.url,
        clientId: agentClientId(DEVICE),
        credentials: security.device(DEVICE),
        localStream: () => first.openLocalStream(),
        reconnect: true,
        persistentSession: true,
      }),
    );
    expect(agent.stream.constructor.name).toBe('InProcessStream');
    await first.close();
    expect(first.openLocalStream()).toBeNull();
    await waitFor(() => !agent.connected, 5_000, 'the agent to notice the broker went');
    const second = await startEmbeddedBroker({ port: first.port, authenticator: security.credentials, topics });
    current = second;
    cleanups.push(() => current.close());
    await waitFor(() => agent.connected && second.connectedClients().includes(agentClientId(DEVICE)), 15_000, 'the agent on the new broker');
    expect(agent.stream.constructor.name).toBe('Socket');
  });
});
