import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveBoardEmbedding } from '../apps/cli/src/board-server';
import { main } from '@meshmind/cli';
import { captureIo } from './support/cli-io';

describe("how an agent finds the board's inference server", () => {
  let state: string;
  let env: NodeJS.ProcessEnv;

  beforeEach(() => {
    state = mkdtempSync(join(tmpdir(), 'meshmind-discovery-'));
    env = { MESHMIND_STATE_DIR: state };
  });
  afterEach(() => rmSync(state, { recursive: true, force: true }));

  it('uses no server when none is configured and the well-known socket does not exist', () => {
    expect(resolveBoardEmbedding(undefined, env, 'agent.porch')).toBeUndefined();
  });

  it('finds the well-known socket under the state directory and enrolls the agent under its own name', () => {
    mkdirSync(join(state, 'inference'), { recursive: true });
    writeFileSync(join(state, 'inference', 'server.sock'), '');
    const board = resolveBoardEmbedding(undefined, env, 'agent.porch');
    expect(board).toMatchObject({ kind: 'board', endpoint: `unix:${join(state, 'inference', 'server.sock')}`, source: 'well-known socket' });
    expect(board!.token).toBe(readFileSync(join(state, 'inference', 'clients', 'agent.porch.token'), 'utf8').trim());
  });

  it('prefers the config key, then the environment, then the socket programs are written at', () => {
    const fromConfig = resolveBoardEmbedding({ endpoint: 'http://127.0.0.1:9000' }, { ...env, MESHMIND_EMBEDDING_ENDPOINT: 'unix:/elsewhere.sock' }, 'agent.porch');
    expect(fromConfig).toMatchObject({ endpoint: 'http://127.0.0.1:9000', source: 'config' });
    expect(resolveBoardEmbedding(undefined, { ...env, MESHMIND_EMBEDDING_ENDPOINT: 'unix:/elsewhere.sock' }, 'agent.porch', 'unix:/gen.sock')).toMatchObject({ endpoint: 'unix:/elsewhere.sock', source: 'environment' });
    expect(resolveBoardEmbedding(undefined, env, 'agent.porch', 'unix:/gen.sock')).toMatchObject({ endpoint: 'unix:/gen.sock', source: 'generation endpoint' });
    expect(resolveBoardEmbedding(undefined, env, 'agent.porch', 'http://cloud.example/v1')).toBeUndefined();
  });

  it('is kept off by `embeddingServer: false` or MESHMIND_EMBEDDING_ENDPOINT=off, even with the socket there', () => {
    mkdirSync(join(state, 'inference'), { recursive: true });
    writeFileSync(join(state, 'inference', 'server.sock'), '');
    expect(resolveBoardEmbedding(false, env, 'agent.porch')).toBeUndefined();
    expect(resolveBoardEmbedding(undefined, { ...env, MESHMIND_EMBEDDING_ENDPOINT: 'off' }, 'agent.porch')).toBeUndefined();
  });

  it('refuses an endpoint that is no Unix socket or HTTP URL, and a token file that is missing, with E_CONFIG_INVALID', () => {
    expect(() => resolveBoardEmbedding(undefined, { ...env, MESHMIND_EMBEDDING_ENDPOINT: 'ftp://x' }, 'agent.porch')).toThrow(expect.objectContaining({ code: 'E_CONFIG_INVALID' }));
    expect(() => resolveBoardEmbedding({ endpoint: 'unix:/x.sock', tokenFile: join(state, 'none.token') }, env, 'agent.porch')).toThrow(expect.objectContaining({ code: 'E_CONFIG_INVALID' }));
  });

  it('makes, lists and revokes client tokens from the command line', async () => {
    const clients = join(state, 'clients');
    const made = captureIo(env);
    expect(await main(['inference', 'token', 'agent.hall', '--clients', clients], made.io)).toBe(0);
    expect(made.stdout().trim()).toBe(join(clients, 'agent.hall.token'));
    const listed = captureIo(env);
    expect(await main(['inference', 'clients', '--clients', clients], listed.io)).toBe(0);
    expect(listed.stdout()).toBe('agent.hall\n');
    expect(await main(['inference', 'revoke', 'agent.hall', '--clients', clients], captureIo(env).io)).toBe(0);
    expect(await main(['inference', 'revoke', 'agent.hall', '--clients', clients], captureIo(env).io)).toBe(1);
  });
});
