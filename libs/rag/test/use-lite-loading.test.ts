import { describe, expect, it } from 'vitest';
import { loadUseLiteEmbedder } from '../src/embedders/use-lite-embedder';

describe('loading the Universal Sentence Encoder lite', () => {
  it('loads once for many callers at once, without racing the TF.js backend', async () => {
    // Eight agents' brains asking at the same moment: the race of the flaky suite.
    const embedders = await Promise.all(Array.from({ length: 8 }, () => loadUseLiteEmbedder()));
    const vectors = await Promise.all(embedders.map((embedder) => embedder.embed(['turn on the light'])));
    for (const [vector] of vectors) expect(Array.from(vector!)).toEqual(Array.from(vectors[0]![0]!));
    expect(embedders.every((embedder) => embedder.dimensions === 512)).toBe(true);
  });
});
