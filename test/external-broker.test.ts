import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MqttClient } from 'mqtt';
import { Topics, agentClientId, connectMqtt, publishMessage } from '@meshmind/protocol';
import { main, type Stack } from '@meshmind/cli';
import { changedDevices, scenarioFrom, startTestStack, statesOf, waitFor } from './support/stack';
import { requireSystemPackages } from './support/system-packages';
import { captureIo } from './support/cli-io';
import { freePort, MOSQUITTO_BINARY, MOSQUITTO_INSTALLED, waitForPort } from './support/ports';

const hasMosquitto = requireSystemPackages('external-broker tests', ['mosquitto'], MOSQUITTO_INSTALLED);
const MOSQUITTO = MOSQUITTO_BINARY;



const SCENARIO = `
name: Mosquitto flat
areas: [ { id: kitchen, name: Kitchen }, { id: hall, name: Hall } ]
devices:
  - { id: kitchen_light, type: light, name: Kitchen light, area: kitchen, state: { on: false } }
  - { id: kitchen_plug, type: switch, name: Coffee plug, area: kitchen, state: { on: false } }
  - { id: front_door_lock, type: lock, name: Front door, area: hall, state: { lock_state: locked } }
`;

const topics = new Topics();

/** Runs one CLI command in process and returns its exit code and output. */
async function cli(argv: string[]): Promise<{ code: number; output: string }> {
  const capture = captureIo();
  const code = await main(argv, capture.io);
  return { code, output: capture.stdout() + capture.stderr() };
}

