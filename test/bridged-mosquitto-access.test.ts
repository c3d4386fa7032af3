import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '@meshmind/cli';
import { LocalSecurity } from '@meshmind/coordinator';
import { zigbee2mqttDeviceId } from '@meshmind/devices';
import { AccessPolicy, MeshmindError, Topics, closeMqtt, connectMqtt, toMeshmindError, usernameOf } from '@meshmind/protocol';
import { Zigbee2mqttSimulator } from './support/zigbee2mqtt-simulator';
import { ieeeOf, zigbeeHome } from './support/zigbee2mqtt-home';
import { startPlainBroker, type PlainBroker } from './support/plain-broker';
import { FakeTasmotaPlug, startHouseholdBroker, type HouseholdBroker } from './support/ha-broker';
import { captureIo } from './support/cli-io';
import { ownerAuthorizationIn, waitFor } from './support/stack';
import { requireSystemPackages } from './support/system-packages';
import { freePort, MOSQUITTO_BINARY, MOSQUITTO_INSTALLED, waitForPort } from './support/ports';

const hasMosquitto = requireSystemPackages('bridged devices on a meshmind-configured Mosquitto tests', ['mosquitto'], MOSQUITTO_INSTALLED);
const topics = new Topics();
const BULB = zigbee2mqttDeviceId(ieeeOf(100));
const PLUG = zigbee2mqttDeviceId(ieeeOf(104));
const HA_PLUG = 'ha_c0ffee123456';

/** The ACL file as identity -> its `topic ...` lines. */
function aclBlocks(text: string): Map<string, string[]> {
  const blocks = new Map<string, string[]>();
  let user: string | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('user ')) {
      user = line.slice(5);
      blocks.set(user, []);
    } else if (user && line.startsWith('topic ')) blocks.get(user)!.push(line);
  }
  return blocks;
}

/**
 * `meshmind broker mosquitto-config` and a real Mosquitto, zigbee2mqtt on its own broker, and
 * `meshmind start --broker <Mosquitto> --mosquitto-config DIR --zigbee2mqtt`: each bridged device's
 * agent is written into Mosquitto's files with exactly its own rights, and out of them when it leaves.
 */
