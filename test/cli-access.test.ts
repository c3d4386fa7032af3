import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, startBanner, type BannerFacts, type CliIo, type Stack } from '@meshmind/cli';
import { scenarioFrom, startTestStack, statesOf } from './support/stack';
import { captureIo } from './support/cli-io';

const GARAGE_YAML = `
name: Garage
floors: [ { id: ground, name: Ground floor } ]
areas: [ { id: garage, name: Garage, floor: ground } ]
devices:
  - { id: garage_door, type: garage_door, name: Garage door, aliases: [garage], area: garage, state: { door_state: closed } }
`;

const directories: string[] = [];
function temporaryDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'meshmind-cli-access-'));
  directories.push(directory);
  return directory;
}
afterAll(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('meshmind tokens', () => {
  let databasePath: string;
  beforeAll(() => {
    databasePath = join(temporaryDirectory(), 'state', 'meshmind.db');
  });
  const tokens = (...argv: string[]) => {
    const capture = captureIo();
    return main(['tokens', ...argv, '--db', databasePath], capture.io).then((code) => ({ code, stdout: capture.stdout(), stderr: capture.stderr() }));
  };

  it('creates a token and prints it once, alone on stdout', async () => {
    const created = await tokens('create', 'laptop');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^mm_[0-9a-f]{16}_[\w-]{43}\n$/);
    expect(created.stderr).toContain('shown only this once');
  });

  it('lists tokens by id, creation and status, without their secrets', async () => {
    const secret = (await tokens('create', 'phone')).stdout.trim();
    const listed = await tokens('list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^[0-9a-f]{16} {2}\S+ {2}active\s+ {2}laptop$/m);
    expect(listed.stdout).toMatch(/ phone$/m);
    expect(listed.stdout).not.toContain(secret.slice(20));
  });

  it('revokes a token by id, and the list says so', async () => {
    const id = (await tokens('create', 'guest')).stdout.slice(3, 19);
    const revoked = await tokens('revoke', id);
    expect(revoked).toMatchObject({ code: 0, stdout: `revoked ${id} (guest)\n` });
    const listed = JSON.parse((await tokens('list', '--json')).stdout) as Array<{ id: string; revokedAt: number | null }>;
    expect(listed.find((token) => token.id === id)!.revokedAt).toEqual(expect.any(Number));
  });

  it('makes a token with only the scopes given, and refuses an unknown scope', async () => {
    const id = (await tokens('create', 'panel', '--scope', 'read,control')).stdout.slice(3, 19);
    const listed = JSON.parse((await tokens('list', '--json')).stdout) as Array<{ id: string; scopes: string[] }>;
    expect(listed.find((token) => token.id === id)!.scopes).toEqual(['read', 'control']);
    const refused = await tokens('create', 'root', '--scope', 'read,root');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('E_CONFIG_INVALID');
  });

  it('answers an unknown id with E_TOKEN_NOT_FOUND', async () => {
    const revoked = await tokens('revoke', 'ffffffffffffffff');
    expect(revoked.code).toBe(1);
    expect(revoked.stderr).toContain('E_TOKEN_NOT_FOUND');
  });

  it('does not make a database just to list or revoke', async () => {
    const capture = captureIo();
    const code = await main(['tokens', 'list', '--db', join(temporaryDirectory(), 'absent.db')], capture.io);
    expect(code).toBe(1);
    expect(capture.stderr()).toContain('E_CONFIG_INVALID: no coordinator database');
  });
});

describe('meshmind chat against a coordinator on loopback, which asks for a token like any other', () => {
  let stack: Stack;
  let token: string;
  let stateDirectory: string;
  beforeAll(async () => {
    stack = await startTestStack(scenarioFrom(GARAGE_YAML), { http: { host: '127.0.0.1', port: 0 } });
    token = stack.coordinator.tokens.create('chat test').token;
    stateDirectory = temporaryDirectory();
  });
  afterAll(async () => {
    await stack?.stop();
  });
  const chat = async (env: NodeJS.ProcessEnv, ...argv: string[]) => {
    const capture = captureIo(env);
    const code = await main(['chat', ...argv, '--url', stack.coordinator.url!], capture.io);
    return { code, stdout: capture.stdout(), stderr: capture.stderr() };
  };

  it('says a token is needed, with the coded error, when it has none (no owner file in its state directory)', async () => {
    const answer = await chat({ MESHMIND_STATE_DIR: stateDirectory }, 'is the garage door open?');
    expect(answer.code).toBe(1);
    expect(answer.stderr).toContain('E_UNAUTHORIZED');
    expect(answer.stderr).toContain('--token or $MESHMIND_TOKEN');
  });

  it('sends the token from $MESHMIND_TOKEN, and from --token', async () => {
    expect((await chat({ MESHMIND_STATE_DIR: stateDirectory, MESHMIND_TOKEN: token }, 'is the garage door open?')).code).toBe(0);
    expect((await chat({ MESHMIND_STATE_DIR: stateDirectory }, 'is the garage door open?', '--token', token)).code).toBe(0);
  });

  it('keeps the key of a conversation it started in a file only its owner can read, and says "yes" with it', async () => {
    const env = { MESHMIND_STATE_DIR: stateDirectory, MESHMIND_TOKEN: token };
    const asked = await chat(env, 'open the garage door');
    expect(asked.stdout).toMatch(/go ahead/);
    const conversationId = /\(conversation ([^)]+)\)/.exec(asked.stdout)![1]!;
    expect(statSync(join(stateDirectory, 'conversation-keys.json')).mode & 0o777).toBe(0o600);

    const confirmed = await chat(env, 'yes', '--conversation', conversationId);
    expect(confirmed.code).toBe(0);
    expect(statesOf(stack).garage_door).toMatchObject({ door_state: 'open' });
  });

  it('cannot go on with a conversation another machine started: E_FORBIDDEN, and nothing moves', async () => {
    const env = { MESHMIND_STATE_DIR: stateDirectory, MESHMIND_TOKEN: token };
    await chat(env, 'close the garage door');
    const asked = await chat(env, 'open the garage door');
    const conversationId = /\(conversation ([^)]+)\)/.exec(asked.stdout)![1]!;
    const elsewhere = await chat({ MESHMIND_STATE_DIR: temporaryDirectory(), MESHMIND_TOKEN: token }, 'yes', '--conversation', conversationId);
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toContain('E_FORBIDDEN');
    expect(statesOf(stack).garage_door).toMatchObject({ door_state: 'closed' });
  });
});