describe.skipIf(!hasMosquitto)('with a real Mosquitto configured by `meshmind broker mosquitto-config` (MQTT 5)', () => {
  let broker: ChildProcess;
  let directory: string;
  let database: string;
  let configDirectory: string;
  let url: string;
  let stack: Stack;
  const clients: MqttClient[] = [];

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'meshmind-mosquitto-'));
    // Mosquitto started as root reads its files as the mosquitto user: it must be able to walk here.
    chmodSync(directory, 0o755);
    // meshmind's data directory (made 0700) and Mosquitto's beside it, not inside it.
    database = join(directory, 'data', 'meshmind.db');
    configDirectory = join(directory, 'mosquitto');
    writeFileSync(join(directory, 'flat.yaml'), SCENARIO);
    const port = await freePort();
    // A second board's agent, enrolled beside the simulated ones; it will turn hostile.
    expect((await cli(['devices', 'add', 'garden_plug', '--type', 'switch', '--name', 'Garden plug', '--out', join(directory, 'garden.yaml'), '--db', database])).code).toBe(0);
    const written = await cli(['broker', 'mosquitto-config', configDirectory, '--scenario', join(directory, 'flat.yaml'), '--port', String(port), '--db', database]);
    expect(written.code, written.output).toBe(0);
    broker = spawn(MOSQUITTO, ['-c', join(configDirectory, 'mosquitto.conf')], { stdio: 'ignore' });
    await waitForPort(port, 10_000, 'mosquitto');
    url = `mqtt://127.0.0.1:${port}`;
    stack = await startTestStack(scenarioFrom(SCENARIO), { brokerUrl: url, databasePath: database, stateDirectory: dirname(database) });
  });
  afterAll(async () => {
    for (const client of clients) await client.endAsync(true).catch(() => undefined);
    await stack?.stop();
    broker?.kill();
    rmSync(directory, { recursive: true, force: true });
  });

  /** The garden plug's agent, with the secret `devices add` wrote into its config. */
  async function gardenPlug(): Promise<MqttClient> {
    const config = readFileSync(join(directory, 'garden.yaml'), 'utf8');
    const password = /password: (\S+)/.exec(config)![1]!;
    const client = await connectMqtt({ url, clientId: agentClientId('garden_plug'), credentials: { username: 'device.garden_plug', password } });
    clients.push(client);
    return client;
  }

  it('refuses anonymous clients and wrong passwords', async () => {
    await expect(connectMqtt({ url, clientId: 'anonymous-probe' })).rejects.toMatchObject({ code: 'E_UNAUTHORIZED' });
    await expect(connectMqtt({ url, clientId: 'meshmind-coordinator-x', credentials: { username: 'coordinator', password: 'guess' } })).rejects.toMatchObject({
      code: 'E_UNAUTHORIZED',
    });
  });

  it('negotiates MQTT 5 with a broker that speaks it', async () => {
    const client = await connectMqtt({ url, clientId: 'meshmind-coordinator-v5probe', credentials: stack.security.coordinator() });
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

  it('keeps the front door locked when an enrolled agent publishes a confirmed unlock subtask', async () => {
    const intruder = await gardenPlug();
    const request = { id: 'attack', goalId: 'attack', text: 'unlock the door', deadline: Date.now() + 5_000, issuedAt: Date.now(), confirmed: true };
    // Mosquitto answers a denied QoS 1 publish of MQTT 5 with "not authorized" and drops it.
    await publishMessage(intruder, topics.device('front_door_lock', 'subtasks'), request).catch(() => undefined);
    await publishMessage(intruder, topics.device('kitchen_light', 'availability'), 'offline', { retain: true }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(stack.simulation.drivers.get('front_door_lock')!.getState().lock_state).toBe('locked');
    expect(stack.coordinator.registry.get('kitchen_light')?.availability).toBe('online');
  });

  it('keeps a device when another client publishes an empty profile for it, and adds no fake device', async () => {
    const intruder = await gardenPlug();
    const fake = { ...stack.coordinator.registry.get('kitchen_light')!.profile, id: 'fake_lock', name: 'Fake lock' };
    await publishMessage(intruder, topics.device('fake_lock', 'profile'), fake, { retain: true }).catch(() => undefined);
    await publishMessage(intruder, topics.device('kitchen_light', 'profile'), '', { retain: true }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(stack.coordinator.registry.get('fake_lock')).toBeUndefined();
    expect(stack.coordinator.registry.get('kitchen_light')?.profile.name).toBe('Kitchen light');
  });

  it('does not let an enrolled agent answer another device\'s subtask', async () => {
    const intruder = await gardenPlug();
    const { goalId, finished } = stack.coordinator.goals.submit({ text: 'turn on the coffee plug' });
    await waitFor(() => (stack.coordinator.goals.view(goalId)?.subtasks.length ?? 0) > 0, 3_000, 'the subtask');
    const subtaskId = stack.coordinator.goals.view(goalId)!.subtasks[0]!.id;
    const lie = { status: 'error', id: subtaskId, error: { code: 'E_DEVICE_FAULT', message: 'the plug is on fire' } };
    await publishMessage(intruder, topics.device('kitchen_plug', 'reports'), lie).catch(() => undefined);
    const goal = await finished;
    expect(goal.status).toBe('done');
    expect(goal.answer).not.toContain('fire');
  });

  it('lets an enrolled agent read nothing but its own subtasks', async () => {
    const intruder = await gardenPlug();
    const seen: string[] = [];
    intruder.on('message', (topic) => seen.push(topic));
    for (const filter of ['#', topics.allDevices('subtasks'), topics.allDevices('state')]) await intruder.subscribeAsync(filter, { qos: 1 }).catch(() => undefined);
    await stack.coordinator.goals.submit({ text: 'turn off the kitchen light' }).finished;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(seen).toEqual([]);
  });

  it('carries out a goal sent while Mosquitto restarts: nothing is lost, the light changes once', async () => {
    const light = stack.simulation.drivers.get('kitchen_light')!;
    const before = light.getState().on;
    const port = Number(url.split(':').pop());
    const stopped = new Promise((resolve) => broker.once('exit', resolve));
    broker.kill('SIGTERM'); // Mosquitto saves its sessions on the way down (persistence true)
    await stopped;
    let goal: ReturnType<typeof stack.coordinator.goals.submit>;
    try {
      // The process is gone; the coordinator notices when its socket closes, a moment later.
      await waitFor(() => !stack.coordinator.dispatcher.brokerConnected(), 5_000, 'the coordinator to see the broker gone');
      goal = stack.coordinator.goals.submit({ text: before ? 'turn off the kitchen light' : 'turn on the kitchen light' });
      // The broker published every agent's last will as it went down: the coordinator, cut off itself,
      // does not take that as the truth and keeps the subtask for when the broker is back.
      await waitFor(() => stack.coordinator.dispatcher.unsentCount() === 1, 5_000, 'the subtask waiting in the outbox');
    } finally {
      // Back in any case: the tests after this one need the broker.
      broker = spawn(MOSQUITTO, ['-c', join(configDirectory, 'mosquitto.conf')], { stdio: 'ignore' });
      await waitForPort(port, 10_000, 'mosquitto');
    }
    const finished = await goal.finished;
    expect(finished.status).toBe('done');
    expect(light.getState().on).toBe(!before);
  });

  it('sees the last will of an agent that drops off', async () => {
    await stack.simulation.agents.get('kitchen_plug')!.crash();
    await waitFor(() => stack.coordinator.registry.get('kitchen_plug')?.availability === 'offline', 5_000, 'the last will');
  });

  it('refuses a revoked agent once the files are written again and Mosquitto reloads them', async () => {
    expect((await cli(['devices', 'remove', 'garden_plug', '--db', database])).code).toBe(0);
    expect((await cli(['broker', 'mosquitto-config', configDirectory, '--scenario', join(directory, 'flat.yaml'), '--port', url.split(':').pop()!, '--db', database])).code).toBe(0);
    broker.kill('SIGHUP');
    await waitFor(() => !readFileSync(join(configDirectory, 'passwd'), 'utf8').includes('device.garden_plug'), 1_000, 'the password file without it');
    let refused = false;
    for (let attempt = 0; attempt < 50 && !refused; attempt += 1) {
      refused = await gardenPlug().then(
        (client) => client.endAsync().then(() => false),
        (error: { code?: string }) => error.code === 'E_UNAUTHORIZED',
      );
      if (!refused) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(refused).toBe(true);
  });
});
