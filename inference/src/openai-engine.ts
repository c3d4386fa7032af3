import type { IncomingMessage } from 'node:http';
import { MeshmindError, createValidator, isErrorCode, isMeshmindError, safeParseJson, type ErrorCode } from '@meshmind/protocol';
import { createDeadline, sleep } from './deadline';
import type { EmbedRequest, EngineInfo, FinishReason, GenerateRequest, GenerateResult, InferenceEngine } from './engine';
import { parseEndpoint, readBody, readServerSentEvents, sendHttp, type Endpoint } from './http-transport';
import { CLIENT_ID_HEADER, EmbeddingResponseSchema, ModelListSchema, StreamChunkSchema, type ModelList } from './openai-wire';

export interface OpenAiEngineOptions {
  /** `http(s)://host:port/v1` or `unix:/path/to.sock`. */
  endpoint: string;
  apiKey?: string;
  /** The model name sent to the server; servers with one model ignore it. */
  model?: string;
  /** Sent in the client-id header so that a shared server takes turns between agents. */
  clientId?: string;
  /** Deadline per request, retries and queueing included. */
  timeoutMs?: number;
  /** Further attempts after a connection failure or a 429/502/503/504. */
  retries?: number;
  /** First backoff; it doubles per attempt, with jitter. */
  retryDelayMs?: number;
  /** How many requests the server serves at once, as far as callers should plan. */
  parallel?: number;
  contextSize?: number | null;
}

const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);
const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ENOENT', 'ECONNRESET', 'EPIPE', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);
const chunkValidator = createValidator(StreamChunkSchema, 'E_INVALID_MODEL_OUTPUT');
const embeddingValidator = createValidator(EmbeddingResponseSchema, 'E_INVALID_MODEL_OUTPUT');
const modelListValidator = createValidator(ModelListSchema, 'E_INVALID_MODEL_OUTPUT');

function codeForStatus(status: number): ErrorCode {
  if (status === 400 || status === 422) return 'E_INVALID_PAYLOAD';
  if (status === 404) return 'E_MODEL_MISSING';
  if (status === 413) return 'E_CONTEXT_OVERFLOW';
  if (status === 429 || status === 503) return 'E_BUSY';
  if (status === 499) return 'E_CANCELLED';
  if (status === 504) return 'E_TIMEOUT';
  return 'E_BACKEND_UNREACHABLE';
}

/** Reads an error body (ours carry a meshmind code; others an OpenAI or llama.cpp shape) into a coded error. */
function errorFromBody(status: number, body: string): MeshmindError {
  const parsed = safeParseJson(body);
  const error = parsed.ok && typeof parsed.value === 'object' && parsed.value !== null ? (parsed.value as { error?: unknown }).error : undefined;
  const fields = typeof error === 'object' && error !== null ? (error as { code?: unknown; message?: unknown }) : {};
  const message = typeof fields.message === 'string' ? fields.message : typeof error === 'string' ? error : `HTTP ${status}`;
  const code = isErrorCode(fields.code) ? fields.code : codeForStatus(status);
  return new MeshmindError(code, `inference server answered ${status}: ${message}`, { details: { status } });
}

function isConnectionError(error: unknown): boolean {
  return CONNECTION_ERRORS.has((error as { code?: string }).code ?? '');
}

/**
 * Any OpenAI-compatible server: llama.cpp server, Ollama, vLLM, a cloud API, or our own
 * `meshmind inference serve` (this is the agents' client for it). Always streams, so that text
 * reaches the caller as it comes and a cancelled request closes the connection at once.
 */
export class OpenAiEngine implements InferenceEngine {
  readonly backend = 'openai' as const;
  private readonly options: OpenAiEngineOptions;
  private readonly endpoint: Endpoint;

  constructor(options: OpenAiEngineOptions) {
    this.options = options;
    this.endpoint = parseEndpoint(options.endpoint);
  }

  async start(): Promise<void> {}

  async stop(): Promise<void> {}

  info(): EngineInfo {
    return {
      backend: 'openai',
      model: this.options.model ?? this.options.endpoint,
      contextSize: this.options.contextSize ?? null,
      parallel: this.options.parallel ?? 4,
      canGenerate: true,
      canEmbed: true,
    };
  }

  async listModels(signal?: AbortSignal): Promise<ModelList> {
    const deadline = createDeadline(signal, this.options.timeoutMs ?? 10_000, 'listing models');
    try {
      const response = await this.send('GET', '/models', undefined, deadline.signal, undefined);
      const parsed = modelListValidator.parse(await readBody(response));
      if (!parsed.ok) throw parsed.error;
      return parsed.value;
    } catch (error) {
      throw this.explain(error, deadline);
    } finally {
      deadline.dispose();
    }
  }

  async generate(request: GenerateRequest): Promise<GenerateResult> {
    const startedAt = performance.now();
    const deadline = createDeadline(request.signal, request.timeoutMs ?? this.options.timeoutMs ?? 120_000, 'generation');
    try {
      const isChat = request.messages !== undefined && request.messages.length > 0;
      if (!isChat && typeof request.prompt !== 'string') throw new MeshmindError('E_INVALID_PAYLOAD', 'a generation request needs messages or a prompt');
      const body = {
        ...(this.options.model ? { model: this.options.model } : {}),
        ...(isChat ? { messages: request.messages } : { prompt: request.prompt }),
        stream: true,
        stream_options: { include_usage: true },
        ...(request.maxTokens === undefined ? {} : { max_tokens: request.maxTokens }),
        temperature: request.temperature ?? 0,
        ...(request.stop && request.stop.length > 0 ? { stop: request.stop } : {}),
        ...(request.seed === undefined ? {} : { seed: request.seed }),
        ...(request.jsonSchema ? { response_format: { type: 'json_schema', json_schema: { name: 'output', schema: request.jsonSchema, strict: true } } } : {}),
        ...(request.grammar === undefined ? {} : { grammar: request.grammar }),
      };
      const response = await this.send('POST', isChat ? '/chat/completions' : '/completions', body, deadline.signal, request.clientId);
      return await this.readGeneration(response, request, startedAt);
    } catch (error) {
      throw this.explain(error, deadline);
    } finally {
      deadline.dispose();
    }
  }