describe('meshmind start', () => {
  it('prints the address it really listens on and takes the access flags', async () => {
    const directory = temporaryDirectory();
    const scenarioPath = join(directory, 'garage.yaml');
    writeFileSync(scenarioPath, GARAGE_YAML);
    let stop!: (signal: string) => void;
    const capture = captureIo({ MESHMIND_LOG_LEVEL: 'silent' }, new Promise<string>((resolve) => (stop = resolve)));
    const running = main(
      ['start', '--scenario', scenarioPath, '--host', '127.0.0.1', '--port', '0', '--mqtt-port', '0', '--db', join(directory, 'meshmind.db'), '--require-token', '--rate-limit', '5', '--confirm-ttl', '60'],
      capture.io,
    );
    const deadline = Date.now() + 30_000;
    while (!capture.stdout().includes('Console:') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    stop('SIGTERM');
    expect(await running).toBe(0);
    expect(capture.stdout()).toMatch(/^ {2}coordinator {2}http:\/\/127\.0\.0\.1:\d+$/m);
    // --require-token is still taken, and changes nothing: a token is always required.
    // Not a terminal (as under systemd, whose journal keeps the output): the token's file, not the token.
    expect(capture.stdout()).toMatch(/^Console: http:\/\/127\.0\.0\.1:\d+\/ {2}\(log in with the owner's token from \S+owner\.token\)$/m);
    expect(capture.stdout()).not.toMatch(/mm_[0-9a-f]{16}_/);
    expect(capture.stdout()).not.toContain('WARNING');
  });

  it.each(['--rate-limit', '--confirm-ttl'])('refuses %s without a whole number', async (flag) => {
    const capture = captureIo();
    expect(await main(['start', flag, 'soon'], capture.io)).toBe(1);
    expect(capture.stderr()).toContain('E_CONFIG_INVALID');
  });
});

describe('the start banner', () => {
  const facts = (http: BannerFacts['http']): BannerFacts => ({
    scenarioName: 'Garage',
    deviceCount: 1,
    http,
    ownerToken: 'mm_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    ownerTokenFile: '/srv/owner.token',
    mqttUrl: 'mqtt://127.0.0.1:1883',
    embeddedBroker: true,
    databaseFlag: '/srv/meshmind.db',
  });

  it('names the wildcard address it is bound to and warns that tokens are needed, and how to make one', () => {
    const banner = startBanner(facts({ host: '0.0.0.0', port: 8080, loopback: false }));
    expect(banner).toContain('  coordinator  http://0.0.0.0:8080 (every interface');
    expect(banner).toMatch(/^WARNING: the HTTP API is reachable from the network on 0\.0\.0\.0\. Every \/api request needs a token\.$/m);
    expect(banner).toContain('npx meshmind tokens create NAME --db /srv/meshmind.db');
  });

  it('writes an IPv6 address in brackets', () => {
    expect(startBanner(facts({ host: '::', port: 8080, loopback: false }))).toContain('http://[::]:8080');
  });

  it('on loopback, gives the console a login link with the token in the fragment, and chat the directory of the owner file', () => {
    const banner = startBanner({ ...facts({ host: '127.0.0.1', port: 8080, loopback: true }), terminal: true });
    expect(banner).not.toContain('WARNING');
    expect(banner).toContain('Try: MESHMIND_STATE_DIR=/srv npx meshmind chat "turn on the kitchen light"');
    expect(banner).toContain('Console: http://127.0.0.1:8080/#token=mm_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
  });

  it('prints no token where the output is not a terminal (a journal keeps it): the file to log in with, and how to make the link', () => {
    const banner = startBanner({ ...facts({ host: '127.0.0.1', port: 8080, loopback: true }), terminal: false });
    expect(banner).not.toContain('mm_0123456789abcdef');
    expect(banner).toContain("Console: http://127.0.0.1:8080/  (log in with the owner's token from /srv/owner.token)");
    expect(banner).toContain('echo "http://127.0.0.1:8080/#token=$(cat /srv/owner.token)"');
  });

  it('names the URL for chat when the coordinator is not where chat looks by default', () => {
    const banner = startBanner({ ...facts({ host: '127.0.0.1', port: 9090, loopback: true }), ownerTokenFile: '.meshmind/owner.token' });
    expect(banner).toMatch(/^Try: npx meshmind chat --url http:\/\/127\.0\.0\.1:9090 "turn on the kitchen light"/m);
  });
});
