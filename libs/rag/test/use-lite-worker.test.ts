import { describe, expect, it } from 'vitest';
import { createEmbedderPool } from '../src/index';
import { createUseLiteEmbedder } from '../src/embedders/use-lite-embedder';
import { createUseLiteWorkerEmbedder, preloadUseLiteWorker } from '../src/embedders/use-lite-worker';

const SENTENCES = ['turn on the kitchen light', 'set the bedroom thermostat to 21 degrees', 'Stellen Sie das Regal drei bereit', ''];

describe('USE-lite in a worker thread (a one-shot run loads it beside its start)', () => {
  it('answers with the id and size of the in-process model before its model is loaded', () => {
    const inWorker = createUseLiteWorkerEmbedder();
    const inProcess = createUseLiteEmbedder();
    expect(inWorker.id).toBe(inProcess.id);
    expect(inWorker.dimensions).toBe(inProcess.dimensions);
  });

  it('embeds bit-identically to the model loaded in this thread, empty text included', async () => {
    const fromWorker = await createUseLiteWorkerEmbedder().embed(SENTENCES);
    const fromProcess = await createUseLiteEmbedder().embed(SENTENCES);
    expect(fromWorker).toHaveLength(SENTENCES.length);
    fromWorker.forEach((vector, index) => expect(Array.from(vector)).toEqual(Array.from(fromProcess[index]!)));
    expect(await createUseLiteWorkerEmbedder().embed([])).toEqual([]);
  }, 120_000);

  it('answers requests made at the same time, each with its own vectors', async () => {
    await preloadUseLiteWorker();
    const embedder = createUseLiteWorkerEmbedder();
    const one = [SENTENCES[0]!];
    const two = [SENTENCES[1]!, SENTENCES[2]!];
    const [first, second] = await Promise.all([embedder.embed(one), embedder.embed(two)]);
    // A sentence's vector depends a little on its batch (padding), so each is compared with its own request made alone.
    expect(first.map((vector) => Array.from(vector))).toEqual((await embedder.embed(one)).map((vector) => Array.from(vector)));
    expect(second.map((vector) => Array.from(vector))).toEqual((await embedder.embed(two)).map((vector) => Array.from(vector)));
  }, 120_000);

  it('is a pool entry of its own, ready once the worker has loaded the model', async () => {
    const pool = createEmbedderPool();
    await pool.ready({ kind: 'use-lite', thread: 'worker' });
    const inWorker = await pool.get({ kind: 'use-lite', thread: 'worker' });
    const inProcess = await pool.get({ kind: 'use-lite' });
    expect(inWorker).not.toBe(inProcess);
    const [vector] = await inWorker.embed([SENTENCES[1]!]);
    expect(vector).toHaveLength(inWorker.dimensions);
  }, 120_000);
});
