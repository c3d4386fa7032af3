import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, Topics } from '@meshmind/protocol';
import type { MqttClient } from 'mqtt';
import { DeviceRegistry } from '../src/device-registry';
import { Schedules } from '../src/schedules';
import { Store } from '../src/store/store';

/** The parts of an MQTT client the registry uses; messages are delivered by the test. */
class FakeClient extends EventEmitter {
  async subscribeAsync(): Promise<void> {}
  deliver(topic: string, payload: unknown): void {
    this.emit('message', topic, Buffer.from(JSON.stringify(payload)), { retain: true });
  }
}

const topics = new Topics();
const profile = (id: string, type: string) => ({ protocolVersion: PROTOCOL_VERSION, id, type, name: id, aliases: [], nouns: [], area: null, capabilities: [], apiDocHash: 'abcdef0123456789', agentVersion: 'test' });

describe('a goal said on a repeat', () => {
  const directories: string[] = [];
  afterEach(() => {
    for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
  });

  /** Schedules over a registry that holds the given devices, each with its state. */
  async function schedulesWith(devices: Array<{ id: string; type: string; state: Record<string, unknown> }>): Promise<Schedules> {
    const directory = mkdtempSync(join(tmpdir(), 'meshmind-repeat-'));
    directories.push(directory);
    const store = new Store(join(directory, 'meshmind.db'));
    store.open();
    const registry = new DeviceRegistry(topics, store, pino({ level: 'silent' }));
    const client = new FakeClient();
    await registry.start(client as unknown as MqttClient);
    for (const device of devices) {
      client.deliver(topics.device(device.id, 'profile'), profile(device.id, device.type));
      client.deliver(topics.device(device.id, 'state'), { deviceId: device.id, state: device.state, at: 1 });
    }
    return new Schedules({ store, registry, clock: () => 0, publish: () => {} });
  }

  const lamp = { id: 'porch_lamp', type: 'light', state: { on: false } };
  const errands = { id: 'errands', type: 'todo_list', state: { items: ['post the parcel'] } };

  it('is refused before planning where no device keeps words', async () => {
    const schedules = await schedulesWith([lamp]);
    expect(schedules.answerRepeat('add feed the cat every evening to my list')?.answer).toMatch(/repeat/);
  });

  it('waits for the plan where a device keeps words, and passes a repeat said only to it', async () => {
    const schedules = await schedulesWith([lamp, errands]);
    expect(schedules.answerRepeat('add feed the cat every evening to the errands')).toBeNull();
    expect(schedules.answerRepeat('add feed the cat every evening to the errands', [{ deviceId: 'errands', text: 'add feed the cat every evening to the errands' }])).toBeNull();
  });

  it('refuses a repeat that a step to a device keeping no words says, or that no step says', async () => {
    const schedules = await schedulesWith([lamp, errands]);
    expect(schedules.answerRepeat('switch on the porch lamp each evening', [{ deviceId: 'porch_lamp', text: 'switch on the porch lamp each evening' }])?.status).toBe('failed');
    expect(schedules.answerRepeat('switch on the porch lamp each evening', [{ deviceId: 'porch_lamp', text: 'switch on the porch lamp' }])?.status).toBe('failed');
  });

  it('leaves a question about a repeat alone', async () => {
    const schedules = await schedulesWith([lamp]);
    expect(schedules.answerRepeat('does the porch lamp come on every evening?')).toBeNull();
  });

  it('reads each text anew when requests of different kinds come in turn', async () => {
    const schedules = await schedulesWith([lamp]);
    for (let round = 0; round < 2; round += 1) {
      expect(schedules.answerRepeat('water the ferns every morning')?.answer).toMatch(/every morning/);
      expect(schedules.answerRepeat('does the sprinkler run every morning?')).toBeNull();
      expect(schedules.answerRepeat('turn on the porch lamp')).toBeNull();
      expect(schedules.answerRepeat('turn on the porch lamp', [{ deviceId: 'porch_lamp', text: 'turn on the porch lamp' }])).toBeNull();
    }
  });
});
