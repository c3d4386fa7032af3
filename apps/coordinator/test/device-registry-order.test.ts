import { EventEmitter } from 'node:events';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROTOCOL_VERSION, Topics } from '@meshmind/protocol';
import type { MqttClient } from 'mqtt';
import { DeviceRegistry } from '../src/device-registry';
import { Store } from '../src/store/store';

/** The parts of an MQTT client the registry uses; the test delivers the messages. */
class FakeClient extends EventEmitter {
  async subscribeAsync(): Promise<void> {}
  deliver(topic: string, payload: string, retain = false): void {
    this.emit('message', topic, Buffer.from(payload), { retain });
  }
}

const topics = new Topics();

function profileOf(id: string, name: string): string {
  return JSON.stringify({
    protocolVersion: PROTOCOL_VERSION,
    id,
    type: 'vent',
    name,
    aliases: [],
    nouns: ['vent'],
    area: null,
    capabilities: [],
    apiDocHash: '0123456789abcdef',
    agentVersion: 'test',
  });
}

describe('DeviceRegistry.list: the id order kept until the devices change (issue #18)', () => {
  const stores: Store[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    for (const store of stores.splice(0)) store.close();
  });

  async function started(ids: string[]): Promise<{ registry: DeviceRegistry; client: FakeClient }> {
    const store = new Store(':memory:');
    stores.push(store);
    store.open();
    const registry = new DeviceRegistry(topics, store, pino({ level: 'silent' }));
    const client = new FakeClient();
    await registry.start(client as unknown as MqttClient);
    for (const id of ids) client.deliver(topics.device(id, 'profile'), profileOf(id, `Greenhouse ${id}`), true);
    return { registry, client };
  }

  const idsOf = (registry: DeviceRegistry) => registry.list().map((device) => device.profile.id);

  it('lists in id order, numbers as numbers, whatever order the profiles came in', async () => {
    const { registry } = await started(['vent-10', 'vent-2', 'fogger', 'vent-1']);
    expect(idsOf(registry)).toEqual(['fogger', 'vent-1', 'vent-2', 'vent-10']);
  });

  it('does not sort again while no device is added, replaced or removed', async () => {
    const { registry, client } = await started(['vent-10', 'vent-2', 'fogger']);
    registry.list();
    const sort = vi.spyOn(Array.prototype, 'sort');
    // A state changes its device in place: the order stands.
    client.deliver(topics.device('vent-2', 'state'), JSON.stringify({ deviceId: 'vent-2', state: { open: true }, at: 5 }));
    expect(idsOf(registry)).toEqual(['fogger', 'vent-2', 'vent-10']);
    expect(registry.list().find((device) => device.profile.id === 'vent-2')?.state).toEqual({ open: true });
    expect(sort).not.toHaveBeenCalled();
  });

  it('shows a new, a replaced and a removed device at the next call', async () => {
    const { registry, client } = await started(['vent-10', 'vent-2']);
    expect(idsOf(registry)).toEqual(['vent-2', 'vent-10']);
    client.deliver(topics.device('vent-3', 'profile'), profileOf('vent-3', 'Middle vent'));
    expect(idsOf(registry)).toEqual(['vent-2', 'vent-3', 'vent-10']);
    client.deliver(topics.device('vent-10', 'profile'), profileOf('vent-10', 'Roof vent'));
    expect(registry.list().at(-1)?.profile.name).toBe('Roof vent');
    client.deliver(topics.device('vent-2', 'profile'), '', true);
    expect(idsOf(registry)).toEqual(['vent-3', 'vent-10']);
  });

  it('hands each caller an array of its own', async () => {
    const { registry } = await started(['vent-2', 'vent-1']);
    const first = registry.list();
    first.reverse();
    first.pop();
    expect(idsOf(registry)).toEqual(['vent-1', 'vent-2']);
  });
});
