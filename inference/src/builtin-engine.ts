import { createHash } from 'node:crypto';
import { MeshmindError, type Embedder } from '@meshmind/protocol';
import { createDeadline } from './deadline';
import type { EmbedRequest, EngineInfo, GenerateResult, InferenceEngine } from './engine';

/**
 * A weightless embedder: hashed word and character-trigram counts, L2-normalised. It finds texts
 * that share words, not texts that share meaning; it is the floor the engine stands on when nothing
 * better is injected (any of the retrieval library's sentence embedders fits), and keeps `embed`
 * answering on a board with no model at all.
 */
export function createHashingEmbedder(dimensions = 256): Embedder {
  const bucket = (feature: string): number => createHash('sha1').update(feature).digest().readUInt32LE(0) % dimensions;
  const vectorFor = (text: string): Float32Array => {
    const vector = new Float32Array(dimensions);
    const words = text.toLowerCase().normalize('NFKD').match(/[\p{L}\p{N}]+/gu) ?? [];
    for (const word of words) {
      vector[bucket(`w:${word}`)]! += 1;
      const padded = ` ${word} `;
      for (let index = 0; index + 3 <= padded.length; index += 1) vector[bucket(`t:${padded.slice(index, index + 3)}`)]! += 0.5;
    }
    const norm = Math.hypot(...vector);
    return norm === 0 ? vector : vector.map((value) => value / norm);
  };
  return { id: `hashing-${dimensions}`, dimensions, embed: async (texts) => texts.map(vectorFor) };
}

/**
 * The engine without weights. It cannot write free text (`generate` answers E_NOT_SUPPORTED);
 * programs come from the built-in program generator's extractor instead, and `embed` from the
 * injected embedder. Agents hold it through the same interface as a model-backed engine.
 */
export class BuiltinEngine implements InferenceEngine {
  readonly backend = 'builtin' as const;
  private readonly embedder: Embedder;

  constructor(options: { embedder?: Embedder } = {}) {
    this.embedder = options.embedder ?? createHashingEmbedder();
  }

  async start(): Promise<void> {}

  async stop(): Promise<void> {}

  info(): EngineInfo {
    return { backend: 'builtin', model: 'builtin', contextSize: null, parallel: 4, canGenerate: false, canEmbed: true };
  }

  async generate(): Promise<GenerateResult> {
    throw new MeshmindError(
      'E_NOT_SUPPORTED',
      'the built-in engine has no language model: configure a GGUF model or an OpenAI-compatible endpoint for free-text generation',
    );
  }

  async embed(request: EmbedRequest): Promise<number[][]> {
    const deadline = createDeadline(request.signal, request.timeoutMs, 'embedding');
    try {
      // The retrieval library's embedders give Float32Array; the engine's wire answers plain arrays.
      return (await this.embedder.embed(request.texts, deadline.signal)).map((vector) => Array.from(vector));
    } finally {
      deadline.dispose();
    }
  }
}