  async embed(request: EmbedRequest): Promise<number[][]> {
    const deadline = createDeadline(request.signal, request.timeoutMs ?? this.options.timeoutMs ?? 120_000, 'embedding');
    try {
      const body = { input: request.texts, ...(this.options.model ? { model: this.options.model } : {}) };
      const response = await this.send('POST', '/embeddings', body, deadline.signal, request.clientId);
      const parsed = embeddingValidator.parse(await readBody(response));
      if (!parsed.ok) throw parsed.error;
      return [...parsed.value.data].sort((a, b) => a.index - b.index).map((entry) => entry.embedding);
    } catch (error) {
      throw this.explain(error, deadline);
    } finally {
      deadline.dispose();
    }
  }

  private async readGeneration(response: IncomingMessage, request: GenerateRequest, startedAt: number): Promise<GenerateResult> {
    let text = '';
    let chunks = 0;
    let firstTextAt: number | null = null;
    let finishReason: FinishReason = 'stop';
    let usage: { promptTokens: number; completionTokens: number } | null = null;
    const accept = (piece: string | null | undefined): void => {
      if (!piece) return;
      firstTextAt ??= performance.now();
      chunks += 1;
      text += piece;
      request.onText?.(piece);
    };
    const isEventStream = (response.headers['content-type'] ?? '').includes('text/event-stream');
    // A server that ignores `stream: true` answers with one JSON body, which reads as one chunk.
    const payloads = isEventStream ? readServerSentEvents(response) : (async function* () { yield await readBody(response); })();
    for await (const payload of payloads) {
      if (payload.trim() === '[DONE]') break;
      const parsed = chunkValidator.parse(payload);
      if (!parsed.ok) throw new MeshmindError('E_INVALID_MODEL_OUTPUT', `the inference server sent a malformed chunk: ${parsed.error.message}`, { cause: parsed.error });
      const chunk = parsed.value;
      if (chunk.error) {
        const code = isErrorCode(chunk.error.code) ? chunk.error.code : 'E_BACKEND_UNREACHABLE';
        throw new MeshmindError(code, `inference server failed mid-stream: ${chunk.error.message ?? 'unknown error'}`);
      }
      for (const choice of chunk.choices ?? []) {
        const message = (choice as { message?: { content?: unknown } }).message;
        accept(choice.delta?.content ?? choice.text ?? (typeof message?.content === 'string' ? message.content : undefined));
        if (choice.finish_reason === 'length') finishReason = 'length';
      }
      if (chunk.usage) usage = { promptTokens: chunk.usage.prompt_tokens ?? 0, completionTokens: chunk.usage.completion_tokens ?? chunks };
    }
    return {
      text,
      finishReason,
      usage: usage ?? { promptTokens: 0, completionTokens: chunks },
      timeToFirstTokenMs: firstTextAt === null ? null : firstTextAt - startedAt,
      durationMs: performance.now() - startedAt,
    };
  }

  /** Sends with retries and exponential backoff; answers the response once its status is 2xx. */
  private async send(method: 'GET' | 'POST', path: string, body: unknown, signal: AbortSignal, clientId: string | undefined): Promise<IncomingMessage> {
    const retries = this.options.retries ?? 3;
    const baseDelay = this.options.retryDelayMs ?? 250;
    const headers: Record<string, string> = {};
    if (this.options.apiKey) headers.authorization = `Bearer ${this.options.apiKey}`;
    const client = clientId ?? this.options.clientId;
    if (client) headers[CLIENT_ID_HEADER] = client;
    for (let attempt = 0; ; attempt += 1) {
      let failure: MeshmindError;
      try {
        const response = await sendHttp(this.endpoint, { method, path, headers, body, signal });
        const status = response.statusCode ?? 0;
        if (status >= 200 && status < 300) return response;
        failure = errorFromBody(status, await readBody(response));
        if (!RETRYABLE_STATUS.has(status) || attempt >= retries) throw failure;
      } catch (error) {
        if (signal.aborted || isMeshmindError(error)) throw error;
        if (!isConnectionError(error)) throw error;
        failure = new MeshmindError('E_BACKEND_UNREACHABLE', `cannot reach the inference server at ${this.options.endpoint}: ${(error as Error).message}`, { cause: error });
        if (attempt >= retries) throw failure;
      }
      const delay = baseDelay * 2 ** attempt * (0.5 + Math.random() / 2);
      await sleep(delay, signal);
    }
  }

  private explain(error: unknown, deadline: { signal: AbortSignal; reason(): MeshmindError }): MeshmindError {
    if (deadline.signal.aborted) return deadline.reason();
    if (isMeshmindError(error)) return error;
    if (isConnectionError(error)) {
      return new MeshmindError('E_BACKEND_UNREACHABLE', `lost the inference server at ${this.options.endpoint}: ${(error as Error).message}`, { cause: error });
    }
    return new MeshmindError('E_BACKEND_UNREACHABLE', `inference request failed: ${(error as Error).message}`, { cause: error });
  }
}
