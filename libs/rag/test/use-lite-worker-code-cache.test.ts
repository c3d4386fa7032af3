import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { normalise } from '../src/embedders/embedder';
import { createUseLiteEmbedder } from '../src/embedders/use-lite-embedder';
import { USE_LITE_WORKER_PROGRAM } from '../src/embedders/use-lite-worker-program';

const SENTENCE = 'set the bedroom thermostat to 21 degrees';
const directory = mkdtempSync(join(tmpdir(), 'meshmind-code-cache-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** One run of the worker's program as use-lite-worker.ts starts it: ready, one sentence, stopped. */
async function embedInWorker(codeCacheDirectory: string): Promise<number[]> {
  const worker = new Worker(USE_LITE_WORKER_PROGRAM, {
    eval: true,
    workerData: { from: fileURLToPath(import.meta.url), warmUp: 'turn on the light', codeCacheDirectory },
  });
  try {
    return await new Promise<number[]>((resolve, reject) => {
      worker.on('error', reject);
      worker.on('message', (reply: { ready?: boolean; vectors?: number[][]; error?: { message: string } }) => {
        if (reply.ready === false || reply.error) reject(new Error(reply.error?.message));
        else if (reply.ready) worker.postMessage({ id: 1, texts: [SENTENCE] });
        else if (reply.vectors) resolve(reply.vectors[0]!);
      });
    });
  } finally {
    await worker.terminate();
  }
}

function cacheFiles(): string[] {
  return readdirSync(directory).filter((name) => name.endsWith('.v8-cache'));
}

describe("the sentence model's worker: TF.js from a V8 code cache, the weights read into one buffer", () => {
  it('writes the cache once, then loads from it, the vectors bit-identical to the in-process model every time', async () => {
    const [expected] = await createUseLiteEmbedder().embed([SENTENCE]);
    const normalised = (vector: number[]) => Array.from(normalise(vector));

    // The first start compiles TF.js and writes the cache right after saying it is ready (before it
    // reads the next message); the second and third compile from it.
    const first = await embedInWorker(directory);
    expect(normalised(first)).toEqual(Array.from(expected!));
    expect(cacheFiles()).toHaveLength(1);
    const second = await embedInWorker(directory);
    expect(normalised(second)).toEqual(Array.from(expected!));
    const written = statSync(join(directory, cacheFiles()[0]!));
    expect(written.mode & 0o077).toBe(0);

    const third = await embedInWorker(directory);
    expect(normalised(third)).toEqual(Array.from(expected!));
    // Loaded, not refused and written again.
    expect(statSync(join(directory, cacheFiles()[0]!)).mtimeMs).toBe(written.mtimeMs);
  }, 180_000);
});
