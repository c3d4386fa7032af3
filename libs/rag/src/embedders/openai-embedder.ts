import { MeshmindError, safeParseJson, type Embedder } from '@meshmind/protocol';
import { normalise } from './embedder';

const DEFAULT_TIMEOUT_MS = 30_000;
const BATCH_SIZE = 128;

/** An OpenAI-compatible POST /v1/embeddings endpoint (llama.cpp server, Ollama, vLLM, a cloud API). */
export function createOpenAiEmbedder(
  config: { baseUrl: string; model: string; apiKey?: string; dimensions?: number; timeoutMs?: number },
  fetchImplementation: typeof fetch = fetch,
): Embedder {
  const url = `${config.baseUrl.replace(/\/+$/, '').replace(/\/v1$/, '')}/v1/embeddings`;
  let dimensions = config.dimensions ?? 0;
  async function embedBatch(texts: string[]): Promise<Float32Array[]> {
    let response: Response;
    try {
      response = await fetchImplementation(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}) },
        body: JSON.stringify({ model: config.model, input: texts, ...(config.dimensions ? { dimensions: config.dimensions } : {}) }),
        signal: AbortSignal.timeout(config.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      });
    } catch (error) {
      throw new MeshmindError('E_BACKEND_UNREACHABLE', `embeddings endpoint ${url} cannot be reached: ${(error as Error).message}`, { cause: error });
    }
    const body = await response.text();
    if (!response.ok) {
      throw new MeshmindError('E_BACKEND_UNREACHABLE', `embeddings endpoint ${url} answered ${response.status}: ${body.slice(0, 200)}`);
    }
    const parsed = safeParseJson(body, 64 * 1024 * 1024);
    const data = parsed.ok ? (parsed.value as { data?: Array<{ embedding?: unknown; index?: number }> }).data : undefined;
    if (!Array.isArray(data) || data.length !== texts.length || data.some((item) => !Array.isArray(item?.embedding))) {
      throw new MeshmindError('E_INVALID_MODEL_OUTPUT', `embeddings endpoint ${url} returned no embedding list for ${texts.length} inputs`);
    }
    const ordered = [...data].sort((left, right) => (left.index ?? 0) - (right.index ?? 0));
    return ordered.map((item) => normalise(item.embedding as number[]));
  }
  return {
    id: `openai:${config.baseUrl}:${config.model}${config.dimensions ? `:${config.dimensions}` : ''}`,
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
