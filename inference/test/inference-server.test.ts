import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { LlamaEngine, OpenAiEngine, ScheduledEngine, buildInferenceServer, listenInferenceServer } from '@meshmind/inference';
import { HAS_TEST_MODEL, TEST_MODEL_PATH } from './test-model';
import { codeOf } from './coded';


describe.skipIf(!HAS_TEST_MODEL)('inference server over a Unix socket', () => {
  let directory: string;
  let app: FastifyInstance;
  let endpoint: string;
  const engine = new ScheduledEngine(new LlamaEngine({ modelPath: TEST_MODEL_PATH, threads: 1, contextSize: 512, parallel: 2 }), { maxQueued: 6 });
  const client = (clientId: string): OpenAiEngine => new OpenAiEngine({ endpoint, clientId, retries: 0 });

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'meshmind-inference-'));
    await engine.start();
    app = buildInferenceServer({ engine, modelName: 'stories260K' });
    endpoint = await listenInferenceServer(app, { socketPath: join(directory, 'inference.sock') });
  });
  afterAll(async () => {
    await app.close();
    await engine.stop();
    await rm(directory, { recursive: true, force: true });
  });

  it('serves the same deterministic continuation as the engine in-process', async () => {
    const result = await client('agent-a').generate({ prompt: 'Once upon a time', maxTokens: 10 });
    expect(result.text.startsWith(', there was a little girl named Lily')).toBe(true);
    expect(result.usage.completionTokens).toBe(10);
  });

  it('streams chat completions as server-sent events', async () => {
    const chunks: string[] = [];
    const result = await client('agent-a').generate({ messages: [{ role: 'user', content: 'Tell me a story.' }], maxTokens: 12, onText: (text) => chunks.push(text) });
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(result.text);
  });

  it('answers four concurrent clients, each with its own deterministic text', async () => {
    const results = await Promise.all(
      ['agent-1', 'agent-2', 'agent-3', 'agent-4'].map((id) => client(id).generate({ prompt: 'Once upon a time', maxTokens: 16 })),
    );
    expect(new Set(results.map((result) => result.text)).size).toBe(1);
    expect(results.every((result) => result.usage.completionTokens === 16)).toBe(true);
  });

  it('constrains output to a JSON schema sent as response_format', async () => {
    const jsonSchema = { type: 'object', properties: { name: { type: 'string', maxLength: 12 }, age: { type: 'integer' } }, required: ['name', 'age'], additionalProperties: false };
    const result = await client('agent-a').generate({ prompt: 'Lily is', jsonSchema, maxTokens: 60 });
    const parsed = JSON.parse(result.text) as { name: unknown; age: unknown };
    expect(typeof parsed.name).toBe('string');
    expect(Number.isInteger(parsed.age)).toBe(true);
  });

  it('frees the sequence when a client goes away mid-stream', async () => {
    const controller = new AbortController();
    const pending = client('agent-gone').generate({ prompt: 'Once upon a time', maxTokens: 400, signal: controller.signal, onText: () => controller.abort() });
    expect(await codeOf(pending)).toBe('E_CANCELLED');
    // The server learns of the disconnect a moment after the client gives up: poll, bounded.
    let cancelled = 0;
    for (let attempt = 0; attempt < 100 && cancelled === 0; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      cancelled = ((await app.inject({ method: 'GET', url: '/metrics' })).json() as { requests: { cancelled: number } }).requests.cancelled;
    }
    expect(cancelled).toBe(1);
    const after = await client('agent-b').generate({ prompt: 'Once upon a time', maxTokens: 4 });
    expect(after.usage.completionTokens).toBe(4);
  });

  it('answers E_BUSY past the queue bound instead of queueing without end', async () => {
    const requests = Array.from({ length: 12 }, (_, index) => client(`burst-${index}`).generate({ prompt: 'Once upon a time', maxTokens: 200 }));
    const codes = await Promise.all(requests.map(codeOf));
    expect(codes).toContain('E_BUSY');
    expect(codes).toContain('resolved');
  });

  it('embeds texts through /v1/embeddings', async () => {
    const vectors = await client('agent-a').embed({ texts: ['lamp', 'door'] });
    expect(vectors).toHaveLength(2);
  });

  it('reports health and metrics', async () => {
    const health = await app.inject({ method: 'GET', url: '/health' });
    expect(health.json()).toMatchObject({ status: 'ok', backend: 'llama', model: 'stories260K', parallel: 2 });
    const metrics = (await app.inject({ method: 'GET', url: '/metrics' })).json() as { requests: { completed: number }; tokens: { completion: number }; timeToFirstTokenMs: { p50: number | null } };
    expect(metrics.requests.completed).toBeGreaterThan(0);
    expect(metrics.tokens.completion).toBeGreaterThan(0);
    expect(metrics.timeToFirstTokenMs.p50).not.toBeNull();
  });

  it('answers a body that does not match the schema with E_INVALID_PAYLOAD', async () => {
    const response = await app.inject({ method: 'POST', url: '/v1/chat/completions', payload: { messages: [] } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'E_INVALID_PAYLOAD' } });
  });

  it('answers a prompt of the wrong type with E_INVALID_PAYLOAD instead of coercing it', async () => {
    const response = await app.inject({ method: 'POST', url: '/v1/completions', payload: { prompt: 5 } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'E_INVALID_PAYLOAD' } });
  });

  it('answers a body that is not JSON with E_BAD_JSON', async () => {
    const response = await app.inject({ method: 'POST', url: '/v1/completions', headers: { 'content-type': 'application/json' }, payload: '{"prompt":' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'E_BAD_JSON' } });
  });

  it('answers a prompt longer than the context with E_CONTEXT_OVERFLOW', async () => {
    const prompt = 'Lily went to the park and played. '.repeat(200);
    expect(await codeOf(client('agent-a').generate({ prompt, maxTokens: 4 }))).toBe('E_CONTEXT_OVERFLOW');
  });

  it('refuses to take over a socket another server listens on', async () => {
    const other = buildInferenceServer({ engine });
    expect(await codeOf(listenInferenceServer(other, { socketPath: endpoint.slice('unix:'.length) }))).toBe('E_CONFIG_INVALID');
    await other.close();
  });
});
