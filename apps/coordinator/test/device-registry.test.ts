import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { AvailabilityClock, PROTOCOL_VERSION, Topics } from '@meshmind/protocol';
import type { MqttClient } from 'mqtt';
import { DeviceRegistry } from '../src/device-registry';
import { Store } from '../src/store/store';

/** The parts of an MQTT client the registry uses; messages are delivered by the test, with their retain flag. */
class FakeClient extends EventEmitter {
  async subscribeAsync(): Promise<void> {}
  deliver(topic: string, payload: string, retain: boolean): void {
    this.emit('message', topic, Buffer.from(payload), { retain });
  }
}

const topics = new Topics();
const profile = JSON.stringify({
  protocolVersion: PROTOCOL_VERSION,
  id: 'shopping_list',
  type: 'todo_list',
  name: 'Shopping list',
  aliases: [],
  nouns: ['list'],
  area: null,
  capabilities: [],
  apiDocHash: 'abcdef0123456789',
  agentVersion: 'test',
});

/** A registry on a store in a fresh directory (kept in `directories` for clean-up), started on a fake client. */
async function startedRegistry(directories: string[]): Promise<{ registry: DeviceRegistry; client: FakeClient }> {
  const directory = mkdtempSync(join(tmpdir(), 'meshmind-registry-'));
  directories.push(directory);
  const store = new Store(join(directory, 'meshmind.db'));
  store.open();
  const registry = new DeviceRegistry(topics, store, pino({ level: 'silent' }));
  const client = new FakeClient();
  await registry.start(client as unknown as MqttClient);
  return { registry, client };
}

describe('DeviceRegistry: retained snapshots and live messages', () => {
  const directories: string[] = [];
  afterEach(() => {
    for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
  });

  async function started(): Promise<{ registry: DeviceRegistry; client: FakeClient }> {
    const started = await startedRegistry(directories);
    started.client.deliver(topics.device('shopping_list', 'profile'), profile, true);
    return started;
  }

  it('keeps a live "online" when the broker hands over an older retained "offline" after it', async () => {
    const { registry, client } = await started();
    client.deliver(topics.device('shopping_list', 'availability'), 'online', false);
    client.deliver(topics.device('shopping_list', 'availability'), 'offline', true);
    expect(registry.get('shopping_list')?.availability).toBe('online');
  });

  it('takes the retained snapshot of a new connection, and live changes always', async () => {
    const { registry, client } = await started();
    client.deliver(topics.device('shopping_list', 'availability'), 'online', false);
    client.emit('connect');
    client.deliver(topics.device('shopping_list', 'availability'), 'offline', true);
    expect(registry.get('shopping_list')?.availability).toBe('offline');
    client.deliver(topics.device('shopping_list', 'availability'), 'online', false);
    client.deliver(topics.device('shopping_list', 'availability'), 'offline', false);
    expect(registry.get('shopping_list')?.availability).toBe('offline');
  });
});

