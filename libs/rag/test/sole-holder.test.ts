import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// A hi-fi of my own: it switches on, steps through tracks and picks one of its inputs by name.
const hifi: DeviceDescription = {
  type: 'hifi', title: 'Hi-fi', description: 'A hi-fi amplifier with several inputs.', domain: 'home', version: '1.0.0',
  nouns: ['hifi', 'hi-fi', 'amplifier'],
  state: {
    on: { type: 'boolean', description: 'Whether it is on.' },
    input: { type: 'enum', description: 'The input played.', values: ['phono', 'cd', 'tuner', 'aux'], synonyms: { phono: ['record player', 'turntable'], cd: ['compact disc'] } },
  },
  functions: [
    { name: 'switch_on', description: 'Switches the hi-fi on.', kind: 'action', parameters: [], effects: [{ key: 'on', value: true }] },
    { name: 'switch_off', description: 'Switches the hi-fi off.', kind: 'action', parameters: [], effects: [{ key: 'on', value: false }] },
    { name: 'previous_track', description: 'Goes back to the previous track.', kind: 'action', parameters: [] },
    { name: 'choose_input', description: 'Plays from the given input.', kind: 'action', parameters: [{ name: 'input', type: 'enum', description: 'The input.', values: ['phono', 'cd', 'tuner', 'aux'], synonyms: { phono: ['record player', 'turntable'], cd: ['compact disc'] } }], effects: [{ key: 'input', parameter: 'input' }] },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`) : result.kind);

describe('a value named that only one function holds, where the words reached another', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: hifi });
  }, 120_000);

  it('calls the holder of the value', async () => {
    expect(called(await mapper.map('switch on phono', { on: true, input: 'cd' }))).toEqual(['choose_input{"input":"phono"}']);
    expect(called(await mapper.map('turn on aux', { on: true, input: 'cd' }))).toEqual(['choose_input{"input":"aux"}']);
    expect(called(await mapper.map('go back to the tuner', { on: true, input: 'cd' }))).toEqual(['choose_input{"input":"tuner"}']);
  });

  it('keeps the call the words reached where no value is named', async () => {
    expect(called(await mapper.map('turn on the hifi', { on: false, input: 'cd' }))).toEqual(['switch_on{}']);
    expect(called(await mapper.map('go back a track', { on: true, input: 'cd' }))).toEqual(['previous_track{}']);
  });
});
