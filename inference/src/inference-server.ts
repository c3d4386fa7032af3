import { randomUUID } from 'node:crypto';
import { lstat, unlink } from 'node:fs/promises';
import { connect } from 'node:net';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import Type from 'typebox';
import { MeshmindError, httpStatusOf, isMeshmindError, toMeshmindError, type Embedder } from '@meshmind/protocol';
import type { ChatMessage, GenerateRequest, GenerateResult } from './engine';
import type { ScheduledEngine } from './scheduled-engine';
import {
  CLIENT_ID_HEADER,
  ChatCompletionRequestSchema,
  ChatCompletionResponseSchema,
  CompletionRequestSchema,
  CompletionResponseSchema,
  EmbeddingRequestSchema,
  EmbeddingResponseSchema,
  ModelListSchema,
  OpenAiErrorSchema,
  type ChatCompletionRequest,
  type CompletionRequest,
  type EmbeddingRequest,
  type OpenAiError,
} from './openai-wire';


/** How long streamed text may wait to be sent together with the text after it. */
const STREAM_COALESCE_MS = 25;
export interface InferenceServerOptions {
  engine: ScheduledEngine;
  /** The model id reported by /v1/models and in responses. */
  modelName?: string;
  logger?: boolean;
  /**
   * Checks a bearer token and answers the client's name, or null. When given, every route but
   * /health needs `Authorization: Bearer <token>` (401 E_UNAUTHORIZED otherwise), and the name is
   * the client's identity in the fair queue (a client-id header cannot claim another's share).
   */
  authenticate?: (token: string) => string | null;
  /**
   * Sentence models served by name on /v1/embeddings beside the engine's own embeddings: an agent
   * asks for the model its indexes were built with (USE-lite) and gets exactly its vectors,
   * whatever model the engine generates with.
   */
  sentenceEmbedders?: ReadonlyMap<string, Embedder>;
}

const HealthSchema = Type.Object({
  status: Type.Literal('ok'),
  backend: Type.String(),
  model: Type.String(),
  contextSize: Type.Union([Type.Integer(), Type.Null()]),
  parallel: Type.Integer(),
  queue: Type.Object({ active: Type.Integer(), queued: Type.Integer(), clients: Type.Integer() }),
});

const MetricsSchema = Type.Object({
  queue: Type.Object({ active: Type.Integer(), queued: Type.Integer(), clients: Type.Integer() }),
  requests: Type.Object({ completed: Type.Integer(), failed: Type.Integer(), cancelled: Type.Integer(), busy: Type.Integer() }),
  tokens: Type.Object({ prompt: Type.Integer(), completion: Type.Integer() }),
  tokensPerSecond: Type.Number(),
  requestTokensPerSecond: Type.Number(),
  timeToFirstTokenMs: Type.Object({
    mean: Type.Union([Type.Number(), Type.Null()]),
    p50: Type.Union([Type.Number(), Type.Null()]),
    p95: Type.Union([Type.Number(), Type.Null()]),
  }),
  windowSeconds: Type.Number(),
});

const errorResponses = { 401: OpenAiErrorSchema, 400: OpenAiErrorSchema, 413: OpenAiErrorSchema, 499: OpenAiErrorSchema, 500: OpenAiErrorSchema, 502: OpenAiErrorSchema, 501: OpenAiErrorSchema, 503: OpenAiErrorSchema, 504: OpenAiErrorSchema };

function errorBody(error: MeshmindError): OpenAiError {
  return { error: { message: error.message, type: error.code === 'E_INVALID_PAYLOAD' || error.code === 'E_BAD_JSON' ? 'invalid_request_error' : 'server_error', code: error.code } };
}

/** Turns fastify's own failures (validation, bad JSON, body too large) into coded errors. */
function codedFromFastify(error: unknown): MeshmindError {
  if (isMeshmindError(error)) return error;
  const fastifyError = error as { validation?: unknown; code?: string; statusCode?: number; message?: string };
  if (fastifyError.validation) return new MeshmindError('E_INVALID_PAYLOAD', fastifyError.message ?? 'invalid request body', { cause: error });
  if (fastifyError.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fastifyError.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return new MeshmindError('E_BAD_JSON', fastifyError.message ?? 'invalid JSON', { cause: error });
  }
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new MeshmindError('E_TEXT_TOO_LONG', fastifyError.message ?? 'body too large', { cause: error });
  if (fastifyError.statusCode && fastifyError.statusCode < 500) return new MeshmindError('E_INVALID_PAYLOAD', fastifyError.message ?? 'bad request', { cause: error });
  return toMeshmindError(error);
}

/** Names of the clients whose token was checked, by request. */
const authenticatedClients = new WeakMap<FastifyRequest, string>();

function clientIdOf(request: FastifyRequest, user: string | undefined): string {
  const authenticated = authenticatedClients.get(request);
  if (authenticated) return authenticated;
  const header = request.headers[CLIENT_ID_HEADER];
  const named = typeof header === 'string' && header.length > 0 ? header.slice(0, 128) : user;
  return named ?? `connection:${request.socket.remoteAddress ?? 'local'}:${request.socket.remotePort ?? 0}`;
}