describe('DeviceRegistry: availability in the order its agent said it', () => {
  const stores: Store[] = [];
  afterEach(() => {
    for (const store of stores.splice(0)) store.close();
  });

  async function started(): Promise<{ registry: DeviceRegistry; client: FakeClient }> {
    const store = new Store(':memory:');
    stores.push(store);
    store.open();
    const registry = new DeviceRegistry(topics, store, pino({ level: 'silent' }));
    const client = new FakeClient();
    await registry.start(client as unknown as MqttClient);
    client.deliver(topics.device('shopping_list', 'profile'), profile, true);
    return { registry, client };
  }

  /** What one agent says over two runs: each connection's will, then its messages (libs/protocol availability.ts). */
  function twoRuns(): { firstOnline: string; firstGoodbye: string; firstWill: string; secondOnline: string; secondWill: string } {
    const clock = new AvailabilityClock(() => 1_000);
    const firstWill = clock.beginEpoch();
    const firstOnline = clock.next('online');
    const firstGoodbye = clock.next('offline');
    const secondWill = clock.beginEpoch();
    const secondOnline = clock.next('online');
    return { firstOnline, firstGoodbye, firstWill, secondOnline, secondWill };
  }

  const availabilityTopic = topics.device('shopping_list', 'availability');

  it("keeps a second run's \"online\" when the first run's goodbye is replayed from the session's queue after it", async () => {
    // The order a restarted coordinator saw with the broker's LevelDB store: the retained snapshot
    // of the first run, the second run's live "online", then the first run's goodbye, queued for the
    // coordinator's persistent session, replayed with nothing to tell it from a live message.
    const { registry, client } = await started();
    const run = twoRuns();
    client.deliver(availabilityTopic, run.firstGoodbye, true);
    client.deliver(availabilityTopic, run.secondOnline, false);
    client.deliver(availabilityTopic, run.firstGoodbye, false);
    expect(registry.get('shopping_list')?.availability).toBe('online');
  });

  it('ignores the will of a connection that an agent has since replaced with a new one', async () => {
    const { registry, client } = await started();
    const run = twoRuns();
    client.deliver(availabilityTopic, run.secondOnline, false);
    client.deliver(availabilityTopic, run.firstWill, false);
    expect(registry.get('shopping_list')?.availability).toBe('online');
    client.deliver(availabilityTopic, run.secondWill, false);
    expect(registry.get('shopping_list')?.availability).toBe('offline');
  });

  it('ends with what the agent said last, in whatever order and with whatever retain flag the messages arrive', async () => {
    const run = twoRuns();
    const messages = [run.firstWill, run.firstOnline, run.firstGoodbye, run.secondWill, run.secondOnline];
    const latest = { payload: run.secondWill, availability: 'offline' };
    for (const order of permutations(messages)) {
      for (const retained of [false, true]) {
        const { registry, client } = await started();
        for (const payload of order) client.deliver(availabilityTopic, payload, retained);
        expect(registry.get('shopping_list')?.availability, `${order.join(' ')} retained=${retained}`).toBe(latest.availability);
      }
    }
  });

  it("still reads an older agent's bare \"online\" and \"offline\"", async () => {
    const { registry, client } = await started();
    client.deliver(availabilityTopic, 'online', true);
    expect(registry.get('shopping_list')?.availability).toBe('online');
    client.deliver(availabilityTopic, 'offline', false);
    expect(registry.get('shopping_list')?.availability).toBe('offline');
  });

  it('drops an availability it cannot read and keeps the last one', async () => {
    const { registry, client } = await started();
    client.deliver(availabilityTopic, twoRuns().secondOnline, false);
    client.deliver(availabilityTopic, '{"availability":"offline"}', false);
    client.deliver(availabilityTopic, 'gone', false);
    expect(registry.get('shopping_list')?.availability).toBe('online');
  });
});

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) => permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));
}

describe('DeviceRegistry: the list of devices', () => {
  const directories: string[] = [];
  afterEach(() => {
    for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
  });

  const profileOf = (id: string, name: string) => JSON.stringify({ ...JSON.parse(profile), id, name });

  const started = () => startedRegistry(directories);

  it('lists devices in id order, numbers by value, and follows each device added, replaced or removed', async () => {
    const { registry, client } = await started();
    client.deliver(topics.device('lamp_10', 'profile'), profileOf('lamp_10', 'Lamp ten'), true);
    client.deliver(topics.device('lamp_2', 'profile'), profileOf('lamp_2', 'Lamp two'), true);
    expect(registry.list().map((device) => device.profile.id)).toEqual(['lamp_2', 'lamp_10']);
    client.deliver(topics.device('fan', 'profile'), profileOf('fan', 'Fan'), false);
    expect(registry.list().map((device) => device.profile.id)).toEqual(['fan', 'lamp_2', 'lamp_10']);
    client.deliver(topics.device('lamp_2', 'profile'), profileOf('lamp_2', 'Desk lamp'), false);
    expect(registry.list().map((device) => device.profile.name)).toEqual(['Fan', 'Desk lamp', 'Lamp ten']);
    client.deliver(topics.device('fan', 'profile'), '', true);
    expect(registry.list().map((device) => device.profile.id)).toEqual(['lamp_2', 'lamp_10']);
  });

  it('shows a device\'s new state and availability in the list, and a caller\'s change to its list stays its own', async () => {
    const { registry, client } = await started();
    client.deliver(topics.device('shopping_list', 'profile'), profile, true);
    const first = registry.list();
    first.pop();
    client.deliver(topics.device('shopping_list', 'availability'), 'online', false);
    client.deliver(topics.device('shopping_list', 'state'), JSON.stringify({ deviceId: 'shopping_list', state: { items: ['milk'] }, at: 5 }), false);
    const [device] = registry.list();
    expect(device?.availability).toBe('online');
    expect(device?.state).toEqual({ items: ['milk'] });
  });
});
