import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { findNumbers } from '@meshmind/language';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import { addedAmountMarker, namedEndDirection } from '../src/arguments/added-amount';
import type { MapResult } from '../src/mapper/api-mapper-options';

// A skylight that opens, shuts and stands part of the way, written for this test.
const lexicon = openLexicon();
const opening = { name: 'opening', type: 'integer', description: 'Share open; 0 is shut, 50 half open, 100 fully open.', unit: '%', minimum: 0, maximum: 100 } as const;
const skylight = {
  type: 'skylight',
  title: 'Skylight',
  nouns: ['skylight', 'roof window'],
  state: { opening: { type: 'integer', description: 'How far the skylight is open.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    { name: 'open_skylight', kind: 'action', parameters: [], description: 'Opens the skylight fully.', effects: [{ key: 'opening', value: 100 }] },
    { name: 'shut_skylight', kind: 'action', parameters: [], description: 'Shuts the skylight fully.', effects: [{ key: 'opening', value: 0 }] },
    { name: 'set_opening', kind: 'action', description: 'Opens the skylight to the given share.', parameters: [opening], effects: [{ key: 'opening', parameter: 'opening' }] },
  ],
} as unknown as DeviceDescription;

const calls = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`) : []);
const marker = (text: string) => addedAmountMarker(text, findNumbers(text)[0]!);

describe('a number said as an amount added', () => {
  it('is told from a level by the words before or after it', () => {
    expect(marker('open it another 15%')).toBeDefined();
    expect(marker('tilt it a further 5 degrees')).toBeDefined();
    expect(marker('drop it 3 degrees more')).toBeDefined();
    expect(marker('give it 10 percent extra')).toBeDefined();
    expect(marker('set it to 15%')).toBeUndefined();
    expect(marker('raise it by 15 percent')).toBeUndefined();
    expect(marker('open 2 more windows')).toBeUndefined();
    expect(marker('keep it open another 10 minutes')).toBeUndefined();
  });

  it("reads its way from a word naming one end of the parameter's scale and that word's opposite", () => {
    expect(namedEndDirection(opening, 'open the skylight', lexicon.wordNet)).toBe(1);
    expect(namedEndDirection(opening, 'shut it', lexicon.wordNet)).toBe(-1);
    expect(namedEndDirection(opening, 'move the skylight', lexicon.wordNet)).toBeUndefined();
  });

  describe('through the mapper', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    });

    it('moves the level it is at by the amount, the way the request says', async () => {
      const mapper = await createApiMapper({ embedder, lexicon, document: skylight, selfNoun: 'skylight' });
      expect(calls(await mapper.map('open the skylight another 15%', { opening: 40 }))).toEqual(['set_opening{"opening":55}']);
      expect(calls(await mapper.map('open the skylight 20 percent more', { opening: 40 }))).toEqual(['set_opening{"opening":60}']);
      expect(calls(await mapper.map('set the skylight to 30%', { opening: 40 }))).toEqual(['set_opening{"opening":30}']);
    });

    it('asks rather than guesses where the level it is at is not known', async () => {
      const mapper = await createApiMapper({ embedder, lexicon, document: skylight, selfNoun: 'skylight' });
      for (const text of ['open the skylight another 15%', 'open the roof window a further 20 percent']) {
        expect((await mapper.map(text)).kind, text).toBe('not_executable');
      }
    });
  });
});