function toGenerateRequest(body: ChatCompletionRequest | CompletionRequest): Omit<GenerateRequest, 'signal' | 'clientId' | 'onText'> {
  const format = body.response_format;
  const jsonSchema = format?.type === 'json_schema' ? format.json_schema.schema : format?.type === 'json_object' ? { type: 'object' } : undefined;
  const maxTokens = body.max_completion_tokens ?? body.max_tokens;
  return {
    ...('messages' in body
      ? { messages: body.messages.map((message): ChatMessage => ({ role: message.role === 'developer' ? 'system' : message.role, content: message.content })) }
      : { prompt: body.prompt }),
    ...(jsonSchema ? { jsonSchema } : {}),
    ...(body.grammar === undefined ? {} : { grammar: body.grammar }),
    ...(maxTokens === undefined ? {} : { maxTokens }),
    ...(body.temperature === undefined ? {} : { temperature: body.temperature }),
    ...(body.stop === undefined ? {} : { stop: typeof body.stop === 'string' ? [body.stop] : body.stop }),
    ...(body.seed === undefined ? {} : { seed: body.seed }),
  };
}

/** Aborts when the client goes away before the answer is complete: its sequence is freed for others. */
function abortOnDisconnect(reply: FastifyReply): AbortController {
  const controller = new AbortController();
  reply.raw.on('close', () => {
    if (!reply.raw.writableFinished) controller.abort();
  });
  return controller;
}

function usageOf(result: GenerateResult) {
  const { promptTokens, completionTokens } = result.usage;
  return { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens };
}

/**
 * The shared engine behind an OpenAI-compatible HTTP API, for many agent processes on one board.
 * `buildInferenceServer` does no I/O; `listenInferenceServer` binds a Unix socket or loopback port.
 */
