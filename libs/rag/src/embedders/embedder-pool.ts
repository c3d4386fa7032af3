import { type Embedder, MeshmindError } from '@meshmind/protocol';
import type { EmbedderConfig } from './embedder';
import { createOpenAiEmbedder } from './openai-embedder';
import { loadTransformersEmbedder } from './transformers-embedder';
import { loadUseLiteEmbedder } from './use-lite-embedder';

const DEFAULT_CACHE_ENTRIES = 50_000;

/**
 * The one place a host process loads embedders: created once, passed to every agent. Each model is
 * loaded once and wrapped with a text -> vector cache, so 200 agents with the same API document
 * embed it once. No global singleton: two pools are two independent sets of models.
 */
export interface EmbedderPool {
  get(config?: EmbedderConfig): Promise<Embedder>;
  /** Number of texts embedded by a model, not answered from the cache (for benchmarks and tests). */
  readonly computedTexts: number;
}

function configKey(config: EmbedderConfig): string {
  switch (config.kind) {
    case 'use-lite':
      return 'use-lite';
    case 'transformers':
      return `transformers:${config.modelPath}:${config.pooling ?? 'mean'}`;
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
        missing.forEach((text, index) => pending.set(text, batch.then((vectors) => vectors[index]!)));
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
    get(config = { kind: 'use-lite' }) {
      const key = configKey(config);
      let embedder = loaded.get(key);
      if (!embedder) {
        const loading = (async () => {
          switch (config.kind) {
            case 'use-lite':
              return loadUseLiteEmbedder();
            case 'transformers':
              return loadTransformersEmbedder(config);
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
