import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectMqtt } from '@meshmind/protocol';
import type { Stack } from '@meshmind/cli';
import { changedDevices, scenarioFrom, startTestStack, statesOf } from './support/stack';

const hasMosquitto = spawnSync('sh', ['-c', 'command -v mosquitto || test -x /usr/sbin/mosquitto']).status === 0;
const MOSQUITTO = spawnSync('sh', ['-c', 'command -v mosquitto || echo /usr/sbin/mosquitto']).stdout.toString().trim();
if (!hasMosquitto) console.warn('external-broker tests skipped: mosquitto is not installed (apt-get install mosquitto; .ci/run installs it)');

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`mosquitto did not listen on ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.skipIf(!hasMosquitto)('with an external Mosquitto broker (MQTT 5)', () => {
  let broker: ChildProcess;
  let directory: string;
  let url: string;
  let stack: Stack;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'meshmind-mosquitto-'));
    const port = await freePort();
    writeFileSync(join(directory, 'mosquitto.conf'), `listener ${port} 127.0.0.1\nallow_anonymous true\npersistence false\n`);
    broker = spawn(MOSQUITTO, ['-c', join(directory, 'mosquitto.conf')], { stdio: 'ignore' });
    await waitForPort(port, 10_000);
    url = `mqtt://127.0.0.1:${port}`;
    stack = await startTestStack(
      scenarioFrom(`
name: Mosquitto flat
areas: [ { id: kitchen, name: Kitchen } ]
devices:
  - { id: kitchen_light, type: light, name: Kitchen light, area: kitchen, state: { on: false } }
  - { id: kitchen_plug, type: switch, name: Coffee plug, area: kitchen, state: { on: false } }
`),
      { brokerUrl: url },
    );
  });
  afterAll(async () => {
    await stack?.stop();
    broker?.kill();
    rmSync(directory, { recursive: true, force: true });
  });

  it('negotiates MQTT 5 with a broker that speaks it', async () => {
    const client = await connectMqtt({ url, clientId: 'meshmind-v5-probe' });
    expect(client.options.protocolVersion).toBe(5);
    await client.endAsync();
  });

  it('runs a goal through the external broker, starting no broker of its own', async () => {
    expect(stack.broker).toBeNull();
    const before = statesOf(stack);
    const goal = await stack.coordinator.goals.submit({ text: 'turn on the kitchen light' }).finished;
    expect(goal.status).toBe('done');
    expect(changedDevices(before, statesOf(stack))).toEqual(['kitchen_light']);
  });

  it('sees the last will of an agent that drops off', async () => {
    await stack.simulation.agents.get('kitchen_plug')!.crash();
    const deadline = Date.now() + 5_000;
    while (stack.coordinator.registry.get('kitchen_plug')?.availability !== 'offline' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(stack.coordinator.registry.get('kitchen_plug')?.availability).toBe('offline');
  });
});
