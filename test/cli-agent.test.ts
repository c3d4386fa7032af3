import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type Stack } from '@meshmind/cli';
import { scenarioFrom, startTestStack, waitFor } from './support/stack';
import { captureIo } from './support/cli-io';

const BIN = fileURLToPath(new URL('../bin/meshmind.mjs', import.meta.url));
// An agent process loads its sentence model and builds its device's index before it comes online:
// a few seconds alone, over 30 s on a 2-core machine running other test files beside it. These
// tests check that it comes online, not how fast (bench/cold-start-bench.ts measures that).
const ONLINE_WITHIN_MS = 120_000;
const AGENT_TEST_MS = 180_000;

describe('meshmind agent --config FILE (one agent, as on an edge board)', () => {
  let stack: Stack;
  let directory: string;
  let agent: ChildProcess | null = null;
  let output = '';

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'meshmind-edge-'));
    stack = await startTestStack(scenarioFrom('name: Empty porch\nareas: [ { id: porch, name: Porch } ]\ndevices: []\n'), {
      databasePath: join(directory, 'meshmind.db'),
      stateDirectory: directory,
    });
  });
  afterAll(async () => {
    if (agent && agent.exitCode === null) agent.kill('SIGKILL');
    await stack?.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  it('joins the broker, is registered with its profile, carries out a goal and leaves cleanly on SIGTERM', async () => {
    const config = join(directory, 'agent.yaml');
    // Enrolled as a person would on the coordinator's machine: credentials and a ready config.
    const capture = captureIo();
    const argv = ['devices', 'add', 'porch_light', '--type', 'light', '--name', 'Porch light', '--alias', 'front light', '--area', 'Porch'];
    expect(await main([...argv, '--broker', stack.mqttUrl, '--out', config, '--db', join(directory, 'meshmind.db')], capture.io)).toBe(0);
    expect(capture.stdout()).toContain('enrolled porch_light as device.porch_light');
    expect(statSync(config).mode & 0o777).toBe(0o600);
    expect(readFileSync(config, 'utf8')).toContain('username: device.porch_light');
    agent = spawn(process.execPath, [BIN, 'agent', '--config', config, '--data-dir', join(directory, 'data')], {
      env: { ...process.env, MESHMIND_LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    agent.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    agent.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitFor(() => stack.coordinator.registry.get('porch_light')?.availability === 'online', ONLINE_WITHIN_MS, 'the edge agent to come online');
    expect(stack.coordinator.registry.get('porch_light')?.profile).toMatchObject({ type: 'light', name: 'Porch light', aliases: ['front light'] });

    const goal = await stack.coordinator.goals.submit({ text: 'turn on the front light' }).finished;
    expect(goal.status).toBe('done');
    expect(stack.coordinator.registry.get('porch_light')?.state).toMatchObject({ on: true });

    const exited = new Promise<number | null>((resolve) => agent!.once('exit', (code) => resolve(code)));
    agent.kill('SIGTERM');
    expect(await exited).toBe(0);
    await waitFor(() => stack.coordinator.registry.get('porch_light')?.availability === 'offline', 30_000, 'the goodbye');
    expect(output).toContain('agent porch_light (light) is online');
  }, AGENT_TEST_MS);

  it('is disconnected when its identity is revoked, and exits 1 instead of knocking forever', async () => {
    const config = join(directory, 'revoked.yaml');
    const database = join(directory, 'meshmind.db');
    expect((await main(['devices', 'add', 'shed_light', '--type', 'light', '--name', 'Shed light', '--broker', stack.mqttUrl, '--out', config, '--db', database], captureIo().io))).toBe(0);
    const child = spawn(process.execPath, [BIN, 'agent', '--config', config, '--data-dir', join(directory, 'shed')], {
      env: { ...process.env, MESHMIND_LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      await waitFor(() => stack.coordinator.registry.get('shed_light')?.availability === 'online', ONLINE_WITHIN_MS, 'the shed light agent online');
      expect(await main(['devices', 'remove', 'shed_light', '--db', database], captureIo().io)).toBe(0);
      expect(await exited).toBe(1);
      expect(stderr).toContain('E_UNAUTHORIZED');
      expect(stack.coordinator.registry.get('shed_light')).toBeUndefined();
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, AGENT_TEST_MS);

  it('exits 1 with E_CONFIG_INVALID for a config that does not validate', async () => {
    const config = join(directory, 'bad.yaml');
    writeFileSync(config, 'broker: ftp://nowhere\ndevice: { id: "a/b", type: light }\n');
    const child = spawn(process.execPath, [BIN, 'agent', '--config', config], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
    expect(code).toBe(1);
    expect(stderr).toContain('E_CONFIG_INVALID');
  }, AGENT_TEST_MS);
});
