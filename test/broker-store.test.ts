import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MqttClient } from 'mqtt';
import { LocalSecurity, startEmbeddedBroker, type EmbeddedBroker } from '@meshmind/coordinator';
import { Topics, agentClientId, connectMqtt, publishMessage } from '@meshmind/protocol';
import type { Stack } from '@meshmind/cli';
import { loadHome, startTestStack, waitFor } from './support/stack';

const topics = new Topics();
const DEVICE_COUNT = 32;
/** Retained at QoS 1, as agents announce themselves: each is written to the store before it goes out. */
const RETAINED_CHANNELS = ['profile', 'availability', 'state'] as const;
/** Progress at QoS 0, not retained: nothing to store, so it goes out at once. */
const CHANNELS = [...RETAINED_CHANNELS, 'progress'] as const;

describe('the embedded broker with its LevelDB store', () => {
  const cleanups: Array<() => Promise<unknown> | unknown> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    cleanups.length = 0;
  });

  function temporaryDirectory(): string {
    const directory = mkdtempSync(join(tmpdir(), 'meshmind-broker-store-'));
    cleanups.push(() => rmSync(directory, { recursive: true, force: true }));
    return directory;
  }

  async function startBroker(kind: 'memory' | 'level'): Promise<{ broker: EmbeddedBroker; security: LocalSecurity }> {
    const security = new LocalSecurity({ databasePath: ':memory:' });
    cleanups.push(() => security.close());
    const persistence = kind === 'level' ? { kind, directory: temporaryDirectory() } : { kind };
    const broker = await startEmbeddedBroker({ authenticator: security.credentials, topics, persistence });
    cleanups.push(() => broker.close());
    return { broker, security };
  }

  it.each(['level', 'memory'] as const)('delivers every message of many devices publishing at once to a subscriber with a persistent session (%s)', async (kind) => {
    // The shape of `meshmind start`: the coordinator (persistent session, wildcard subscriptions at
    // QoS 1) is subscribed before the agents announce themselves all at once. Store writes finish
    // out of order; a message must not be taken for a duplicate of a later one and dropped.
    const { broker, security } = await startBroker(kind);
    const received = new Set<string>();
    const coordinator = await connectMqtt({
      url: broker.url,
      clientId: 'meshmind-coordinator',
      credentials: security.coordinator(),
      persistentSession: true,
      protocolVersion: 4,
      onMessage: (topic) => received.add(topic),
    });
    cleanups.push(() => coordinator.endAsync());
    await coordinator.subscribeAsync(CHANNELS.map((channel) => topics.allDevices(channel)), { qos: 1 });

    const deviceIds = Array.from({ length: DEVICE_COUNT }, (_, index) => `device_${index}`);
    const agents: MqttClient[] = await Promise.all(
      deviceIds.map((deviceId) => connectMqtt({ url: broker.url, clientId: agentClientId(deviceId), credentials: security.device(deviceId), protocolVersion: 4 })),
    );
    cleanups.push(() => Promise.all(agents.map((agent) => agent.endAsync())));
    await Promise.all(
      agents.flatMap((agent, index) =>
        CHANNELS.map((channel) => {
          const retained = (RETAINED_CHANNELS as readonly string[]).includes(channel);
          return publishMessage(agent, topics.device(deviceIds[index]!, channel), { id: deviceIds[index], channel }, { retain: retained, qos: retained ? 1 : 0 });
        }),
      ),
    );

    const expected = deviceIds.flatMap((deviceId) => CHANNELS.map((channel) => topics.device(deviceId, channel)));
    await waitFor(() => received.size === expected.length, 10_000, 'every message at the coordinator').catch(() => undefined);
    expect(expected.filter((topic) => !received.has(topic))).toEqual([]);
  });

  it('keeps a QoS 1 message queued for an agent that is away, and the retained messages, across its own restart', async () => {
    const directory = temporaryDirectory();
    const security = new LocalSecurity({ databasePath: ':memory:' });
    cleanups.push(() => security.close());
    const start = (port = 0) => startEmbeddedBroker({ port, authenticator: security.credentials, topics, persistence: { kind: 'level', directory } });
    const agentOptions = { clientId: agentClientId('studio_lamp'), credentials: security.device('studio_lamp'), persistentSession: true, protocolVersion: 4 as const };

    let broker = await start();
    const agent = await connectMqtt({ url: broker.url, ...agentOptions });
    await agent.subscribeAsync(topics.device('studio_lamp', 'subtasks'), { qos: 1 });
    await publishMessage(agent, topics.device('studio_lamp', 'profile'), { id: 'studio_lamp', marker: 'before the restart' }, { retain: true });
    await agent.endAsync();
    // Queued in the agent's session while it is away, before the broker goes down.
    const coordinator = await connectMqtt({ url: broker.url, clientId: 'meshmind-coordinator-queue', credentials: security.coordinator(), protocolVersion: 4 });
    await publishMessage(coordinator, topics.device('studio_lamp', 'subtasks'), { id: 'queued-before-restart' });
    await coordinator.endAsync();
    const port = broker.port;
    await broker.close();

    broker = await start(port);
    cleanups.push(() => broker.close());
    const received: string[] = [];
    const back = await connectMqtt({ url: broker.url, ...agentOptions, onMessage: (topic, payload) => received.push(`${topic} ${payload.toString()}`) });
    cleanups.push(() => back.endAsync());
    await waitFor(() => received.length > 0, 10_000, 'the queued subtask');
    expect(received).toEqual([`${topics.device('studio_lamp', 'subtasks')} ${JSON.stringify({ id: 'queued-before-restart' })}`]);

    const retained: string[] = [];
    const reader = await connectMqtt({ url: broker.url, clientId: 'meshmind-coordinator-reader', credentials: security.coordinator(), protocolVersion: 4 });
    cleanups.push(() => reader.endAsync());
    reader.on('message', (_topic, payload) => retained.push(payload.toString()));
    await reader.subscribeAsync(topics.allDevices('profile'), { qos: 1 });
    await waitFor(() => retained.length > 0, 10_000, 'the retained profile');
    expect(JSON.parse(retained[0]!)).toEqual({ id: 'studio_lamp', marker: 'before the restart' });
  });
});

describe('a `meshmind start` stack with the broker store in its data directory', () => {
  it('registers all 32 devices of the example home, and again on a second start with the same directory', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'meshmind-broker-store-stack-'));
    const home = await loadHome();
    if (home.kind !== 'home') throw new Error('examples/home.yaml is not a home');
    const deviceIds = home.devices.map((device) => device.id);
    expect(deviceIds).toHaveLength(32);
    try {
      for (const run of ['first', 'second']) {
        // What `meshmind start --db DIR/meshmind.db` gives its stack.
        const stack: Stack = await startTestStack(home, {
          databasePath: join(directory, 'meshmind.db'),
          stateDirectory: directory,
          agentDatabasePath: join(directory, 'agents.db'),
          brokerStoreDirectory: join(directory, 'broker'),
        });
        try {
          const offline = () => deviceIds.filter((id) => stack.coordinator.registry.get(id)?.availability !== 'online');
          await waitFor(() => offline().length === 0, 30_000, `every device online on the ${run} start`).catch(() => undefined);
          expect({ run, offline: offline() }).toEqual({ run, offline: [] });
        } finally {
          await stack.stop();
        }
      }
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 120_000);
});
