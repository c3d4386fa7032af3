import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalSecurity } from '@meshmind/coordinator';
import { agentClientId, connectMqtt } from '@meshmind/protocol';
import { main, startSimulation, type Simulation, type Stack } from '@meshmind/cli';
import { scenarioFrom, silentLogger, startTestStack, waitFor } from './support/stack';
import { requireSystemPackages } from './support/system-packages';
import { captureIo } from './support/cli-io';
import { freePort, waitForPort } from './support/ports';

const hasRedis = requireSystemPackages('broker-node tests', ['redis-server'], spawnSync('sh', ['-c', 'command -v redis-server']).status === 0);
const MESHMIND = fileURLToPath(new URL('../bin/meshmind.mjs', import.meta.url));

// The coordinator and the kitchen on node A; the hall on node B.
const KITCHEN = `
name: Two nodes, kitchen
areas: [ { id: kitchen, name: Kitchen }, { id: hall, name: Hall } ]
devices:
  - { id: kitchen_light, type: light, name: Kitchen light, area: kitchen, state: { on: false } }
  - { id: kitchen_plug, type: switch, name: Coffee plug, area: kitchen, state: { on: false } }
`;
const HALL = `
name: Two nodes, hall
areas: [ { id: kitchen, name: Kitchen }, { id: hall, name: Hall } ]
devices:
  - { id: hall_light, type: light, name: Hall light, area: hall, state: { on: false } }
  - { id: front_door_lock, type: lock, name: Front door, area: hall, state: { lock_state: locked } }
`;
const ALL_DEVICES = ['kitchen_light', 'kitchen_plug', 'hall_light', 'front_door_lock'];



/** One `meshmind broker serve` process; resolves once it says where it listens. */
async function startNode(port: number, redisUrl: string, database: string): Promise<{ process: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [MESHMIND, 'broker', 'serve', '--port', String(port), '--redis', redisUrl, '--db', database], {
    env: { ...process.env, MESHMIND_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitFor(() => output.includes('listening on') || child.exitCode !== null, 60_000, `broker node on ${port}`);
  if (child.exitCode !== null) throw new Error(`the broker node exited: ${output}`);
  return { process: child, url: `mqtt://127.0.0.1:${port}`, output: () => output };
}

async function stopProcess(child: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

describe.skipIf(!hasRedis)('two aedes broker nodes sharing one Redis (`meshmind broker serve --redis`)', () => {
  let directory: string;
  let database: string;
  let redis: ChildProcess;
  let nodeA: Awaited<ReturnType<typeof startNode>>;
  let nodeB: Awaited<ReturnType<typeof startNode>>;
  let security: LocalSecurity;
  let stack: Stack;
  let hall: Simulation;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'meshmind-broker-nodes-'));
    database = join(directory, 'meshmind.db');
    const redisPort = await freePort();
    redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', directory], { stdio: 'ignore' });
    await waitForPort(redisPort, 20_000, 'redis-server');
    const redisUrl = `redis://127.0.0.1:${redisPort}`;
    // The installation's identities (database + master key), as `meshmind start` makes them; the nodes read them.
    security = new LocalSecurity({ databasePath: database, stateDirectory: directory });
    for (const deviceId of ALL_DEVICES) security.device(deviceId);
    security.coordinator();
    [nodeA, nodeB] = await Promise.all([startNode(await freePort(), redisUrl, database), startNode(await freePort(), redisUrl, database)]);
    // `meshmind start --broker <node A>`: the coordinator and the kitchen's agents on node A.
    stack = await startTestStack(scenarioFrom(KITCHEN), { brokerUrl: nodeA.url, databasePath: database, stateDirectory: directory, subtaskTimeoutMs: 20_000 });
    // The hall's agents on node B, as on another board.
    const hallScenario = scenarioFrom(HALL);
    hall = await startSimulation({ scenario: hallScenario, site: null, mqttUrl: nodeB.url, credentialsFor: (deviceId) => security.device(deviceId), logger: silentLogger });
  }, 180_000);

  afterAll(async () => {
    await hall?.stop();
    await stack?.stop();
    security?.close();
    await stopProcess(nodeA?.process);
    await stopProcess(nodeB?.process);
    await stopProcess(redis);
    rmSync(directory, { recursive: true, force: true });
  }, 60_000);

  it('registers every device with the coordinator, whichever node its agent is connected to', async () => {
    const offline = () => ALL_DEVICES.filter((id) => stack.coordinator.registry.get(id)?.availability !== 'online');
    await waitFor(() => offline().length === 0, 30_000, 'every device online').catch(() => undefined);
    expect(offline()).toEqual([]);
  });

  it('refuses a client with bad credentials on either node', async () => {
    for (const url of [nodeA.url, nodeB.url]) {
      const refused = connectMqtt({ url, clientId: agentClientId('hall_light'), credentials: { username: 'device.hall_light', password: 'not-the-password' }, protocolVersion: 4 });
      await expect(refused).rejects.toMatchObject({ code: 'E_UNAUTHORIZED' });
    }
  });

  it('carries out one goal that spans both nodes', async () => {
    const goal = await stack.coordinator.goals.submit({ text: 'turn on the kitchen light and the hall light' }).finished;
    expect(goal.status).toBe('done');
    expect(stack.simulation.drivers.get('kitchen_light')!.getState().on).toBe(true);
    expect(hall.drivers.get('hall_light')!.getState().on).toBe(true);
    // Nothing else moved.
    expect(stack.simulation.drivers.get('kitchen_plug')!.getState().on).toBe(false);
    expect(hall.drivers.get('front_door_lock')!.getState().lock_state).toBe('locked');
  }, 60_000);

  it('keeps the clients of node A working after node B is killed', async () => {
    await stopProcess(nodeB.process, 'SIGKILL');
    const goal = await stack.coordinator.goals.submit({ text: 'turn off the kitchen light and turn on the coffee plug' }).finished;
    expect(goal.status).toBe('done');
    expect(stack.simulation.drivers.get('kitchen_light')!.getState().on).toBe(false);
    expect(stack.simulation.drivers.get('kitchen_plug')!.getState().on).toBe(true);
    // The hall's agents lost their node; the hall light kept the state it had.
    expect(hall.drivers.get('hall_light')!.getState().on).toBe(true);
  }, 60_000);
});

