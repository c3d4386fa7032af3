import type { Logger } from 'pino';
import type { DeviceDescription, DeviceStateValues, Embedder, TaskPipeline } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, createMapperIndexCache, openLexicon, type SelfReferences, type EmbedderConfig, type Lexicon, type MapperIndexCache } from '@meshmind/rag';
import { createInferenceEngine, createProgramGenerator, type EngineConfig, type InferenceEngine } from '@meshmind/inference';
import { withOwnStateWordsRead } from './state-words';

export interface AgentBrainConfig {
  /**
   * Sentence embedder for retrieval; default the Universal Sentence Encoder lite shipped on npm,
   * loaded in this process. `{ kind: 'board', endpoint, token }`: the same model computed by the
   * board's `meshmind inference serve`, this process's own only when the server is absent.
   */
  embedder?: EmbedderConfig;
  /** WordNet and FreeDict dictionaries (Debian packages) sharpen retrieval; default on when installed. */
  lexicon?: boolean;
  /** Where retrieval indexes persist, keyed by API-doc hash and embedder; omit to keep them in memory. */
  cacheDir?: string;
  /** The program generator's engine; default the built-in engine (no weights). */
  engine?: EngineConfig;
}

/** What names a device in a subtask: its name and aliases, and the place it is in. */
export interface AgentIdentityWords {
  name: string;
  aliases?: readonly string[];
  area?: { name: string; aliases?: readonly string[]; floor?: { name: string; aliases?: readonly string[] } | null } | null;
}

function selfReferences(description: DeviceDescription, identity: AgentIdentityWords): SelfReferences {
  const area = identity.area;
  // A kind noun that is also what a function reads or sets ("temperature" of a thermostat) stays in
  // the request: only the words after a function's verb name such things (get_current_temperature).
  const properties = new Set(
    [...description.functions.flatMap((fn) => fn.name.split('_').slice(1)), ...description.functions.flatMap((fn) => fn.parameters.map((parameter) => parameter.name)), ...Object.keys(description.state)]
      .flatMap((name) => name.toLowerCase().split('_')),
  );
  const nouns = description.nouns.filter((noun) => !noun.toLowerCase().split(/\s+/).some((word) => properties.has(word) || properties.has(word.replace(/s$/, ''))));
  return {
    names: [identity.name, ...(identity.aliases ?? [])],
    words: [...nouns, ...(area ? [area.name, ...(area.aliases ?? []), ...(area.floor ? [area.floor.name, ...(area.floor.aliases ?? [])] : [])] : [])],
    kinds: description.nouns,
  };
}

/**
 * What every agent of one process shares: one embedder (loaded once), one lexicon, one inference
 * engine, and one built retrieval index per distinct API document (a fleet of 1,000 robots in ten
 * vendor dialects builds ten indexes, not 1,000). Each agent asks it for the task functions of its
 * own API document.
 */
export class AgentBrain {
  /** Built indexes by document hash and embedder: read-only once built, so agents share them. */
  private readonly indexCache: MapperIndexCache = createMapperIndexCache();

  private constructor(
    private readonly embedder: Embedder,
    private readonly lexicon: Lexicon | undefined,
    private readonly engine: InferenceEngine,
    private readonly cacheDir: string | undefined,
  ) {}

  static async create(config: AgentBrainConfig, logger: Logger): Promise<AgentBrain> {
    const { brain, modelReady } = await AgentBrain.starting(config, logger);
    try {
      await modelReady;
    } catch (error) {
      await brain.close().catch(() => undefined);
      throw error;
    }
    return brain;
  }