export function buildInferenceServer(options: InferenceServerOptions): FastifyInstance {
  const { engine } = options;
  const modelName = options.modelName ?? engine.info().model;
  // No type coercion: a prompt sent as a number is a client bug to report, not to guess at.
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 2 * 1024 * 1024, ajv: { customOptions: { coerceTypes: false } } });

  app.setErrorHandler((error, _request, reply) => {
    const coded = codedFromFastify(error);
    void reply.status(httpStatusOf(coded.code)).send(errorBody(coded));
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send(errorBody(new MeshmindError('E_INVALID_PAYLOAD', `no route ${request.method} ${request.url}`)));
  });

  const { authenticate } = options;
  if (authenticate) {
    app.addHook('onRequest', async (request, reply) => {
      if (request.method === 'GET' && request.url === '/health') return;
      const header = request.headers.authorization;
      const token = typeof header === 'string' && /^Bearer /i.test(header) ? header.slice('Bearer '.length).trim() : '';
      const client = token.length > 0 && token.length <= 512 ? authenticate(token) : null;
      if (!client) {
        const reason = token.length === 0 ? 'no bearer token' : 'an unknown or revoked bearer token';
        return reply.status(401).header('www-authenticate', 'Bearer').send(errorBody(new MeshmindError('E_UNAUTHORIZED', `the inference server refuses a request with ${reason}: every client needs its own token (see SECURITY.md, board inference server)`)));
      }
      authenticatedClients.set(request, client);
    });
  }

  app.get('/health', { schema: { response: { 200: HealthSchema } } }, async () => {
    const info = engine.info();
    return { status: 'ok' as const, backend: info.backend, model: modelName, contextSize: info.contextSize, parallel: info.parallel, queue: engine.queueStats() };
  });

  app.get('/metrics', { schema: { response: { 200: MetricsSchema } } }, async () => ({ queue: engine.queueStats(), ...engine.metrics.snapshot() }));

  app.get('/v1/models', { schema: { response: { 200: ModelListSchema } } }, async () => ({
    object: 'list' as const,
    data: [modelName, ...(options.sentenceEmbedders?.keys() ?? [])].map((id) => ({ id, object: 'model' as const, owned_by: 'meshmind' })),
  }));

  const generateRoute = (kind: 'chat' | 'text') => async (request: FastifyRequest, reply: FastifyReply) => {
    const body = request.body as ChatCompletionRequest | CompletionRequest;
    const controller = abortOnDisconnect(reply);
    const base = { ...toGenerateRequest(body), signal: controller.signal, clientId: clientIdOf(request, body.user) };
    const id = `${kind === 'chat' ? 'chatcmpl' : 'cmpl'}-${randomUUID()}`;
    const created = Math.floor(Date.now() / 1000);
    const chunkOf = (text: string | null, finish: string | null) =>
      kind === 'chat'
        ? { id, object: 'chat.completion.chunk', created, model: modelName, choices: [{ index: 0, delta: text === null ? {} : { content: text }, finish_reason: finish }] }
        : { id, object: 'text_completion', created, model: modelName, choices: [{ index: 0, text: text ?? '', finish_reason: finish }] };

    if (!body.stream) {
      const result = await engine.generate(base);
      if (kind === 'chat') {
        return { id, object: 'chat.completion', created, model: modelName, choices: [{ index: 0, message: { role: 'assistant', content: result.text }, finish_reason: result.finishReason }], usage: usageOf(result) };
      }
      return { id, object: 'text_completion', created, model: modelName, choices: [{ index: 0, text: result.text, finish_reason: result.finishReason }], usage: usageOf(result) };
    }

    // Streaming: headers go out only with the first text, so that queueing errors (E_BUSY) still get a proper status.
    let started = false;
    const write = (payload: unknown): void => {
      if (!started) {
        started = true;
        reply.hijack();
        reply.raw.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      }
      if (!reply.raw.destroyed) reply.raw.write(`data: ${JSON.stringify(payload)}\n\n`);
    };
    // The first text goes out at once (time to first token); later text is coalesced for a few
    // milliseconds: one socket write and one client wake-up per token cost ~5% of decode speed on 2 cores.
    let pendingText = '';
    let flushTimer: NodeJS.Timeout | null = null;
    const flush = (): void => {
      if (flushTimer) clearTimeout(flushTimer);
      flushTimer = null;
      if (pendingText.length > 0) write(chunkOf(pendingText, null));
      pendingText = '';
    };
    const onText = (text: string): void => {
      if (!started) return write(chunkOf(text, null));
      pendingText += text;
      flushTimer ??= setTimeout(flush, STREAM_COALESCE_MS);
    };
    try {
      const result = await engine.generate({ ...base, onText }).finally(flush);
      write(chunkOf(null, result.finishReason));
      if (body.stream_options?.include_usage) write({ id, object: kind === 'chat' ? 'chat.completion.chunk' : 'text_completion', created, model: modelName, choices: [], usage: usageOf(result) });
      reply.raw.end('data: [DONE]\n\n');
    } catch (error) {
      if (!started) throw error;
      const coded = toMeshmindError(error);
      if (!reply.raw.destroyed) reply.raw.end(`data: ${JSON.stringify(errorBody(coded))}\n\n`);
    }
    return reply;
  };

  app.post('/v1/chat/completions', { schema: { body: ChatCompletionRequestSchema, response: { 200: ChatCompletionResponseSchema, ...errorResponses } } }, generateRoute('chat'));
  app.post('/v1/completions', { schema: { body: CompletionRequestSchema, response: { 200: CompletionResponseSchema, ...errorResponses } } }, generateRoute('text'));

  app.post('/v1/embeddings', { schema: { body: EmbeddingRequestSchema, response: { 200: EmbeddingResponseSchema, ...errorResponses } } }, async (request, reply) => {
    const body = request.body as EmbeddingRequest;
    const texts = typeof body.input === 'string' ? [body.input] : body.input;
    const controller = abortOnDisconnect(reply);
    const sentenceEmbedder = body.model === undefined ? undefined : options.sentenceEmbedders?.get(body.model);
    // Float32 values travel as JSON numbers and parse back to the same float32: the client's vectors are bit for bit the model's.
    const vectors = sentenceEmbedder
      ? (await sentenceEmbedder.embed(texts, controller.signal)).map((vector) => Array.from(vector))
      : await engine.embed({ texts, signal: controller.signal, clientId: clientIdOf(request, undefined) });
    const tokens = texts.reduce((sum, text) => sum + Math.ceil(text.length / 4), 0);
    return {
      object: 'list' as const,
      model: sentenceEmbedder ? sentenceEmbedder.id : modelName,
      data: vectors.map((embedding, index) => ({ object: 'embedding' as const, index, embedding })),
      usage: { prompt_tokens: tokens, total_tokens: tokens },
    };
  });

  return app;
}

export type ListenTarget = { socketPath: string } | { host?: string; port: number };

/** Binds the server; a stale socket file left by a crashed server is removed first. Answers the address. */
export async function listenInferenceServer(app: FastifyInstance, target: ListenTarget): Promise<string> {
  if ('socketPath' in target) {
    const existing = await lstat(target.socketPath).catch(() => null);
    if (existing?.isSocket()) {
      if (await isListening(target.socketPath)) throw new MeshmindError('E_CONFIG_INVALID', `another server already listens on ${target.socketPath}`);
      await unlink(target.socketPath);
    }
    else if (existing) throw new MeshmindError('E_CONFIG_INVALID', `${target.socketPath} exists and is not a socket`);
    await app.listen({ path: target.socketPath });
    return `unix:${target.socketPath}`;
  }
  const host = target.host ?? '127.0.0.1';
  const address = await app.listen({ host, port: target.port });
  return `${address}/v1`;
}

function isListening(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = connect({ path: socketPath });
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', () => resolve(false));
  });
}
