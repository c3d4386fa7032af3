import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, MappedCall } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { phrasalSynonym } from '../src/mapper/phrasal-senses';
import { unmetActionCall } from '../src/mapper/unmet-action';

const lexicon = openLexicon();
const wordNet = lexicon.wordNet;

// A porch lantern written for this test: it switches, dims and reports its level. It makes no sound,
// so nothing it does is muting; a request to mute it is for something it cannot do.
const lantern: DeviceDescription = {
  type: 'porch_lantern',
  title: 'Porch lantern',
  description: 'A dimmable lantern over the front porch.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['lantern', 'porch lantern', 'porch light'],
  state: { lit: { type: 'boolean', description: 'Whether the lantern is lit.' }, level: { type: 'integer', description: 'How bright the lantern glows.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    { name: 'light_up', description: 'Switches the lantern on.', kind: 'action', parameters: [], effects: [{ key: 'lit', value: true }] },
    { name: 'put_out', description: 'Switches the lantern off.', kind: 'action', parameters: [], effects: [{ key: 'lit', value: false }] },
    { name: 'set_level', description: 'Dims or brightens the lantern to the given level.', kind: 'action', parameters: [{ name: 'level', type: 'integer', description: 'Target level.', unit: '%', minimum: 1, maximum: 100 }], effects: [{ key: 'level', parameter: 'level' }] },
    { name: 'read_level', description: 'Reads how bright the lantern glows.', kind: 'query', parameters: [], returns: { type: 'integer', description: 'Current level.', unit: '%' } },
    { name: 'is_lit', description: 'Reports whether the lantern is lit.', kind: 'query', parameters: [], returns: { type: 'boolean', description: 'True when lit.' } },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call: MappedCall) => call.function) : result.kind);

describe.skipIf(!wordNet)('a verb the device cannot take is declined however its object is said', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon, document: lantern });
  });

  it.each(['mute the porch lantern', 'mute the hallway lantern', 'mute the lantern by the front door', 'please mute the lantern'])('"%s" is not executable', async (text) => {
    expect(called(await mapper.map(text, { lit: true, level: 60 }))).toBe('not_executable');
  });

  it.each([
    ['douse the porch lantern', 'put_out'],
    ['switch the hallway lantern on', 'light_up'],
    ['how bright is the lantern?', 'read_level'],
  ])('"%s" still does what the device does', async (text, expected) => {
    expect(called(await mapper.map(text, { lit: true, level: 60 }))).toEqual([expected]);
  });
});

describe.skipIf(!wordNet)('the phrasal verb that glosses a verb', () => {
  it('is read only where its particle names an end of a state', () => {
    expect(phrasalSynonym('douse', wordNet!)).toBe('put out');
    // "mute" is glossed by "tone down" alone, whose "down" is no end of a state: "mute" stays itself.
    expect(phrasalSynonym('mute', wordNet!)).toBeUndefined();
    expect(phrasalSynonym('muffle', wordNet!)).toBeUndefined();
  });
});

describe('unmetActionCall with readings', () => {
  const call = (name: string, margin: number): MapResult => ({
    kind: 'call',
    calls: [{ function: name, arguments: {}, confidence: 0.5, margin }],
    candidates: [name, 'b'],
    ranking: [{ function: name, score: 0.45, confidence: 0.5 }],
    leads: [{ function: name, margin, wordsDisagree: false }],
  });
  const tellsOnly = (name: string) => name.startsWith('read_');

  it('declines a reading under a verb the device does not do, whatever its lead', () => {
    expect(unmetActionCall(call('read_level', 0.2), { below: 0.25 }, undefined, tellsOnly)).toBe(true);
  });
  it('keeps an action with a clear lead under such a verb, and a reading where the verb is done', () => {
    expect(unmetActionCall(call('light_up', 0.2), { below: 0.25 }, undefined, tellsOnly)).toBe(false);
    expect(unmetActionCall(call('read_level', 0.2), undefined, undefined, tellsOnly)).toBe(false);
  });
});
