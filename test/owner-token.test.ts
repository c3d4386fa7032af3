import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { apiTokenFor, main } from '@meshmind/cli';
import { captureIo } from './support/cli-io';

const GARAGE_YAML = `
name: Garage
floors: [ { id: ground, name: Ground floor } ]
areas: [ { id: garage, name: Garage, floor: ground } ]
devices:
  - { id: garage_door, type: garage_door, name: Garage door, aliases: [garage], area: garage, state: { door_state: closed } }
  - { id: garage_light, type: light, name: Garage light, area: garage, state: { on: false } }
`;

const directories: string[] = [];
function temporaryDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'meshmind-owner-token-'));
  directories.push(directory);
  return directory;
}
afterAll(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

interface Running {
  banner: string;
  url: string;
  stop(): Promise<number>;
}

/** `meshmind start` in this process, as a person runs it, until its banner is out. */
async function start(stateDirectory: string, scenarioPath: string): Promise<Running> {
  let signal!: (name: string) => void;
  const capture = captureIo({ MESHMIND_LOG_LEVEL: 'silent' }, new Promise<string>((resolve) => (signal = resolve)));
  const running = main(['start', '--scenario', scenarioPath, '--port', '0', '--mqtt-port', '0', '--db', join(stateDirectory, 'meshmind.db')], capture.io);
  const deadline = Date.now() + 60_000;
  while (!/^Console: /m.test(capture.stdout()) && Date.now() < deadline) {
    const failed = await Promise.race([running.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), 50))]);
    if (failed) throw new Error(`meshmind start ended early: ${capture.stderr()}`);
  }
  const banner = capture.stdout();
  const url = /^ {2}coordinator {2}(http:\/\/127\.0\.0\.1:\d+)$/m.exec(banner)?.[1];
  if (!url) throw new Error(`no coordinator address in the banner:\n${banner}\n${capture.stderr()}`);
  return {
    banner,
    url,
    stop: async () => {
      signal('SIGTERM');
      return running;
    },
  };
}

async function chat(env: NodeJS.ProcessEnv, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const capture = captureIo(env);
  const code = await main(['chat', ...argv], capture.io);
  return { code, stdout: capture.stdout(), stderr: capture.stderr() };
}

describe('the owner token: secure by default, and the first run stays two commands', () => {
  const stateDirectory = join(temporaryDirectory(), 'state');
  const tokenFile = join(stateDirectory, 'owner.token');
  const scenarioPath = join(temporaryDirectory(), 'garage.yaml');
  writeFileSync(scenarioPath, GARAGE_YAML);
  let firstToken = '';

  it('is made on first start in owner.token, readable by its owner only, and a banner that is not on a terminal names that file, never the token', async () => {
    const running = await start(stateDirectory, scenarioPath);
    try {
      firstToken = readFileSync(tokenFile, 'utf8').trim();
      expect(firstToken).toMatch(/^mm_[0-9a-f]{16}_[\w-]{43}$/);
      expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
      expect(statSync(stateDirectory).mode & 0o077).toBe(0);
      // Its output is not a terminal here (as in a journal): the banner names the file, never the token.
      expect(running.banner).toContain(`Console: ${running.url}/  (log in with the owner's token from ${tokenFile})`);
      expect(running.banner).not.toContain(firstToken);

      const refused = await fetch(`${running.url}/api/goals`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'turn on the garage light' }) });
      expect(refused.status).toBe(401);
    } finally {
      expect(await running.stop()).toBe(0);
    }
  });

  it('lets `meshmind chat` act with no token given: it reads the owner file; without it the coordinator refuses', async () => {
    const running = await start(stateDirectory, scenarioPath);
    try {
      const answered = await chat({ MESHMIND_STATE_DIR: stateDirectory }, 'turn on the garage light', '--url', running.url);
      expect(answered.stderr).not.toContain('E_UNAUTHORIZED');
      expect(answered.code).toBe(0);
      expect(answered.stdout).toMatch(/Garage light/);

      const elsewhere = await chat({ MESHMIND_STATE_DIR: temporaryDirectory() }, 'turn off the garage light', '--url', running.url);
      expect(elsewhere.code).toBe(1);
      expect(elsewhere.stderr).toContain('E_UNAUTHORIZED');
      expect(elsewhere.stderr).toContain('owner.token');
    } finally {
      expect(await running.stop()).toBe(0);
    }
  });

  it('keeps the same token across a restart, so a browser that stored it goes on working', async () => {
    const running = await start(stateDirectory, scenarioPath);
    try {
      expect(readFileSync(tokenFile, 'utf8').trim()).toBe(firstToken);
      const devices = await fetch(`${running.url}/api/devices`, { headers: { authorization: `Bearer ${firstToken}` } });
      expect(devices.status).toBe(200);
    } finally {
      expect(await running.stop()).toBe(0);
    }
  });

  it('is rotated by revoking it: the next start makes a new one and the old one is refused', async () => {
    const id = /^mm_([0-9a-f]{16})_/.exec(firstToken)![1]!;
    const revoke = captureIo();
    expect(await main(['tokens', 'revoke', id, '--db', join(stateDirectory, 'meshmind.db')], revoke.io)).toBe(0);
    const running = await start(stateDirectory, scenarioPath);
    try {
      const rotated = readFileSync(tokenFile, 'utf8').trim();
      expect(rotated).not.toBe(firstToken);
      expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
      expect((await fetch(`${running.url}/api/devices`, { headers: { authorization: `Bearer ${firstToken}` } })).status).toBe(401);
      expect((await fetch(`${running.url}/api/devices`, { headers: { authorization: `Bearer ${rotated}` } })).status).toBe(200);
    } finally {
      expect(await running.stop()).toBe(0);
    }
  });
});

describe('which token a CLI command sends', () => {
  const stateDirectory = temporaryDirectory();
  mkdirSync(stateDirectory, { recursive: true });
  writeFileSync(join(stateDirectory, 'owner.token'), 'mm_0123456789abcdef_from-the-owner-file\n', { mode: 0o600 });
  const env = { MESHMIND_STATE_DIR: stateDirectory };

  it('reads the owner file for a coordinator on this machine', () => {
    for (const url of ['http://127.0.0.1:8080', 'http://localhost:9000', 'https://[::1]:8443']) {
      expect(apiTokenFor(url, undefined, env).token).toBe('mm_0123456789abcdef_from-the-owner-file');
    }
  });

  it('never sends the owner file to another host', () => {
    expect(apiTokenFor('http://192.0.2.7:8080', undefined, env)).toEqual({ token: undefined, ownerFile: null });
    expect(apiTokenFor('https://home.example:8443', undefined, env).token).toBeUndefined();
  });

  it('prefers --token, then $MESHMIND_TOKEN', () => {
    expect(apiTokenFor('http://127.0.0.1:8080', 'from-the-flag', { ...env, MESHMIND_TOKEN: 'from-the-environment' }).token).toBe('from-the-flag');
    expect(apiTokenFor('http://127.0.0.1:8080', undefined, { ...env, MESHMIND_TOKEN: 'from-the-environment' }).token).toBe('from-the-environment');
  });

  it('sends none when there is no owner file', () => {
    expect(apiTokenFor('http://127.0.0.1:8080', undefined, { MESHMIND_STATE_DIR: temporaryDirectory() }).token).toBeUndefined();
  });
});
