import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import { createRequestReader } from '@meshmind/language';
import { normaliseApiDocument } from '../src/api-document';
import type { MapResult } from '../src/mapper/api-mapper-options';
import { switchedOnFirst } from '../src/mapper/switched-on-first';

// A plant grow light written for this test: a step up of the level it keeps while off is its switching on.
const lexicon = openLexicon();
const read = createRequestReader();

const growLight = {
  type: 'grow_light',
  title: 'Plant grow light',
  nouns: ['grow light', 'plant light'],
  state: {
    lit: { type: 'boolean', description: 'Whether the grow light is lit.' },
    intensity: { type: 'integer', description: 'How strongly it shines.', unit: '%', minimum: 0, maximum: 100 },
  },
  functions: [
    { name: 'light_up', kind: 'action', parameters: [], description: 'Lights the grow light at its last intensity.', effects: [{ key: 'lit', value: true }] },
    { name: 'go_dark', kind: 'action', parameters: [], description: 'Puts the grow light out.', effects: [{ key: 'lit', value: false }] },
    {
      name: 'set_intensity',
      kind: 'action',
      description: 'Makes the grow light shine brighter or dimmer at the given intensity, and lights it.',
      parameters: [{ name: 'intensity', type: 'integer', description: 'Target intensity.', unit: '%', minimum: 1, maximum: 100 }],
      effects: [{ key: 'lit', value: true }, { key: 'intensity', parameter: 'intensity' }],
    },
  ],
} as unknown as DeviceDescription;
const functions = normaliseApiDocument(growLight).functions;

const made = (name: string, args: Record<string, unknown>): MapResult => ({ kind: 'call', calls: [{ function: name, arguments: args, confidence: 1 }], candidates: [name], ranking: [] });
const chosen = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`) : []);

describe('a step up of the level an off device keeps', () => {
  it('switches the device on instead', () => {
    expect(chosen(switchedOnFirst(made('set_intensity', { intensity: 70 }), read('a bit brighter'), { lit: false, intensity: 60 }, functions))).toEqual(['light_up{}']);
  });

  it('leaves a level said, the maximum, a step down and a device that is on as called', () => {
    expect(chosen(switchedOnFirst(made('set_intensity', { intensity: 70 }), read('up to 70'), { lit: false, intensity: 60 }, functions))).toEqual(['set_intensity{"intensity":70}']);
    expect(chosen(switchedOnFirst(made('set_intensity', { intensity: 100 }), read('all the way up'), { lit: false, intensity: 60 }, functions))).toEqual(['set_intensity{"intensity":100}']);
    expect(chosen(switchedOnFirst(made('set_intensity', { intensity: 50 }), read('a bit dimmer'), { lit: false, intensity: 60 }, functions))).toEqual(['set_intensity{"intensity":50}']);
    expect(chosen(switchedOnFirst(made('set_intensity', { intensity: 70 }), read('a bit brighter'), { lit: true, intensity: 60 }, functions))).toEqual(['set_intensity{"intensity":70}']);
  });

  describe('through the mapper', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    });

    it('lights an off grow light asked to be brighter, and brightens a lit one', async () => {
      const light = await createApiMapper({ embedder, lexicon, document: growLight, selfNoun: 'grow light' });
      expect(chosen(await light.map('make the grow light a bit brighter', { lit: false, intensity: 60 }))).toEqual(['light_up{}']);
      expect(chosen(await light.map('make the grow light a bit brighter', { lit: true, intensity: 60 }))).toEqual(['set_intensity{"intensity":70}']);
    });
  });
});
