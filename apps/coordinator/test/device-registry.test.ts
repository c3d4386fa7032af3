import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, Topics } from '@meshmind/protocol';
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

describe('DeviceRegistry: retained snapshots and live messages', () => {
  const directories: string[] = [];
  afterEach(() => {
    for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
  });

  async function started(): Promise<{ registry: DeviceRegistry; client: FakeClient }> {
    const directory = mkdtempSync(join(tmpdir(), 'meshmind-registry-'));
    directories.push(directory);
    const store = new Store(join(directory, 'meshmind.db'));
    store.open();
    const registry = new DeviceRegistry(topics, store, pino({ level: 'silent' }));
    const client = new FakeClient();
    await registry.start(client as unknown as MqttClient);
    client.deliver(topics.device('shopping_list', 'profile'), profile, true);
    return { registry, client };
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