describe.skipIf(!hasMosquitto)('bridged devices on a Mosquitto configured by meshmind', () => {
  let directory: string;
  let mosquittoDirectory: string;
  let databasePath: string;
  let mosquitto: ChildProcess;
  let mosquittoUrl: string;
  let zigbeeBroker: PlainBroker;
  let household: HouseholdBroker;
  let tasmota: FakeTasmotaPlug;
  let simulator: Zigbee2mqttSimulator;
  let stopMeshmind: (signal: string) => void;
  let running: Promise<number>;
  let output: () => string;
  let security: LocalSecurity;

  const loginOf = (deviceId: string) => {
    const username = usernameOf({ kind: 'agent', deviceId });
    return { username, password: security.credentials.derivedPassword({ kind: 'agent', deviceId }) };
  };
  /** Connects to Mosquitto as a device's identity (a probe client id; Mosquitto binds none). */
  const connectAs = (deviceId: string) =>
    connectMqtt({ url: mosquittoUrl, clientId: `probe-${deviceId.slice(-6)}-${Math.random().toString(36).slice(2, 8)}`, credentials: loginOf(deviceId), protocolVersion: 5 });

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'meshmind-bridged-mosquitto-'));
    chmodSync(directory, 0o755);
    // Mosquitto's files beside meshmind's data directory, never inside it: that one becomes 0700 and
    // Mosquitto, dropped to its own user, could not enter it.
    mosquittoDirectory = join(directory, 'mosquitto');
    databasePath = join(directory, 'data', 'meshmind.db');
    const port = await freePort();
    const written = captureIo();
    const code = await main(['broker', 'mosquitto-config', mosquittoDirectory, '--scenario', 'none', '--port', String(port), '--db', databasePath], written.io);
    expect(code, written.stderr()).toBe(0);
    mosquitto = spawn(MOSQUITTO_BINARY, ['-c', join(mosquittoDirectory, 'mosquitto.conf')], { stdio: 'ignore' });
    await waitForPort(port, 15_000, 'mosquitto');
    mosquittoUrl = `mqtt://127.0.0.1:${port}`;
    zigbeeBroker = await startPlainBroker();
    simulator = new Zigbee2mqttSimulator({ mqttUrl: zigbeeBroker.url, devices: zigbeeHome() });
    await simulator.start();
    household = await startHouseholdBroker({ plug: 'plug-secret', meshmind: 'bridge-secret' });
    tasmota = new FakeTasmotaPlug({ url: household.url, username: 'plug', password: 'plug-secret', topic: 'tasmota_C0FFEE', mac: 'C0FFEE123456', name: 'Coffee machine plug' });
    await tasmota.start();
    const env = { MESHMIND_LOG_LEVEL: process.env.MESHMIND_TEST_LOG_LEVEL ?? 'warn', MESHMIND_HA_PASSWORD: 'bridge-secret' };
    const capture = captureIo(env, new Promise<string>((resolve) => (stopMeshmind = resolve)));
    output = () => capture.stdout() + capture.stderr();
    running = main(
      ['start', '--scenario', 'none', '--broker', mosquittoUrl, '--mosquitto-config', mosquittoDirectory, '--zigbee2mqtt', '--zigbee2mqtt-broker', zigbeeBroker.url, '--ha-discovery', '--ha-broker', household.url, '--ha-username', 'meshmind', '--port', String(await freePort()), '--db', databasePath],
      capture.io,
    );
    await waitFor(() => /meshmind is running/.test(output()) || /meshmind start: /.test(output()), 150_000, 'meshmind start');
    security = new LocalSecurity({ databasePath, stateDirectory: dirname(databasePath) });
  }, 180_000);

  afterAll(async () => {
    stopMeshmind?.('SIGTERM');
    await running?.catch(() => 1);
    security?.close();
    await simulator?.stop();
    await zigbeeBroker?.close();
    await tasmota?.stop();
    await household?.close();
    mosquitto?.kill();
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('writes each bridged agent into the password file and the ACL with exactly the rights of its identity', async () => {
    expect(output()).toMatch(/meshmind is running: 6 devices/);
    const haUser = usernameOf({ kind: 'agent', deviceId: HA_PLUG });
    await waitFor(() => readFileSync(join(mosquittoDirectory, 'passwd'), 'utf8').includes(`${haUser}:`), 30_000, 'the HA discovery plug in the password file');
    const passwords = readFileSync(join(mosquittoDirectory, 'passwd'), 'utf8');
    const blocks = aclBlocks(readFileSync(join(mosquittoDirectory, 'acl'), 'utf8'));
    const policy = new AccessPolicy(topics);
    for (const deviceId of [BULB, PLUG, HA_PLUG]) {
      const username = usernameOf({ kind: 'agent', deviceId });
      expect(passwords).toMatch(new RegExp(`^${username.replace(/\./g, '\\.')}:\\$7\\$`, 'm'));
      expect(blocks.get(username)).toEqual(policy.rules({ kind: 'agent', deviceId }).map((rule) => `topic ${rule.access} ${rule.topic}`));
    }
  });

  it('Mosquitto lets a bridged agent read only its own subtasks and write only its own device', async () => {
    const agent = await connectAs(BULB);
    const coordinatorLogin = { username: 'coordinator', password: security.credentials.derivedPassword({ kind: 'coordinator' }) };
    const coordinator = await connectMqtt({ url: mosquittoUrl, clientId: 'meshmind-coordinator-probe', credentials: coordinatorLogin, protocolVersion: 5 });
    try {
      const read: string[] = [];
      agent.on('message', (topic) => read.push(topic));
      for (const filter of ['#', topics.allDevices('subtasks'), topics.device(PLUG, 'subtasks'), topics.device(BULB, 'subtasks')]) {
        await agent.subscribeAsync(filter, { qos: 1 }).catch(() => undefined);
      }
      const written: string[] = [];
      coordinator.on('message', (topic) => written.push(topic));
      await coordinator.subscribeAsync(topics.allDevices('progress'), { qos: 1 });
      // Not a valid subtask: the bulb's agent answers it with an error and does nothing.
      await coordinator.publishAsync(topics.device(PLUG, 'subtasks'), 'probe', { qos: 1 });
      await coordinator.publishAsync(topics.device(BULB, 'subtasks'), 'probe', { qos: 1 });
      // MQTT 5: Mosquitto answers a publish outside the identity's rights "not authorized" and drops it.
      await expect(agent.publishAsync(topics.device(PLUG, 'progress'), '{}', { qos: 1 })).rejects.toThrow(/not authorized/i);
      await agent.publishAsync(topics.device(BULB, 'progress'), '{}', { qos: 1 });
      await waitFor(() => read.length > 0 && written.length > 0, 10_000, 'the messages the bulb\'s identity may read and write');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect([...new Set(read)]).toEqual([topics.device(BULB, 'subtasks')]);
      expect(written).toEqual([topics.device(BULB, 'progress')]);
    } finally {
      await closeMqtt(agent);
      await closeMqtt(coordinator);
    }
  }, 30_000);

  it('carries out a goal on a bridged device through Mosquitto', async () => {
    const coordinator = /coordinator\s+(http:\/\/\S+)/.exec(output())![1]!;
    const response = await fetch(`${coordinator}/api/goals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...ownerAuthorizationIn(dirname(databasePath)) },
      body: JSON.stringify({ text: 'turn on the kitchen bulb', wait: true }),
    });
    const goal = (await response.json()) as { status: string; answer: string | null };
    expect(goal.status, goal.answer ?? '').toBe('done');
    expect(simulator.state('Kitchen bulb').state).toBe('ON');
  }, 120_000);

  it('a device that leaves zigbee2mqtt is written out of both files and Mosquitto refuses its login', async () => {
    const username = usernameOf({ kind: 'agent', deviceId: PLUG });
    // Its login works while it is bridged.
    await closeMqtt(await connectAs(PLUG));
    await simulator.remove('Coffee plug');
    await waitFor(() => !readFileSync(join(mosquittoDirectory, 'passwd'), 'utf8').includes(`${username}:`), 30_000, 'the plug out of the password file');
    expect(aclBlocks(readFileSync(join(mosquittoDirectory, 'acl'), 'utf8')).has(username)).toBe(false);
    // Mosquitto reloads the files on the SIGHUP meshmind sent; from then on the login is refused.
    let refusal: MeshmindError | null = null;
    const deadline = Date.now() + 15_000;
    while (!refusal && Date.now() < deadline) {
      try {
        await closeMqtt(await connectAs(PLUG));
        await new Promise((resolve) => setTimeout(resolve, 100));
      } catch (error) {
        refusal = toMeshmindError(error);
      }
    }
    expect(refusal?.code).toBe('E_UNAUTHORIZED');
    // The other bridged devices keep their logins.
    await closeMqtt(await connectAs(BULB));
  }, 60_000);

  it('a device whose HA discovery config is cleared is written out of both files and refused', async () => {
    const username = usernameOf({ kind: 'agent', deviceId: HA_PLUG });
    await closeMqtt(await connectAs(HA_PLUG));
    await tasmota.withdraw();
    await waitFor(() => !readFileSync(join(mosquittoDirectory, 'passwd'), 'utf8').includes(`${username}:`), 30_000, 'the HA plug out of the password file');
    expect(aclBlocks(readFileSync(join(mosquittoDirectory, 'acl'), 'utf8')).has(username)).toBe(false);
    let refused = false;
    const deadline = Date.now() + 15_000;
    while (!refused && Date.now() < deadline) {
      try {
        await closeMqtt(await connectAs(HA_PLUG));
        await new Promise((resolve) => setTimeout(resolve, 100));
      } catch (error) {
        refused = toMeshmindError(error).code === 'E_UNAUTHORIZED';
      }
    }
    expect(refused).toBe(true);
  }, 60_000);
});
