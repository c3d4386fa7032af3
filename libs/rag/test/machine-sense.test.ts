import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { functionByMachineSense } from '../src/mapper/machine-sense';
import { functionProfile } from '../src/mapper/evidence';

// A workshop compressor written for this test: its functions are named by WordNet's phrasal verbs.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet;

const compressor = {
  type: 'air_compressor',
  title: 'Air compressor',
  nouns: ['compressor', 'air compressor'],
  state: { on: { type: 'boolean', description: 'Whether the compressor runs.' } },
  functions: [
    { name: 'switch_on', kind: 'action', parameters: [], description: 'Starts the compressor motor.' },
    { name: 'switch_off', kind: 'action', parameters: [], description: 'Stops the compressor motor.' },
    { name: 'get_pressure', kind: 'query', parameters: [], description: 'Reads the tank pressure.', returns: { type: 'number', description: 'Pressure.', unit: 'bar' } },
  ],
} as unknown as DeviceDescription;

describe.skipIf(!wordNet)('the sense of a verb said of a machine', () => {
  const profiles = () => normaliseApiDocument(compressor).functions.map((fn) => functionProfile(fn, fn.name.split('_'), 'en'));

  it('names the function that sense is a kind of, where the object is a made thing', () => {
    for (const text of ['kill the compressor', 'kill the motor', 'kill the pump in the shed']) expect(functionByMachineSense('kill', text, profiles(), wordNet!), text).toBe('switch off');
  });

  it('names nothing where the object is no made thing, or no sense said of a machine names a function', () => {
    expect(functionByMachineSense('kill', 'kill the mood', profiles(), wordNet!)).toBeUndefined();
    expect(functionByMachineSense('paint', 'paint the compressor', profiles(), wordNet!)).toBeUndefined();
  });

  describe('through the mapper', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    });

    it('switches the device off', async () => {
      const mapper = await createApiMapper({ embedder, lexicon, document: compressor });
      for (const text of ['Kill the compressor.', 'kill the air compressor now']) {
        const result = await mapper.map(text);
        expect(result.kind === 'call' ? 'call' : result.reason, text).toBe('call');
        if (result.kind === 'call') expect(result.calls[0]!.function, text).toBe('switch_off');
      }
    });
  });
});
