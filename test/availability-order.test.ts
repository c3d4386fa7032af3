import { afterEach, describe, expect, it } from 'vitest';
import { createSimulatedDriver } from '@meshmind/devices';
import { createAgent, type DeviceAgent } from '@meshmind/device-agent';
import { DeviceRegistry, Store } from '@meshmind/coordinator';
import { Topics, connectMqtt, isLaterAvailability, readAvailability, type AvailabilityOrder } from '@meshmind/protocol';
import type { MqttClient } from 'mqtt';
import { EventEmitter } from 'node:events';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import type { Stack } from '@meshmind/cli';
import { silentLogger, startTestStack, studioScenario, waitFor } from './support/stack';

const topics = new Topics();
const PORCH = 'porch_light';

/** Delivers messages to a registry in the order a test chooses, as a broker replaying a session's queue may. */
class ReplayClient extends EventEmitter {
  async subscribeAsync(): Promise<void> {}
  deliver(topic: string, payload: Buffer, retain: boolean): void {
    this.emit('message', topic, payload, { retain });
  }
}

describe('availability an agent says over restarts, crashes and reconnections', () => {
  const cleanups: Array<() => Promise<unknown> | unknown> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function startStack(): Promise<Stack> {
    const stack = await startTestStack(studioScenario({ lampOnly: true }));
    cleanups.push(() => stack.stop());
    return stack;
  }

  async function startPorchAgent(stack: Stack, mqttUrl = stack.mqttUrl): Promise<DeviceAgent> {
    const agent = await createAgent({
      brain: stack.simulation.brain,
      identity: { id: PORCH, name: 'Porch light', aliases: [], area: null },
      driver: createSimulatedDriver('light', { initialState: { on: false } }),
      mqttUrl,
      credentials: stack.security.device(PORCH),
      logger: silentLogger,
    });
    await agent.start();
    cleanups.push(() => agent.stop());
    return agent;
  }

  const availabilityOf = (stack: Stack) => stack.coordinator.registry.get(PORCH)?.availability;

  /** A second subscriber that records every availability message of the porch light as the broker forwards it. */
  async function recordAvailability(stack: Stack, clientSuffix: string): Promise<Buffer[]> {
    const said: Buffer[] = [];
    const probe = await connectMqtt({
      url: stack.mqttUrl,
      clientId: `meshmind-coordinator-${clientSuffix}`,
      credentials: stack.security.coordinator(),
      reconnect: true,
      onMessage: (_topic, payload, packet) => {
        if (!packet.retain) said.push(payload);
      },
    });
    cleanups.push(() => probe.endAsync(true));
    await probe.subscribeAsync(topics.device(PORCH, 'availability'), { qos: 1 });
    return said;
  }

  function orderOf(payload: Buffer | undefined): AvailabilityOrder | null {
    const read = payload ? readAvailability(payload) : null;
    return read?.ok ? read.value.order : null;
  }

  it('says each availability after the one before, and a registry handed them in any order ends with the last', async () => {
    const stack = await startStack();
    const said = await recordAvailability(stack, 'restarts');

    const first = await startPorchAgent(stack);
    await waitFor(() => availabilityOf(stack) === 'online', 30_000, 'the first run online');
    await first.stop(); // a goodbye
    await waitFor(() => availabilityOf(stack) === 'offline', 30_000, 'the goodbye of the first run');
    const second = await startPorchAgent(stack);
    await waitFor(() => availabilityOf(stack) === 'online', 30_000, 'the second run online');
    await second.crash(); // no goodbye: the broker publishes the will of its connection
    await waitFor(() => availabilityOf(stack) === 'offline', 30_000, 'the will of the second run');
    await startPorchAgent(stack);
    await waitFor(() => availabilityOf(stack) === 'online', 30_000, 'the third run online');
    await waitFor(() => said.length === 5, 30_000, 'five availability messages at the probe');

    const read = said.map((payload) => readAvailability(payload));
    const messages = read.map((result) => (result.ok ? result.value : null));
    expect(messages.map((message) => message?.availability)).toEqual(['online', 'offline', 'online', 'offline', 'online']);
    expect(messages.map((message) => message?.order?.lastWill ?? false)).toEqual([false, false, false, true, false]);
    const orders = messages.map((message) => message!.order!);
    for (let index = 1; index < orders.length; index += 1) {
      expect(isLaterAvailability(orders[index]!, orders[index - 1]!), `message ${index} after message ${index - 1}`).toBe(true);
      expect(isLaterAvailability(orders[index - 1]!, orders[index]!)).toBe(false);
    }

    // The newest first, then everything older as a replay of the session's queue would hand it
    // over (no retain flag), then the oldest as a late retained snapshot: the newest stands.
    const replayStore = new Store(':memory:');
    replayStore.open();
    cleanups.push(() => replayStore.close());
    const registry = new DeviceRegistry(topics, replayStore, silentLogger);
    const client = new ReplayClient();
    await registry.start(client as unknown as MqttClient);
    const profile = Buffer.from(JSON.stringify(stack.coordinator.registry.get(PORCH)?.profile));
    client.deliver(topics.device(PORCH, 'profile'), profile, true);
    const topic = topics.device(PORCH, 'availability');
    client.deliver(topic, said[4]!, false);
    for (const payload of said.slice(0, 4)) client.deliver(topic, payload, false);
    client.deliver(topic, said[1]!, true);
    expect(registry.get(PORCH)?.availability).toBe('online');
    await registry.stop();
  }, 180_000);

  it('comes back online after the broker published the will of a connection that dropped', async () => {
    const stack = await startStack();
    // The agent reaches the broker through a cable the test can cut: the broker sees the connection
    // die without a goodbye and publishes its will; the agent reconnects through the same cable.
    const cable = await startCable(stack.broker!.port);
    cleanups.push(() => cable.close());
    await startPorchAgent(stack, `mqtt://127.0.0.1:${cable.port}`);
    await waitFor(() => availabilityOf(stack) === 'online', 30_000, 'the agent online');
    const said = await recordAvailability(stack, 'cable');

    cable.cut();
    await waitFor(() => said.some((payload) => orderOf(payload)?.lastWill), 30_000, 'the will of the dropped connection');
    // The reconnection is a new epoch: its "online" is later than the will, however the two arrive.
    await waitFor(() => said.length >= 2 && availabilityOf(stack) === 'online', 30_000, 'the agent online again');
    const [will, online] = said.map((payload) => orderOf(payload));
    expect(will).toMatchObject({ lastWill: true });
    expect(online!.epoch).toBeGreaterThan(will!.epoch);
  }, 180_000);
});

/** A TCP relay to a port; `cut` drops every connection through it (no MQTT DISCONNECT) and keeps listening. */
async function startCable(targetPort: number): Promise<{ port: number; cut(): void; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer({ noDelay: true }, (inbound) => {
    const outbound = connect({ port: targetPort, host: '127.0.0.1', noDelay: true });
    for (const socket of [inbound, outbound]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    inbound.pipe(outbound).pipe(inbound);
    inbound.on('close', () => outbound.destroy());
    outbound.on('close', () => inbound.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const cut = () => {
    for (const socket of sockets) socket.destroy();
  };
  return {
    port: (server.address() as AddressInfo).port,
    cut,
    close: async () => {
      cut();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
