import { request } from 'node:http';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentBrain } from '@meshmind/device-agent';
import { getDeviceDescription, createSimulatedDriver } from '@meshmind/devices';
import { buildInferenceServer, createClientTokenVerifier, createInferenceEngine, ensureClientToken, listenInferenceServer, revokeClientToken } from '@meshmind/inference';
import type { Embedder, SubtaskRequest } from '@meshmind/protocol';
import { USE_LITE_ID, createBoardEmbedder, createEmbedderPool } from '@meshmind/rag';

/** The board's server as `meshmind inference serve` builds it without weights: USE-lite, tokens per client. */
async function startBoardServer(directory: string, sentence: Embedder): Promise<{ app: FastifyInstance; endpoint: string; clients: string; served: string[] }> {
  const clients = join(directory, 'clients');
  const engine = createInferenceEngine({}, { embedder: sentence });
  await engine.start();
  const served: string[] = [];
  const counting: Embedder = {
    id: sentence.id,
    dimensions: sentence.dimensions,
    embed: (texts, signal) => {
      served.push(...texts);
      return sentence.embed(texts, signal);
    },
  };
  const app = buildInferenceServer({ engine, authenticate: createClientTokenVerifier(clients), sentenceEmbedders: new Map([[USE_LITE_ID, counting]]) });
  app.addHook('onClose', () => engine.stop());
  const endpoint = await listenInferenceServer(app, { socketPath: join(directory, 'server.sock') });
  return { app, endpoint, clients, served };
}

function postOverSocket(socketPath: string, headers: Record<string, string>, body: unknown): Promise<{ status: number; body: { error?: { code?: string } } }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const outgoing = request({ socketPath, path: '/v1/embeddings', method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as { error?: { code?: string } } }));
    });
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

function subtask(text: string): SubtaskRequest {
  return { id: 'subtask-1', goalId: 'goal-1', text, deadline: Date.now() + 60_000, issuedAt: Date.now() };
}

function recordingLogger(): { logger: pino.Logger; lines: Array<{ level: number; msg: string }> } {
  const lines: Array<{ level: number; msg: string }> = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line) as { level: number; msg: string }) });
  return { logger, lines };
}

