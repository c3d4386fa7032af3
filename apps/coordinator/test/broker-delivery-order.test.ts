import net from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Aedes } from 'aedes';
import memoryPersistence from 'aedes-persistence';
import mqtt, { type MqttClient } from 'mqtt';
import { DELIVERY_STALL_MS, keepDeliveryOrder } from '../src/broker-delivery-order';

/**
 * aedes' in-memory store, except that storing the retained message of one topic waits until the
 * test lets it finish: a store whose writes finish out of order, on demand.
 */
function storeHeldOn(heldTopic: string) {
  const persistence = memoryPersistence() as unknown as { storeRetained(packet: { topic: string }): Promise<void> };
  const storeRetained = persistence.storeRetained.bind(persistence);
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  persistence.storeRetained = async (packet) => {
    if (packet.topic === heldTopic) await held;
    return storeRetained(packet);
  };
  return { persistence, release };
}

describe('keepDeliveryOrder', () => {
  const cleanups: Array<() => Promise<unknown> | unknown> = [];
  afterEach(async () => {
    vi.useRealTimers();
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function brokerWith(persistence: unknown, ordered: boolean) {
    const broker = await Aedes.createBroker({ persistence: persistence as never });
    const order = ordered ? keepDeliveryOrder(broker) : null;
    const server = net.createServer({ noDelay: true }, broker.handle);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(async () => {
      order?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await new Promise<void>((resolve) => broker.close(() => resolve()));
    });
    const url = `mqtt://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
    const connect = async (clientId: string): Promise<MqttClient> => {
      const client = await mqtt.connectAsync(url, { clientId, protocolVersion: 4, reconnectPeriod: 0 });
      cleanups.push(() => client.endAsync());
      return client;
    };
    return { order, connect };
  }

  async function overtake(ordered: boolean) {
    const held = storeHeldOn('site/first');
    const { order, connect } = await brokerWith(held.persistence, ordered);
    const received: string[] = [];
    const subscriber = await connect('subscriber');
    subscriber.on('message', (topic) => received.push(topic));
    await subscriber.subscribeAsync('site/#', { qos: 1 });
    const publisher = await connect('publisher');
    // The first is numbered first but its store write is held; the second overtakes it.
    const first = publisher.publishAsync('site/first', 'one', { qos: 1, retain: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await publisher.publishAsync('site/second', 'two', { qos: 1 });
    return { held, order, received, first, publisher };
  }

  it('without it, aedes drops a message that a later one overtook (the bug it fixes)', async () => {
    const { held, received, first, publisher } = await overtake(false);
    held.release();
    await first;
    // A later message goes out after whatever the first came to (its acknowledgement came after the broker
    // handled it): once it arrives, the first was dropped, not late, however loaded the machine.
    await publisher.publishAsync('site/third', 'three', { qos: 1 });
    await vi.waitFor(() => expect(received).toContain('site/third'), { timeout: 30_000 });
    expect(received).toEqual(['site/second', 'site/third']);
  });

  it('delivers a message held up in the store, then the one behind it, in arrival order', async () => {
    const { held, order, received, first } = await overtake(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(received).toEqual([]);
    expect(order!.waiting()).toBeGreaterThan(0);
    held.release();
    await first;
    await vi.waitFor(() => expect(received).toEqual(['site/first', 'site/second']));
  });

  it('lets the messages behind a store write that never finishes go after a while', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    const { received } = await overtake(true);
    expect(received).toEqual([]);
    await vi.advanceTimersByTimeAsync(DELIVERY_STALL_MS + 100);
    await vi.waitFor(() => expect(received).toEqual(['site/second']));
  });
});