  /**
   * The brain at once, and its sentence model's readiness apart: a process with one agent opens its
   * index and task database while the model loads or the board's server answers its first sentence,
   * and awaits `modelReady` before it says it is online. `modelReady` rejects (with the model's
   * code) when the model cannot load; the caller closes the brain then.
   */
  static async starting(config: AgentBrainConfig, logger: Logger): Promise<{ brain: AgentBrain; modelReady: Promise<void> }> {
    const pool = createEmbedderPool();
    const embedderConfig = config.embedder ?? { kind: 'use-lite' };
    // The model loads while the lexicon opens and the engine starts. An agent must not say it is
    // online before the model is ready: one that did could take subtasks it could not map before
    // their deadline on a loaded board (they expired unrun). A model that cannot load fails the
    // start with its code.
    // With the board's server, this process loads no sentence model unless the server is absent.
    const onFallback = (error: Error) =>
      logger.warn({ endpoint: embedderConfig.kind === 'board' ? embedderConfig.endpoint : undefined, reason: error.message }, "the board's embedding server cannot be reached: this agent loads its own sentence model (same vectors, about 100 MB more)");
    const embedder = batchingEmbedder(await pool.get(embedderConfig, { waitForModel: false, onFallback }));
    const modelLoading = pool.ready(embedderConfig, { onFallback });
    modelLoading.catch(() => undefined);
    const lexicon = config.lexicon === false ? undefined : openLexicon();
    if (lexicon && lexicon.missing.length > 0) logger.info({ missing: lexicon.missing }, 'retrieval runs without some language resources');
    // Without a config, the built-in engine: no weights, programs from the built-in templates.
    const engine = createInferenceEngine(config.engine ?? {});
    await engine.start();
    return { brain: new AgentBrain(embedder, lexicon, engine, config.cacheDir), modelReady: modelLoading };
  }

  /**
   * Retrieval and program generation for one API document. `identity` names the device and its
   * place; retrieval reads those words out of each subtask, since they say which device, not which
   * function ("add milk to the shopping list").
   */
  async pipeline(description: DeviceDescription, getState: () => DeviceStateValues, identity?: AgentIdentityWords): Promise<TaskPipeline> {
    const references = identity ? selfReferences(description, identity) : undefined;
    const mapper = await createApiMapper({
      embedder: this.embedder,
      document: description,
      indexCache: this.indexCache,
      ...(this.lexicon ? { lexicon: this.lexicon } : {}),
      ...(this.cacheDir ? { cacheDir: this.cacheDir } : {}),
    });
    return {
      // "is the cellar floor wet?": a two-state sensor's own word for a state is asked as that state (state-words.ts).
      mapper: { map: (subtask) => mapper.map(withOwnStateWordsRead(subtask.text, getState()), getState(), references ? { references } : {}) },
      generator: createProgramGenerator(this.engine, { description }),
    };
  }

  async close(): Promise<void> {
    await this.engine.stop();
  }
}

/**
 * Agents that get their subtasks together embed their sentences together: texts asked for in the
 * same turn of the event loop go to the model as one batch (USE-lite on the development machine:
 * about 19 ms a sentence alone, 6 ms a sentence in a batch of 64). While a batch runs, the next
 * one gathers, so a busy fleet batches more. Same model, same id: indexes and caches still match.
 */
function batchingEmbedder(embedder: Embedder): Embedder {
  let waiting: Array<{ texts: readonly string[]; resolve: (vectors: Float32Array[]) => void; reject: (error: unknown) => void }> = [];
  const flush = () => {
    const batch = waiting;
    waiting = [];
    embedder.embed(batch.flatMap((request) => request.texts)).then(
      (vectors) => {
        let offset = 0;
        for (const request of batch) {
          request.resolve(vectors.slice(offset, offset + request.texts.length));
          offset += request.texts.length;
        }
      },
      (error: unknown) => {
        for (const request of batch) request.reject(error);
      },
    );
  };
  return {
    id: embedder.id,
    dimensions: embedder.dimensions,
    embed(texts) {
      if (texts.length === 0) return Promise.resolve([]);
      return new Promise((resolve, reject) => {
        if (waiting.length === 0) setImmediate(flush);
        waiting.push({ texts, resolve, reject });
      });
    },
  };
}
