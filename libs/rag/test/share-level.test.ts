import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, normaliseApiDocument, openLexicon } from '@meshmind/rag';
import type { MapResult } from '../src/mapper/api-mapper-options';
import { shareLevelSetter } from '../src/mapper/share-level';

// A grow lamp and an extractor fan written for this test: "up" and "down" with no quantity named move the level in percent.
const lexicon = openLexicon();

const growLamp = {
  type: 'grow_lamp',
  title: 'Plant grow lamp',
  nouns: ['grow lamp', 'grow light', 'plant lamp'],
  state: {
    lit: { type: 'boolean', description: 'Whether the grow lamp shines.' },
    intensity: { type: 'integer', description: 'Light output.', unit: '%', minimum: 0, maximum: 100 },
    spectrum: { type: 'integer', description: 'Spectrum from warm red to cool blue.', unit: 'K', minimum: 2000, maximum: 6500 },
  },
  functions: [
    { name: 'lamp_on', kind: 'action', parameters: [], description: 'Switches the grow lamp on.', effects: [{ key: 'lit', value: true }] },
    { name: 'lamp_off', kind: 'action', parameters: [], description: 'Switches the grow lamp off.', effects: [{ key: 'lit', value: false }] },
    {
      name: 'set_intensity', kind: 'action', description: 'Sets how strongly the grow lamp shines.',
      parameters: [{ name: 'intensity', type: 'integer', description: 'Target output.', unit: '%', minimum: 1, maximum: 100 }],
      effects: [{ key: 'intensity', parameter: 'intensity' }],
    },
    {
      name: 'set_spectrum', kind: 'action', description: 'Tunes the grow lamp from a warm red bloom spectrum to a cool blue growth spectrum.',
      parameters: [{ name: 'kelvin', type: 'integer', description: 'Spectrum; 2000 K is warm, 6500 K cool.', unit: 'K', minimum: 2000, maximum: 6500 }],
      effects: [{ key: 'spectrum', parameter: 'kelvin' }],
    },
  ],
} as unknown as DeviceDescription;

const extractor = {
  type: 'extractor_fan',
  title: 'Bathroom extractor',
  nouns: ['extractor', 'extractor fan'],
  state: { running: { type: 'boolean', description: 'Whether it runs.' }, rate: { type: 'integer', description: 'Extraction rate.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    { name: 'extractor_on', kind: 'action', parameters: [], description: 'Starts the extractor.', effects: [{ key: 'running', value: true }] },
    { name: 'extractor_off', kind: 'action', parameters: [], description: 'Stops the extractor.', effects: [{ key: 'running', value: false }] },
    {
      name: 'set_rate', kind: 'action', description: 'Sets how hard the extractor pulls air.',
      parameters: [{ name: 'rate', type: 'integer', description: 'Target rate.', unit: '%', minimum: 10, maximum: 100 }],
      effects: [{ key: 'rate', parameter: 'rate' }],
    },
  ],
} as unknown as DeviceDescription;

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => `${call.function} ${JSON.stringify(call.arguments)}`) : []);

describe('a way said with no quantity named', () => {
  const document = normaliseApiDocument(growLamp);
  const spectrum = document.functions.find((fn) => fn.name === 'set_spectrum')!;

  it("moves the level in percent, not the measured quantity retrieval ranked first", () => {
    for (const text of ['turn the grow lamp down', 'bring the plant lamp right up', 'max out the grow light']) {
      expect(shareLevelSetter(text, spectrum, document.functions)?.name, text).toBe('set_intensity');
    }
  });

  it("leaves the measured quantity where its own words or a number are said, or no way is", () => {
    for (const text of ['warm the grow lamp up', 'turn the spectrum down', 'turn the grow light up to 4000', 'make the grow lamp redder']) {
      expect(shareLevelSetter(text, spectrum, document.functions), text).toBeUndefined();
    }
    const intensity = document.functions.find((fn) => fn.name === 'set_intensity')!;
    expect(shareLevelSetter('turn the grow lamp down', intensity, document.functions)).toBeUndefined();
  });

  describe('through the mapper', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    });

    it('reads "right down" and "right up" as the ends of the level', async () => {
      const fan = await createApiMapper({ embedder, lexicon, document: extractor, selfNoun: 'extractor' });
      expect(called(await fan.map('turn the extractor right down', { running: true, rate: 50 }))).toEqual(['set_rate {"rate":10}']);
      expect(called(await fan.map('turn the extractor right up please', { running: true, rate: 50 }))).toEqual(['set_rate {"rate":100}']);
    });

    it('sets the lamp\'s intensity for a way said alone, its spectrum for its own words', async () => {
      const lamp = await createApiMapper({ embedder, lexicon, document: growLamp, selfNoun: 'grow lamp' });
      const state = { lit: true, intensity: 60, spectrum: 4000 };
      expect(called(await lamp.map('turn the grow lamp right down', state))).toEqual(['set_intensity {"intensity":1}']);
      expect(called(await lamp.map('set the spectrum to 3000 kelvin', state))).toEqual(['set_spectrum {"kelvin":3000}']);
    });
  });
});
