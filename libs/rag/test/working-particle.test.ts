import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { workingEnd } from '../src/mapper/working-particle';

const lexicon = openLexicon();

// A kitchen radio written for this test: switched on and off, played, and made louder or quieter by steps.
const radio: DeviceDescription = {
  type: 'kitchen_radio', title: 'Kitchen radio', description: 'A small DAB radio on the worktop.', domain: 'home', version: '1.0.0',
  nouns: ['radio', 'wireless'],
  state: {
    on: { type: 'boolean', description: 'Whether the radio is switched on.' },
    playing: { type: 'boolean', description: 'Whether a station plays.' },
    loudness: { type: 'integer', description: 'How loud it plays.', minimum: 0, maximum: 20 },
  },
  functions: [
    { name: 'switch_on', description: 'Switches the radio on.', kind: 'action', parameters: [], effects: [{ key: 'on', value: true }] },
    { name: 'switch_off', description: 'Switches the radio off and silences it.', kind: 'action', parameters: [], effects: [{ key: 'on', value: false }, { key: 'playing', value: false }] },
    { name: 'play_station', description: 'Plays the last station, switching the radio on if needed.', kind: 'action', parameters: [], effects: [{ key: 'on', value: true }, { key: 'playing', value: true }] },
    { name: 'louder', description: 'Raises the loudness by a step.', kind: 'action', parameters: [{ name: 'step', type: 'integer', description: 'How much louder.', minimum: 1, maximum: 5, required: false, default: 1 }], effects: [{ key: 'loudness', increaseBy: 'step' }] },
    { name: 'quieter', description: 'Lowers the loudness by a step.', kind: 'action', parameters: [{ name: 'step', type: 'integer', description: 'How much quieter.', minimum: 1, maximum: 5, required: false, default: 1 }], effects: [{ key: 'loudness', decreaseBy: 'step' }] },
  ],
};
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe.skipIf(!lexicon.wordNet)('up and down after a verb of working say on and off (#17)', () => {
  it.each([
    ['power', 'up', 'on'],
    ['power', 'down', 'off'],
    ['boot', 'up', 'on'],
    ['shut', 'down', 'off'],
    ['close', 'up', 'off'],
  ])('"%s %s" ends at %s', (verb, particle, end) => expect(workingEnd(verb, particle, lexicon.wordNet)).toBe(end));

  it.each([
    ['turn', 'down'],
    ['turn', 'up'],
    ['crank', 'up'],
    ['pump', 'up'],
    ['dial', 'down'],
    ['knock', 'down'],
    ['tone', 'down'],
    ['step', 'up'],
    ['wind', 'down'],
    ['power', 'off'],
  ])('"%s %s" keeps its particle', (verb, particle) => expect(workingEnd(verb, particle, lexicon.wordNet)).toBeUndefined());

  describe('through the mapper', () => {
    let mapper: ApiMapper;
    beforeAll(async () => {
      mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon, document: radio });
    });
    const playing = { on: true, playing: true, loudness: 8 };

    it.each(['power the radio down', 'power down the wireless', 'shut the radio down'])('"%s" switches it off', async (text) => {
      expect(called(await mapper.map(text, playing))).toEqual(['switch_off']);
    });

    it.each(['power the radio up', 'boot up the radio'])('"%s" switches it on, not plays a station', async (text) => {
      expect(called(await mapper.map(text, { on: false, playing: false, loudness: 8 }))).toEqual(['switch_on']);
    });

    it.each([
      ['turn the radio down', 'quieter'],
      ['turn the radio up', 'louder'],
    ])('"%s" still steps the loudness', async (text, expected) => {
      expect(called(await mapper.map(text, playing))).toEqual([expected]);
    });
  });
});
