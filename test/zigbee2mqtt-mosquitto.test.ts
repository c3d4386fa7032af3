import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '@meshmind/cli';
import { Zigbee2mqttSimulator } from './support/zigbee2mqtt-simulator';
import { zigbeeHome } from './support/zigbee2mqtt-home';
import { captureIo } from './support/cli-io';
import { ownerAuthorizationIn, waitFor } from './support/stack';
import { requireSystemPackages } from './support/system-packages';
import { freePort, MOSQUITTO_BINARY, MOSQUITTO_INSTALLED, waitForPort } from './support/ports';

const hasMosquitto = requireSystemPackages('zigbee2mqtt on Mosquitto tests', ['mosquitto'], MOSQUITTO_INSTALLED);
const MOSQUITTO = MOSQUITTO_BINARY;

/**
 * The acceptance run of the bridge: a plain Mosquitto (anonymous, no ACL, as a zigbee2mqtt
 * installation often has), a zigbee2mqtt instance publishing on it, and
 * `meshmind start --scenario none --broker URL --zigbee2mqtt`; a goal in words by HTTP.
 */
describe.skipIf(!hasMosquitto)('meshmind start --scenario none --broker URL --zigbee2mqtt on a plain Mosquitto', () => {
  let directory: string;
  let broker: ChildProcess;
  let simulator: Zigbee2mqttSimulator;
  let stopMeshmind: (signal: string) => void;
  let running: Promise<number>;
  let output: () => string;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'meshmind-zigbee2mqtt-'));
    chmodSync(directory, 0o755);
    const port = await freePort();
    writeFileSync(join(directory, 'mosquitto.conf'), `listener ${port} 127.0.0.1\nallow_anonymous true\npersistence false\n`);
    broker = spawn(MOSQUITTO, ['-c', join(directory, 'mosquitto.conf')], { stdio: 'ignore' });
    await waitForPort(port, 15_000, 'mosquitto');
    const url = `mqtt://127.0.0.1:${port}`;
    simulator = new Zigbee2mqttSimulator({ mqttUrl: url, devices: zigbeeHome() });
    await simulator.start();
    const capture = captureIo({ MESHMIND_LOG_LEVEL: process.env.MESHMIND_TEST_LOG_LEVEL ?? 'warn' }, new Promise<string>((resolve) => (stopMeshmind = resolve)));
    output = () => capture.stdout() + capture.stderr();
    running = main(['start', '--scenario', 'none', '--broker', url, '--zigbee2mqtt', '--port', String(await freePort()), '--db', join(directory, 'meshmind.db')], capture.io);
    await waitFor(() => /meshmind is running/.test(output()), 150_000, 'meshmind start');
  }, 180_000);

  afterAll(async () => {
    stopMeshmind?.('SIGTERM');
    await running?.catch(() => 1);
    await simulator?.stop();
    broker?.kill();
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('starts with the zigbee2mqtt devices and controls them by chat', async () => {
    expect(output()).toMatch(/meshmind is running: 6 devices/);
    const coordinator = /coordinator\s+(http:\/\/\S+)/.exec(output())![1]!;
    const response = await fetch(`${coordinator}/api/goals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...ownerAuthorizationIn(directory) },
      body: JSON.stringify({ text: 'turn on the kitchen bulb and set the radiator to 21 degrees', wait: true }),
    });
    const goal = (await response.json()) as { status: string; answer: string | null };
    expect(goal.status, goal.answer ?? '').toBe('done');
    expect(simulator.state('Kitchen bulb').state).toBe('ON');
    expect(simulator.state('Radiator').occupied_heating_setpoint).toBe(21);
  }, 120_000);
});
