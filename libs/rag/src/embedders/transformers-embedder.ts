import { MeshmindError, type Embedder } from '@meshmind/protocol';
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { normalise } from './embedder';

const HOW_TO_PROVIDE =
  'copy a sentence-transformers ONNX export there (config.json, tokenizer.json and onnx/model.onnx, e.g. Xenova/all-MiniLM-L6-v2), ' +
  "or use the default embedder { kind: 'use-lite' }";

/**
 * Any local ONNX sentence model through transformers.js. Never downloads: remote models are off,
 * and a missing folder is an E_MODEL_MISSING error naming the path and how to provide it.
 */
export async function loadTransformersEmbedder(config: { modelPath: string; pooling?: 'mean' | 'cls' }): Promise<Embedder> {
  const modelPath = resolve(config.modelPath);
  if (!existsSync(join(modelPath, 'config.json'))) {
    throw new MeshmindError('E_MODEL_MISSING', `no ONNX sentence model at ${modelPath} (config.json not found): ${HOW_TO_PROVIDE}`);
  }
  let extractor: (texts: string[], options: object) => Promise<{ tolist(): number[][]; dims: number[] }>;
  try {
    const transformers = await import('@huggingface/transformers');
    transformers.env.allowRemoteModels = false;
    transformers.env.allowLocalModels = true;
    transformers.env.localModelPath = dirname(modelPath);
    extractor = (await transformers.pipeline('feature-extraction', basename(modelPath))) as unknown as typeof extractor;
  } catch (error) {
    throw new MeshmindError('E_MODEL_MISSING', `the ONNX model at ${modelPath} could not be loaded (${(error as Error).message}): ${HOW_TO_PROVIDE}`, {
      cause: error,
    });
  }
  const probe = await extractor(['probe'], { pooling: config.pooling ?? 'mean', normalize: true });
  const dimensions = probe.dims.at(-1) ?? 0;
  return {
    id: `transformers:${basename(modelPath)}:${config.pooling ?? 'mean'}`,
    dimensions,
    async embed(texts) {
      if (texts.length === 0) return [];
      const output = await extractor([...texts], { pooling: config.pooling ?? 'mean', normalize: true });
      return output.tolist().map((vector) => normalise(vector));
    },
  };
}
