/**
 * Every sentence embedder here implements the task contract's Embedder (libs/protocol). Its `id`
 * names the model (and its settings) exactly: every persisted index is keyed by it, so changing the
 * model rebuilds the index instead of mixing vector spaces.
 */

export type EmbedderConfig =
  /**
   * `thread: 'worker'`: the same model in a worker thread of this process, its load and first
   * sentence off the main thread (a one-shot `meshmind run` starts everything else meanwhile).
   */
  | { kind: 'use-lite'; thread?: 'main' | 'worker' }
  | { kind: 'transformers'; modelPath: string; pooling?: 'mean' | 'cls' }
  /** USE-lite served by the board's `meshmind inference serve`, this process's own model when the server is absent. */
  | { kind: 'board'; endpoint: string; token: string; timeoutMs?: number }
  | { kind: 'openai'; baseUrl: string; model: string; apiKey?: string; dimensions?: number; timeoutMs?: number };

export function normalise(vector: ArrayLike<number>): Float32Array {
  const result = Float32Array.from(vector);
  let norm = 0;
  for (const value of result) norm += value * value;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let index = 0; index < result.length; index += 1) result[index]! /= norm;
  return result;
}

/** Dot product of unit vectors. */
export function cosine(left: Float32Array, right: Float32Array): number {
  let sum = 0;
  const length = Math.min(left.length, right.length);
  for (let index = 0; index < length; index += 1) sum += left[index]! * right[index]!;
  return sum;
}
