import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { readRequest } from '@meshmind/language';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { verbValuePhrase } from '../src/mapper/object-value';

const lexicon = openLexicon();
const wordNet = lexicon.wordNet;

// An air purifier written for this test: its speeds are words WordNet also knows as verbs of a
// comparative ("quiet": become quieter), and a query reads the speed and the air back.
const SPEEDS = ['quiet', 'auto', 'turbo'];
const purifier: DeviceDescription = {
  type: 'air_purifier', title: 'Air purifier', description: 'A purifier that filters the air of a room.', domain: 'home', version: '1.0.0',
  nouns: ['purifier', 'air purifier', 'air cleaner'],
  state: { speed: { type: 'enum', description: 'Fan speed.', values: SPEEDS }, on: { type: 'boolean', description: 'Whether it runs.' } },
  functions: [
    { name: 'power_on', description: 'Starts filtering the air.', kind: 'action', parameters: [], effects: [{ key: 'on', value: true }] },
    { name: 'power_off', description: 'Stops filtering the air.', kind: 'action', parameters: [], effects: [{ key: 'on', value: false }] },
    { name: 'set_speed', description: 'Sets how hard the fan blows.', kind: 'action', parameters: [{ name: 'speed', type: 'enum', description: 'Fan speed.', values: SPEEDS }], effects: [{ key: 'speed', parameter: 'speed' }] },
    { name: 'read_status', description: 'Reports whether the purifier runs and at which speed.', kind: 'query', parameters: [], returns: { type: 'string', description: 'Status.' } },
    { name: 'read_air_quality', description: 'Reads the particle count of the air.', kind: 'query', parameters: [], returns: { type: 'number', description: 'PM2.5.' } },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`) : result.kind);

describe.skipIf(!wordNet)('a value named alone, before a noun it modifies (#17)', () => {
  it.each(['quiet mode please', 'quiet mode', 'quiet setting'])('"%s" names the value "quiet", not a step quieter', (text) => {
    expect(verbValuePhrase(readRequest(text), wordNet)).toBe('quiet');
  });

  it('still reads a verb with its object as a step of a level', () => {
    expect(verbValuePhrase(readRequest('cool the lounge'), wordNet)).toBeUndefined();
    expect(verbValuePhrase(readRequest('quiet it down'), wordNet)).toBeUndefined();
  });

  describe('through the mapper', () => {
    let mapper: ApiMapper;
    beforeAll(async () => {
      mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon, document: purifier });
    });

    it.each(['quiet mode please', 'quiet mode', 'quiet setting please'])('"%s" selects the setter holding the value', async (text) => {
      expect(called(await mapper.map(text, { speed: 'turbo', on: true }))).toEqual(['set_speed{"speed":"quiet"}']);
    });
  });
});
