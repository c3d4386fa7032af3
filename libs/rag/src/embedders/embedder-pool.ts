import { type Embedder, MeshmindError } from '@meshmind/protocol';
import type { EmbedderConfig } from './embedder';
import { createBoardEmbedder } from './board-embedder';
import { createOpenAiEmbedder } from './openai-embedder';
import { loadTransformersEmbedder } from './transformers-embedder';
import { createUseLiteEmbedder, preloadUseLite } from './use-lite-embedder';
import { createUseLiteWorkerEmbedder, preloadUseLiteWorker } from './use-lite-worker';

const DEFAULT_CACHE_ENTRIES = 50_000;

/**
 * The one place a host process loads embedders: created once, passed to every agent. Each model is
 * loaded once and wrapped with a text -> vector cache, so 200 agents with the same API document
 * embed it once. No global singleton: two pools are two independent sets of models.
 */
export interface EmbedderPool {
  /**
   * The embedder of `config`, its model loaded. With `waitForModel: false` a model whose id and size
   * are known without loading it (USE-lite) answers at once and loads in the background: an index
   * persisted on disk opens meanwhile, and the first `embed` waits for the model (or fails with the
   * load's coded error). Other kinds load before answering either way.
   */
  get(config?: EmbedderConfig, options?: GetEmbedderOptions): Promise<Embedder>;
  /**
   * Resolves when the model of `config` is loaded; rejects with the coded load error. For the
   * board's server: when one sentence has been embedded, by the server or, absent, by this process.
   */
  ready(config?: EmbedderConfig, options?: GetEmbedderOptions): Promise<void>;
  /** Number of texts embedded by a model, not answered from the cache (for benchmarks and tests). */
  readonly computedTexts: number;
}

export interface GetEmbedderOptions {
  waitForModel?: boolean;
  /** Told once when the board's server cannot be reached and this process loads its own model. */
  onFallback?: (error: Error) => void;
}

/** What `ready` embeds to learn that a board's server answers (any short sentence does). */
const PROBE_TEXT = 'turn on the light';

function configKey(config: EmbedderConfig): string {
  switch (config.kind) {
    case 'use-lite':
      return config.thread === 'worker' ? 'use-lite:worker' : 'use-lite';
    case 'transformers':
      return `transformers:${config.modelPath}:${config.pooling ?? 'mean'}`;
    case 'board':
      return `board:${config.endpoint}`;
    case 'openai':
      return `openai:${config.baseUrl}:${config.model}:${config.dimensions ?? ''}`;
  }
}

function withCache(embedder: Embedder, maxEntries: number, count: (texts: number) => void): Embedder {
  const cache = new Map<string, Float32Array>();
  const pending = new Map<string, Promise<Float32Array>>();
  return {
    id: embedder.id,
    dimensions: embedder.dimensions,
    async embed(texts) {
      const missing = [...new Set(texts.filter((text) => !cache.has(text) && !pending.has(text)))];
      if (missing.length > 0) {
        const batch = embedder.embed(missing);
        missing.forEach((text, index) => {
          const vector = batch.then((vectors) => vectors[index]!);
          // Only a concurrent caller of the same text awaits this one; a failed batch must not also be an unhandled rejection.
          vector.catch(() => undefined);
          pending.set(text, vector);
        });
        try {
          const vectors = await batch;
          count(missing.length);
          missing.forEach((text, index) => {
            // Insertion order doubles as recency: evict the oldest entry when full.
            if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
            cache.set(text, vectors[index]!);
          });
        } finally {
          for (const text of missing) pending.delete(text);
        }
      }
      return Promise.all(texts.map((text) => cache.get(text) ?? pending.get(text)!));
    },
  };
}

export function createEmbedderPool(options: { maxCachedTexts?: number; fetch?: typeof fetch } = {}): EmbedderPool {
  const loaded = new Map<string, Promise<Embedder>>();
  let computedTexts = 0;
  const count = (texts: number) => {
    computedTexts += texts;
  };
  return {
    get computedTexts() {
      return computedTexts;
    },
    async ready(config = { kind: 'use-lite' }, readyOptions = {}) {
      if (config.kind === 'use-lite') await (config.thread === 'worker' ? preloadUseLiteWorker() : preloadUseLite());
      else if (config.kind === 'board') await (await this.get(config, readyOptions)).embed([PROBE_TEXT]);
      else await this.get(config);
    },
    async get(config = { kind: 'use-lite' }, getOptions = {}) {
      if (config.kind === 'use-lite') {
        const loading = config.thread === 'worker' ? preloadUseLiteWorker() : preloadUseLite();
        if (getOptions.waitForModel === false) loading.catch(() => undefined);
        else await loading;
      }
      const key = configKey(config);
      let embedder = loaded.get(key);
      if (!embedder) {
        const loading = (async () => {
          switch (config.kind) {
            case 'use-lite':
              return config.thread === 'worker' ? createUseLiteWorkerEmbedder() : createUseLiteEmbedder();
            case 'transformers':
              return loadTransformersEmbedder(config);
            case 'board':
              return createBoardEmbedder(config, getOptions.onFallback);
            case 'openai':
              return createOpenAiEmbedder(config, options.fetch);
            default:
              throw new MeshmindError('E_CONFIG_INVALID', `unknown embedder kind ${(config as { kind: unknown }).kind}`);
          }
        })().then((base) => withCache(base, options.maxCachedTexts ?? DEFAULT_CACHE_ENTRIES, count));
        // A failed load is not cached: the user may fix the path and ask again.
        loading.catch(() => loaded.delete(key));
        loaded.set(key, loading);
        embedder = loading;
      }
      return embedder;
    },
  };
}
