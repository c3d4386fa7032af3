import { request as httpRequest } from 'node:http';
import { MeshmindError, safeParseJson, type Embedder } from '@meshmind/protocol';
import { normalise } from './embedder';

const DEFAULT_TIMEOUT_MS = 30_000;
const BATCH_SIZE = 128;
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

export interface OpenAiEmbedderConfig {
  /** http(s)://host:port[/v1], or unix:/path/to.sock (the board's `meshmind inference serve`). */
  baseUrl: string;
  model: string;
  apiKey?: string;
  dimensions?: number;
  timeoutMs?: number;
}

/** Extra terms for a server known to run the very model an index was built with (the board's server). */
export interface SameModelTerms {
  /** The embedder id to claim: indexes built with the local model are reused as they are. */
  id: string;
  dimensions: number;
  /** The server must answer this model name, or the vectors are refused (another vector space). */
  expectModel: string;
}

interface PostAnswer {
  status: number;
  body: string;
}

/** Node's fetch cannot reach a Unix socket without undici's dispatcher: node:http can. */
function postOverSocket(socketPath: string, path: string, headers: Record<string, string>, payload: string, timeoutMs: number): Promise<PostAnswer> {
  const bytes = Buffer.from(payload, 'utf8');
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { socketPath, path, method: 'POST', headers: { ...headers, 'content-length': String(bytes.length) }, signal: AbortSignal.timeout(timeoutMs) },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_RESPONSE_BYTES) response.destroy(new Error(`response exceeds ${MAX_RESPONSE_BYTES} bytes`));
          else chunks.push(chunk);
        });
        response.once('error', reject);
        response.once('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    outgoing.once('error', reject);
    outgoing.end(bytes);
  });
}

/** The error code of a refused request, from our server's coded body when it sent one. */
function refusalCode(status: number): 'E_UNAUTHORIZED' | 'E_BACKEND_UNREACHABLE' {
  return status === 401 || status === 403 ? 'E_UNAUTHORIZED' : 'E_BACKEND_UNREACHABLE';
}

/**
 * An OpenAI-compatible POST /v1/embeddings endpoint (llama.cpp server, Ollama, vLLM, a cloud API,
 * or the board's own server over its Unix socket). With `sameModel`, the server is trusted to run
 * exactly that model: the id is the local model's, and its unit vectors are kept bit for bit (a
 * second normalisation could move the last bit of a float32 and break "same vectors as local").
 */
export function createOpenAiEmbedder(config: OpenAiEmbedderConfig, fetchImplementation: typeof fetch = fetch, sameModel?: SameModelTerms): Embedder {
  const socketPath = config.baseUrl.startsWith('unix:') ? config.baseUrl.slice('unix:'.length) : null;
  if (socketPath === '') throw new MeshmindError('E_CONFIG_INVALID', 'a unix: embeddings endpoint needs a socket path');
  const url = socketPath ? `${config.baseUrl} /v1/embeddings` : `${config.baseUrl.replace(/\/+$/, '').replace(/\/v1$/, '')}/v1/embeddings`;
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let dimensions = sameModel?.dimensions ?? config.dimensions ?? 0;

  async function post(payload: string): Promise<PostAnswer> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}) };
    if (socketPath) return postOverSocket(socketPath, '/v1/embeddings', headers, payload, timeoutMs);
    const response = await fetchImplementation(url, { method: 'POST', headers, body: payload, signal: AbortSignal.timeout(timeoutMs) });
    return { status: response.status, body: await response.text() };
  }

  async function embedBatch(texts: string[]): Promise<Float32Array[]> {
    let answer: PostAnswer;
    try {
      answer = await post(JSON.stringify({ model: config.model, input: texts, ...(config.dimensions ? { dimensions: config.dimensions } : {}) }));
    } catch (error) {
      throw new MeshmindError('E_BACKEND_UNREACHABLE', `embeddings endpoint ${url} cannot be reached: ${(error as Error).message}`, { cause: error });
    }
    if (answer.status < 200 || answer.status >= 300) {
      throw new MeshmindError(refusalCode(answer.status), `embeddings endpoint ${url} answered ${answer.status}: ${answer.body.slice(0, 300)}`);
    }
    const parsed = safeParseJson(answer.body, MAX_RESPONSE_BYTES);
    const value = parsed.ok ? (parsed.value as { model?: unknown; data?: Array<{ embedding?: unknown; index?: number }> }) : undefined;
    const data = value?.data;
    if (!Array.isArray(data) || data.length !== texts.length || data.some((item) => !Array.isArray(item?.embedding))) {
      throw new MeshmindError('E_INVALID_MODEL_OUTPUT', `embeddings endpoint ${url} returned no embedding list for ${texts.length} inputs`);
    }
    if (sameModel && value?.model !== sameModel.expectModel) {
      throw new MeshmindError('E_INVALID_MODEL_OUTPUT', `embeddings endpoint ${url} answered with model ${JSON.stringify(value?.model)}, not ${sameModel.expectModel}: its vectors would not match this agent's indexes`);
    }
    const ordered = [...data].sort((left, right) => (left.index ?? 0) - (right.index ?? 0));
    return ordered.map((item) => {
      const vector = item.embedding as unknown[];
      if (!vector.every((component) => typeof component === 'number' && Number.isFinite(component))) {
        throw new MeshmindError('E_INVALID_MODEL_OUTPUT', `embeddings endpoint ${url} returned a vector with a non-number`);
      }
      if (sameModel && vector.length !== sameModel.dimensions) {
        throw new MeshmindError('E_INVALID_MODEL_OUTPUT', `embeddings endpoint ${url} returned ${vector.length} dimensions, not ${sameModel.dimensions}`);
      }
      return sameModel ? Float32Array.from(vector as number[]) : normalise(vector as number[]);
    });
  }
  return {
    id: sameModel?.id ?? `openai:${config.baseUrl}:${config.model}${config.dimensions ? `:${config.dimensions}` : ''}`,
    get dimensions() {
      return dimensions;
    },
    async embed(texts) {
      const vectors: Float32Array[] = [];
      for (let start = 0; start < texts.length; start += BATCH_SIZE) vectors.push(...(await embedBatch(texts.slice(start, start + BATCH_SIZE))));
      if (vectors[0]) dimensions = vectors[0].length;
      return vectors;
    },
  };
}
