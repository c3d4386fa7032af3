import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import type { MapResult } from '../src/mapper/api-mapper-options';
import { withEquativeExtreme } from '../src/mapper/equative-extreme';

// A greenhouse grow lamp written for this test: an end of its scale said as "as ... as it goes".
const lexicon = openLexicon();
const wordNet = lexicon.wordNet;

const growLamp = {
  type: 'grow_lamp',
  title: 'Grow lamp',
  nouns: ['grow lamp', 'grow light', 'lamp'],
  state: { on: { type: 'boolean', description: 'Whether the lamp is lit.' }, intensity: { type: 'integer', description: 'Light intensity.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    { name: 'switch_on', kind: 'action', parameters: [], description: 'Switches the grow lamp on.', effects: [{ key: 'on', value: true }] },
    { name: 'set_intensity', kind: 'action', parameters: [{ name: 'intensity', type: 'integer', description: 'Brightness of the lamp.', unit: '%', minimum: 1, maximum: 100 }], description: 'Dims or brightens the grow lamp to a level.', effects: [{ key: 'intensity', parameter: 'intensity' }] },
    { name: 'get_intensity', kind: 'query', parameters: [], description: 'Reads how bright the lamp is.', returns: { type: 'integer', description: 'intensity', unit: '%' } },
  ],
} as unknown as DeviceDescription;

const calls = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`) : []);

describe('an end of a scale said as an equal comparison', () => {
  it('reads it as the comparative all the way', () => {
    expect(withEquativeExtreme('lamp as dim as it goes', wordNet)).toBe('lamp dimmer all the way');
    expect(withEquativeExtreme('make the music as loud as it will go please', wordNet)).toBe('make the music louder all the way please');
    expect(withEquativeExtreme('fan as fast as it can', wordNet)).toBe('fan faster all the way');
    expect(withEquativeExtreme('as bright as possible', wordNet)).toBe('brighter all the way');
  });

  it('leaves other comparisons as said', () => {
    for (const text of ['switch off as soon as it goes dark', 'as loud as it is now, turn it down', 'as red as a rose', 'as green as it goes']) {
      expect(withEquativeExtreme(text, wordNet), text).toBe(text);
    }
  });

  describe('through the mapper', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    });

    it('sets the level at the end the adjective names', async () => {
      const mapper = await createApiMapper({ embedder, lexicon, document: growLamp, selfNoun: 'grow lamp' });
      expect(calls(await mapper.map('grow lamp as bright as it goes', { on: true, intensity: 40 }))).toEqual(['set_intensity{"intensity":100}']);
      expect(calls(await mapper.map('make the lamp as dim as it will go', { on: true, intensity: 40 }))).toEqual(['set_intensity{"intensity":1}']);
    });
  });
});
