import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type Stack } from '@meshmind/cli';
import { buildInferenceServer, createClientTokenVerifier, createInferenceEngine, listenInferenceServer } from '@meshmind/inference';
import { USE_LITE_ID, createEmbedderPool } from '@meshmind/rag';
import { scenarioFrom, startTestStack, waitFor } from './support/stack';
import { captureIo } from './support/cli-io';

const BIN = fileURLToPath(new URL('../bin/meshmind.mjs', import.meta.url));

describe("meshmind agent on a board whose inference server serves the sentence model", () => {
  let stack: Stack;
  let directory: string;
  let server: FastifyInstance;
  let agent: ChildProcess | null = null;
  const clientsAsking = new Set<string>();

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'meshmind-board-agent-'));
    stack = await startTestStack(scenarioFrom('name: Porch\nareas: [ { id: porch, name: Porch } ]\ndevices: []\n'), {
      databasePath: join(directory, 'meshmind.db'),
      stateDirectory: directory,
    });
    // The server as `meshmind inference serve` runs it with MESHMIND_STATE_DIR=directory: its default socket and clients.
    mkdirSync(join(directory, 'inference'), { recursive: true, mode: 0o700 });
    const sentence = await createEmbedderPool().get({ kind: 'use-lite' });
    const engine = createInferenceEngine({}, { embedder: sentence });
    await engine.start();
    server = buildInferenceServer({ engine, authenticate: createClientTokenVerifier(join(directory, 'inference', 'clients')), sentenceEmbedders: new Map([[USE_LITE_ID, sentence]]) });
    server.addHook('onResponse', async (request, reply) => {
      const token = request.headers.authorization?.slice('Bearer '.length) ?? '';
      if (request.url === '/v1/embeddings' && reply.statusCode === 200) clientsAsking.add(token.slice(0, token.lastIndexOf(':')));
    });
    server.addHook('onClose', () => engine.stop());
    await listenInferenceServer(server, { socketPath: join(directory, 'inference', 'server.sock') });
  }, 120_000);
  afterAll(async () => {
    if (agent && agent.exitCode === null) agent.kill('SIGKILL');
    await server?.close();
    await stack?.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  it('finds the server at the well-known socket, enrolls its own token and carries out a goal through it', async () => {
    const config = join(directory, 'agent.yaml');
    const enrolled = ['devices', 'add', 'porch_light', '--type', 'light', '--name', 'Porch light', '--area', 'Porch', '--broker', stack.mqttUrl, '--out', config, '--db', join(directory, 'meshmind.db')];
    expect(await main(enrolled, captureIo().io)).toBe(0);
    let output = '';
    agent = spawn(process.execPath, [BIN, 'agent', '--config', config, '--data-dir', join(directory, 'data')], {
      cwd: directory,
      env: { ...process.env, MESHMIND_STATE_DIR: directory, MESHMIND_LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    agent.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    agent.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitFor(() => stack.coordinator.registry.get('porch_light')?.availability === 'online', 60_000, 'the agent online');
    const goal = await stack.coordinator.goals.submit({ text: 'switch the porch light on' }).finished;
    expect(goal.status).toBe('done');
    expect(stack.coordinator.registry.get('porch_light')?.state).toMatchObject({ on: true });
    expect(clientsAsking).toEqual(new Set(['agent.porch_light']));
    expect(output).toContain("sentence model: the board's inference server");
    expect(output).not.toContain('cannot be reached');
    const exited = new Promise<number | null>((resolve) => agent!.once('exit', resolve));
    agent.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 180_000);
});
