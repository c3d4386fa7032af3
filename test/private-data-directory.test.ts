import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '@meshmind/cli';
import { captureIo } from './support/cli-io';
import { freePort } from './support/ports';
import { ownerAuthorizationIn, waitFor } from './support/stack';

const BIN = fileURLToPath(new URL('../bin/meshmind.mjs', import.meta.url));
const SCENARIO = `
name: Private flat
areas: [ { id: kitchen, name: Kitchen } ]
devices:
  - { id: kitchen_light, type: light, name: Kitchen light, area: kitchen, state: { on: false } }
`;
const TIGHTENED = /the data directory \S+ was open to other users \(mode 0755\); it is now 0700/g;

/** Every file and directory under `root` (itself included) with its permission bits, symlinks not followed. */
function modesUnder(root: string): Map<string, number> {
  const modes = new Map<string, number>([['.', statSync(root).mode & 0o777]]);
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      modes.set(relative(root, path), lstatSync(path).mode & 0o777);
      if (entry.isDirectory()) walk(path);
    }
  };
  walk(root);
  return modes;
}

/** The entries group or others may read, write or enter: the data directory must have none. */
function openToOthers(modes: Map<string, number>): string[] {
  return [...modes].filter(([, mode]) => (mode & 0o077) !== 0).map(([path, mode]) => `${path} 0${mode.toString(8)}`);
}

/**
 * The real CLI (`bin/meshmind.mjs start`, its own process, umask and all) on a data directory an
 * older version left open (0755, with a task database made under umask 022): after a start and a
 * goal, the directory is 0700 and nothing in it is open to group or others, the databases' WAL
 * files and the broker's LevelDB store included.
 */
describe('the data directory is private', () => {
  let directory: string;
  let dataDirectory: string;
  let coordinator: ChildProcess | null = null;
  let output = '';

  const startCli = async (): Promise<{ url: string; exited: Promise<number | null> }> => {
    output = '';
    const port = await freePort();
    const child = spawn(process.execPath, [BIN, 'start', '--scenario', join(directory, 'flat.yaml'), '--db', join(dataDirectory, 'meshmind.db'), '--port', String(port), '--mqtt-port', String(await freePort())], {
      cwd: directory,
      env: { ...process.env, MESHMIND_LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    coordinator = child;
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await waitFor(() => /meshmind is running/.test(output) || child.exitCode !== null, 150_000, 'meshmind start');
    expect(child.exitCode, output).toBeNull();
    return { url: `http://127.0.0.1:${port}`, exited };
  };
  const stopCli = async (exited: Promise<number | null>) => {
    coordinator?.kill('SIGTERM');
    expect(await exited, output).toBe(0);
    coordinator = null;
  };

  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'meshmind-private-'));
    writeFileSync(join(directory, 'flat.yaml'), SCENARIO);
    dataDirectory = join(directory, '.meshmind');
    // As an older version, the user or `mkdir -p` left it: open to everyone on the machine.
    mkdirSync(dataDirectory, { mode: 0o755 });
    chmodSync(dataDirectory, 0o755);
    const oldTasks = new Database(join(dataDirectory, 'agents.db'));
    oldTasks.exec('CREATE TABLE leftover (id INTEGER)');
    oldTasks.close();
    chmodSync(join(dataDirectory, 'agents.db'), 0o644);
  });

  afterAll(() => {
    coordinator?.kill('SIGKILL');
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('closes an open data directory, says so once, and keeps every file in it from group and others through a goal', async () => {
    const { url, exited } = await startCli();
    expect(output.match(TIGHTENED)?.length, output).toBe(1);

    const response = await fetch(`${url}/api/goals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...ownerAuthorizationIn(dataDirectory) },
      body: JSON.stringify({ text: 'turn on the kitchen light', wait: true }),
    });
    const goal = (await response.json()) as { status: string; answer: string | null };
    expect(goal.status, goal.answer ?? '').toBe('done');

    // While it runs: the databases' -wal and -shm exist now and must be as closed as their databases.
    const running = modesUnder(dataDirectory);
    expect(running.get('.')).toBe(0o700);
    for (const file of ['meshmind.db', 'meshmind.db-wal', 'meshmind.db-shm', 'agents.db', 'agents.db-wal', 'agents.db-shm', 'master.key', 'owner.token']) {
      expect(running.get(file), `${file} in ${[...running.keys()].join(', ')}`).toBe(0o600);
    }
    expect(running.get('broker'), 'the broker store').toBe(0o700);
    expect(openToOthers(running)).toEqual([]);

    await stopCli(exited);
    expect(openToOthers(modesUnder(dataDirectory))).toEqual([]);
  }, 240_000);

  it("keeps Mosquitto's files out of the data directory, with modes of their own whatever the umask", async () => {
    const inside = captureIo();
    const refusedCode = await main(['broker', 'mosquitto-config', join(dataDirectory, 'mosquitto'), '--scenario', 'none', '--db', join(dataDirectory, 'meshmind.db')], inside.io);
    expect(refusedCode).toBe(1);
    expect(inside.stderr()).toMatch(/E_CONFIG_INVALID: the Mosquitto directory .* lies inside meshmind's data directory .*\.meshmind-mosquitto/);
    const mosquittoDirectory = join(directory, '.meshmind-mosquitto');
    // As the CLI runs (bin/meshmind.mjs): Mosquitto's user must still be able to read what it needs.
    const previous = process.umask(0o077);
    try {
      const written = captureIo();
      const code = await main(['broker', 'mosquitto-config', mosquittoDirectory, '--scenario', 'none', '--db', join(dataDirectory, 'meshmind.db'), '--tls'], written.io);
      expect(code, written.stderr()).toBe(0);
    } finally {
      process.umask(previous);
    }
    const modes = modesUnder(mosquittoDirectory);
    expect(Object.fromEntries(modes)).toEqual({
      '.': 0o755,
      'mosquitto.conf': 0o644,
      passwd: 0o600,
      acl: 0o600,
      data: 0o700,
      run: 0o755,
      tls: 0o755,
      'tls/cert.pem': 0o644,
      'tls/key.pem': 0o600,
    });
    expect(openToOthers(modesUnder(dataDirectory))).toEqual([]);
  });

  it('says nothing on a later start: the directory is already its owner\'s', async () => {
    const { exited } = await startCli();
    expect(output).not.toMatch(TIGHTENED);
    await stopCli(exited);
    expect(statSync(dataDirectory).mode & 0o777).toBe(0o700);
  }, 240_000);
});
