import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type Stack } from '@meshmind/cli';
// Plain JavaScript run by bin/meshmind.mjs before any loader exists: its freshness rule is tested here.
import { compiledEntry, fingerprintFile, ROOT, staleReason } from '../bin/compiled-cli.mjs';
import { captureIo } from './support/cli-io';
import { freePort, portOpen } from './support/ports';
import { scenarioFrom, startTestStack, waitFor } from './support/stack';

/*
 * The compiled CLI (`npm run build` -> dist/cli) as a person runs it: `meshmind run`, a stand-alone
 * `meshmind agent` with a TypeScript driver, and `meshmind start` serving the console's files, each
 * in its own process with MESHMIND_COMPILED=1 (the build or an error, never the sources through tsx).
 * Every path the code finds beside its own source (example home, console files, WordNet through
 * createRequire, the driver module) is exercised from the bundle.
 */

const BIN = fileURLToPath(new URL('../bin/meshmind.mjs', import.meta.url));
const BUILD = fileURLToPath(new URL('../scripts/build.mjs', import.meta.url));
const DRIVER = fileURLToPath(new URL('./support/recording-driver.ts', import.meta.url));
/** Generous on a loaded 2-core machine: a waited-for condition, never a measured time. */
const LONG = 180_000;
const run = promisify(execFile);

function compiledEnv(): NodeJS.ProcessEnv {
  return { ...process.env, MESHMIND_COMPILED: '1', MESHMIND_LOG_LEVEL: 'warn' };
}

describe('the compiled CLI', () => {
  let directory: string;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'meshmind-compiled-'));
    await run(process.execPath, [BUILD], { cwd: ROOT, timeout: LONG });
  }, LONG);

  afterAll(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('is the one bin/meshmind.mjs runs while it matches the sources', () => {
    expect(compiledEntry({})).toMatch(/\/dist\/cli\/build-[^/]+\/main\.js$/);
    expect(compiledEntry({ MESHMIND_COMPILED: '0' })).toBeNull();
  });

  it('runs a one-sentence meshmind run and the kitchen light goes on', async () => {
    const { stdout } = await run(process.execPath, [BIN, 'run', '--say', 'turn on the kitchen light', '--json'], { cwd: directory, env: compiledEnv(), timeout: LONG });
    const outcome = JSON.parse(stdout) as { replies: string[]; devices: Record<string, { state: Record<string, unknown> }> };
    expect(outcome.devices.kitchen_light?.state.on).toBe(true);
    expect(outcome.replies[0]).toMatch(/kitchen light/i);
  }, LONG);

  it('runs a stand-alone agent whose TypeScript driver applies the goal', async () => {
    const stack: Stack = await startTestStack(scenarioFrom('name: Porch\nareas: [ { id: porch, name: Porch } ]\ndevices: []\n'), {
      databasePath: join(directory, 'meshmind.db'),
      stateDirectory: directory,
      subtaskTimeoutMs: LONG,
    });
    try {
      const config = join(directory, 'porch.yaml');
      const enroll = ['devices', 'add', 'porch_light', '--type', 'light', '--name', 'Porch light', '--area', 'Porch', '--broker', stack.mqttUrl, '--out', config, '--db', join(directory, 'meshmind.db')];
      expect(await main(enroll, captureIo().io)).toBe(0);
      const logFile = join(directory, 'porch-actions.log');
      appendFileSync(config, `driver: ${JSON.stringify(DRIVER)}\nstate: ${JSON.stringify({ stateFile: join(directory, 'porch-state.json'), logFile, initial: { on: false } })}\n`);
      const agent = spawn(process.execPath, [BIN, 'agent', '--config', config, '--data-dir', join(directory, 'porch-data')], { env: compiledEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
      children.push(agent);
      let output = '';
      agent.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      agent.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      await waitFor(() => stack.coordinator.registry.get('porch_light')?.availability === 'online' || agent.exitCode !== null, LONG, 'the compiled agent online');
      expect(agent.exitCode, output).toBeNull();
      const goal = await stack.coordinator.goals.submit({ text: 'turn on the porch light' }).finished;
      expect(goal.status).toBe('done');
      // Counted from the device's side: its driver logged the call and saved its new state.
      const actions = readFileSync(logFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { function: string; pid: number });
      expect(actions).toHaveLength(1);
      expect(actions[0]!.pid).toBe(agent.pid);
      expect(JSON.parse(readFileSync(join(directory, 'porch-state.json'), 'utf8'))).toMatchObject({ on: true });
      const exited = new Promise((resolve) => agent.once('exit', resolve));
      agent.kill('SIGTERM');
      await exited;
    } finally {
      await stack.stop();
    }
  }, LONG * 2);

  it('serves the web console from its source folder under meshmind start', async () => {
    const port = await freePort();
    const mqttPort = await freePort();
    const start = spawn(process.execPath, [BIN, 'start', '--scenario', 'none', '--port', String(port), '--mqtt-port', String(mqttPort), '--db', join(directory, 'start.db')], {
      cwd: directory,
      env: compiledEnv(),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    children.push(start);
    let errors = '';
    start.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    try {
      const deadline = Date.now() + LONG;
      while (!(await portOpen(port)) && start.exitCode === null && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(start.exitCode, errors).toBeNull();
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<html/i);
    } finally {
      if (start.exitCode === null) {
        const exited = new Promise((resolve) => start.once('exit', resolve));
        start.kill('SIGTERM');
        await exited;
      }
    }
  }, LONG);
});

describe('when the compiled CLI is stale', () => {
  // A file of the checkout (.meshmind/ is ignored by git) standing for one source of a build.
  const folder = join(ROOT, '.meshmind', `compiled-cli-test-${process.pid}`);
  const source = join(folder, 'source.ts');
  const relativePath = `.meshmind/compiled-cli-test-${process.pid}/source.ts`;

  beforeAll(() => {
    mkdirSync(folder, { recursive: true });
    writeFileSync(source, 'export const answer = 41;\n');
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const manifest = () => ({ entry: 'build-x/main.js', inputs: [fingerprintFile(relativePath)] });

  it('stays fresh when a file is only touched', () => {
    const built = manifest();
    const later = new Date(Date.now() + 5_000);
    utimesSync(source, later, later);
    expect(staleReason(built)).toBeNull();
  });

  it('is stale when a file\'s text changes at the same size', () => {
    const built = manifest();
    writeFileSync(source, 'export const answer = 42;\n');
    expect(staleReason(built)).toBe(`${relativePath} changed`);
  });

  it('is stale when a file is gone, and when the manifest is unreadable', () => {
    const built = manifest();
    rmSync(source);
    expect(staleReason(built)).toBe(`${relativePath} is gone`);
    expect(staleReason(null)).toBe('the build manifest is unreadable');
    writeFileSync(source, 'export const answer = 41;\n');
  });

  it('makes MESHMIND_COMPILED=1 fail with E_BUILD_STALE, and the default run the sources', () => {
    const manifestPath = join(folder, 'manifest.json');
    writeFileSync(manifestPath, JSON.stringify(manifest()));
    writeFileSync(source, 'export const answer = 43;\n');
    expect(() => compiledEntry({ MESHMIND_COMPILED: '1' }, manifestPath)).toThrow(expect.objectContaining({ code: 'E_BUILD_STALE' }));
    expect(compiledEntry({}, manifestPath)).toBeNull();
    expect(() => compiledEntry({ MESHMIND_COMPILED: '1' }, join(folder, 'no-manifest.json'))).toThrow(expect.objectContaining({ code: 'E_BUILD_STALE' }));
  });
});
