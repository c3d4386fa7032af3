import { isMeshmindError, type Embedder } from '@meshmind/protocol';
import { createOpenAiEmbedder } from './openai-embedder';
import { createUseLiteEmbedder, USE_LITE_DIMENSIONS, USE_LITE_ID } from './use-lite-embedder';

export interface BoardEmbedderConfig {
  /** The board's `meshmind inference serve`: unix:/path/to.sock or http://127.0.0.1:PORT. */
  endpoint: string;
  /** This client's bearer token (`<name>:<secret>`). */
  token: string;
  timeoutMs?: number;
}

/**
 * USE-lite, computed by the board's shared server instead of in this process: same model, same
 * id, same vectors bit for bit, so an index built either way serves the other. TF.js is not loaded
 * here until the server cannot be reached; then this process loads its own model once (one call to
 * `onFallback`) and keeps it: the memory is spent, and a model that flips back and forth would
 * only add a second way to fail. A refused token or a server with another model is not "absent":
 * those errors reach the caller with their code (E_UNAUTHORIZED, E_INVALID_MODEL_OUTPUT).
 */
export function createBoardEmbedder(config: BoardEmbedderConfig, onFallback: (error: Error) => void = () => undefined): Embedder {
  const remote = createOpenAiEmbedder(
    { baseUrl: config.endpoint, model: USE_LITE_ID, apiKey: config.token, ...(config.timeoutMs ? { timeoutMs: config.timeoutMs } : {}) },
    fetch,
    { id: USE_LITE_ID, dimensions: USE_LITE_DIMENSIONS, expectModel: USE_LITE_ID },
  );
  let local: Embedder | null = null;
  return {
    id: USE_LITE_ID,
    dimensions: USE_LITE_DIMENSIONS,
    async embed(texts, signal) {
      if (local) return local.embed(texts, signal);
      try {
        return await remote.embed(texts, signal);
      } catch (error) {
        if (!isMeshmindError(error) || error.code !== 'E_BACKEND_UNREACHABLE') throw error;
        if (!local) {
          local = createUseLiteEmbedder();
          onFallback(error);
        }
        return local.embed(texts, signal);
      }
    },
  };
}