describe("the board's embedding server (meshmind inference serve with USE-lite)", () => {
  let directory: string;
  let local: Embedder;
  let server: Awaited<ReturnType<typeof startBoardServer>>;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'meshmind-board-'));
    local = await createEmbedderPool().get({ kind: 'use-lite' });
    server = await startBoardServer(directory, local);
  }, 120_000);
  afterAll(async () => {
    await server?.app.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('gives over its Unix socket bit for bit the vectors of the agent\'s own model, under the same id', async () => {
    const texts = ['turn on the light', 'Set the brightness to 40%.', 'Drive over to the third shelf', 'é ü 中文', ''];
    const board = createBoardEmbedder({ endpoint: server.endpoint, token: ensureClientToken(server.clients, 'agent.same-vectors') });
    const [remote, own] = await Promise.all([board.embed(texts), local.embed(texts)]);
    expect(board.id).toBe(local.id);
    expect(board.dimensions).toBe(512);
    expect(remote.map((vector) => Array.from(vector))).toEqual(own.map((vector) => Array.from(vector)));
    expect(server.served).toEqual(expect.arrayContaining(texts));
  });

  it('makes each client its own token on first run, kept in files of mode 0600, and gives it again later', () => {
    const token = ensureClientToken(server.clients, 'agent.porch');
    expect(token.startsWith('agent.porch:')).toBe(true);
    expect(ensureClientToken(server.clients, 'agent.porch')).toBe(token);
    expect(statSync(join(server.clients, 'agent.porch.token')).mode & 0o777).toBe(0o600);
    expect(statSync(join(server.clients, 'agent.porch.sha256')).mode & 0o777).toBe(0o600);
    expect(statSync(server.clients).mode & 0o777).toBe(0o700);
  });

  it('refuses a request without a token, with an unknown one and with a revoked one: 401 E_UNAUTHORIZED', async () => {
    const socketPath = server.endpoint.slice('unix:'.length);
    const body = { model: USE_LITE_ID, input: ['turn on the light'] };
    const missing = await postOverSocket(socketPath, {}, body);
    expect(missing.status).toBe(401);
    expect(missing.body.error?.code).toBe('E_UNAUTHORIZED');
    const token = ensureClientToken(server.clients, 'agent.revoked');
    const forged = `${token.slice(0, token.lastIndexOf(':'))}:${'A'.repeat(43)}`;
    const wrong = await postOverSocket(socketPath, { authorization: `Bearer ${forged}` }, body);
    expect(wrong.status).toBe(401);
    expect(wrong.body.error?.code).toBe('E_UNAUTHORIZED');
    expect((await postOverSocket(socketPath, { authorization: `Bearer ${token}` }, body)).status).toBe(200);
    revokeClientToken(server.clients, 'agent.revoked');
    expect((await postOverSocket(socketPath, { authorization: `Bearer ${token}` }, body)).body.error?.code).toBe('E_UNAUTHORIZED');
    // The embedder reports the refusal with its code; an agent does not fall back to hide a wrong token.
    const refused = createBoardEmbedder({ endpoint: server.endpoint, token: forged }).embed(['turn on the light']);
    await expect(refused).rejects.toMatchObject({ code: 'E_UNAUTHORIZED' });
  });

  it('maps a subtask for an agent whose sentence model is the server, without a fallback', async () => {
    const { logger, lines } = recordingLogger();
    const token = ensureClientToken(server.clients, 'agent.kitchen');
    const before = server.served.length;
    const brain = await AgentBrain.create({ embedder: { kind: 'board', endpoint: server.endpoint, token } }, logger);
    try {
      const description = getDeviceDescription('light');
      const driver = createSimulatedDriver(description, {});
      const pipeline = await brain.pipeline(description, () => driver.getState(), { name: 'Kitchen light', area: { name: 'Kitchen' } });
      const mapping = await pipeline.mapper.map(subtask('Turn on the kitchen light'), AbortSignal.timeout(60_000));
      expect(mapping).toMatchObject({ kind: 'call', calls: [{ function: 'turn_on' }] });
      const dimming = await pipeline.mapper.map(subtask('Dim the kitchen light to 30%'), AbortSignal.timeout(60_000));
      expect(dimming).toMatchObject({ kind: 'call', calls: [{ function: 'set_brightness', arguments: { brightness: 30 } }] });
    } finally {
      await brain.close();
    }
    expect(server.served.length).toBeGreaterThan(before);
    expect(lines.filter((line) => line.level >= 40)).toEqual([]);
  }, 120_000);

  it('stops an agent whose token the server refuses, with E_UNAUTHORIZED, instead of falling back', async () => {
    const { logger, lines } = recordingLogger();
    const created = AgentBrain.create({ embedder: { kind: 'board', endpoint: server.endpoint, token: 'agent.stranger:not-a-secret' } }, logger);
    await expect(created).rejects.toMatchObject({ code: 'E_UNAUTHORIZED' });
    expect(lines.some((line) => line.msg.includes('cannot be reached'))).toBe(false);
  });

  it('falls back to the agent\'s own model, with one warning, when the configured server is absent', async () => {
    const { logger, lines } = recordingLogger();
    const absent = `unix:${join(directory, 'no-server.sock')}`;
    const brain = await AgentBrain.create({ embedder: { kind: 'board', endpoint: absent, token: 'agent.alone:secret' } }, logger);
    try {
      const description = getDeviceDescription('light');
      const driver = createSimulatedDriver(description, {});
      const pipeline = await brain.pipeline(description, () => driver.getState(), { name: 'Hall light' });
      expect(await pipeline.mapper.map(subtask('switch off the hall light'), AbortSignal.timeout(60_000))).toMatchObject({ kind: 'call', calls: [{ function: 'turn_off' }] });
    } finally {
      await brain.close();
    }
    const warnings = lines.filter((line) => line.level >= 40);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.msg).toContain("the board's embedding server cannot be reached");
  }, 120_000);
});