describe('meshmind broker serve refuses what it cannot run with', () => {
  const directories: string[] = [];
  afterAll(() => {
    for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
  });
  async function serve(argv: string[]): Promise<{ code: number; stderr: string }> {
    const capture = captureIo({ MESHMIND_LOG_LEVEL: 'silent' }, Promise.resolve('SIGTERM'));
    const code = await main(['broker', 'serve', ...argv], capture.io);
    return { code, stderr: capture.stderr() };
  }
  function installation(): string {
    const directory = mkdtempSync(join(tmpdir(), 'meshmind-broker-serve-'));
    directories.push(directory);
    const security = new LocalSecurity({ databasePath: join(directory, 'meshmind.db'), stateDirectory: directory });
    security.coordinator();
    security.close();
    return join(directory, 'meshmind.db');
  }

  it('without the coordinator\'s credentials (no database, no master key), instead of making up its own', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'meshmind-broker-serve-'));
    directories.push(directory);
    const result = await serve(['--port', '0', '--db', join(directory, 'meshmind.db')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('E_CONFIG_INVALID');
    expect(result.stderr).toContain("coordinator's credentials");
  });

  it.each([
    [['--redis', 'redis://127.0.0.1:1', '--store', '/tmp/x'], 'exclude each other'],
    [['--redis', 'http://127.0.0.1:6379'], 'not a Redis URL'],
    [['--port', 'soon'], '--port must be a port number'],
  ])('with %j', async (argv, message) => {
    const result = await serve(['--db', installation(), ...argv]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('E_CONFIG_INVALID');
    expect(result.stderr).toContain(message);
  });

  it('when Redis cannot be reached, with a coded error and nothing left running', async () => {
    const result = await serve(['--port', '0', '--db', installation(), '--redis', `redis://127.0.0.1:${await freePort()}`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('E_CONFIG_INVALID');
    expect(result.stderr).toContain('cannot reach Redis');
  }, 30_000);
});
