import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { readRequest, stem } from '@meshmind/language';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { normaliseApiDocument } from '../src/api-document';
import { returnedNoun, returnedNounFit } from '../src/mapper/returned-noun';

const lexicon = openLexicon();
const wordNet = lexicon.wordNet;

// A rain gauge written for this test: three queries whose notes all "read", told apart by what each returns.
const gauge: DeviceDescription = {
  type: 'rain_gauge', title: 'Rain gauge', description: 'A tipping-bucket rain gauge in the garden.', domain: 'home', version: '1.0.0',
  nouns: ['rain gauge', 'gauge'],
  state: {},
  functions: [
    { name: 'get_total', description: 'Reads how much rain fell today.', kind: 'query', parameters: [], returns: { type: 'number', description: 'The reading, in the unit get_scale reports.' } },
    { name: 'get_scale', description: 'Reads which unit the gauge counts in.', kind: 'query', parameters: [], returns: { type: 'string', description: 'A unit such as mm or in.' } },
    { name: 'get_model', description: 'Reads what kind of gauge this is.', kind: 'query', parameters: [], returns: { type: 'string', description: 'A model name such as RG-11.' } },
    { name: 'is_raining', description: 'Reports whether it rains now.', kind: 'query', parameters: [], returns: { type: 'boolean', description: 'True while the bucket tips.' } },
    { name: 'empty_bucket', description: 'Tips the bucket out and starts the count again.', kind: 'action', parameters: [] },
  ],
};
const { functions } = normaliseApiDocument(gauge);
const byName = (name: string) => functions.find((fn) => fn.name === name)!;
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`) : result.kind);

describe.skipIf(!wordNet)('a question naming the noun a query returns (#17)', () => {
  it('reads the head of the opening noun phrase of each return, none of a yes or no', () => {
    expect(returnedNoun(byName('get_total'), wordNet!)).toBe(stem('reading'));
    expect(returnedNoun(byName('get_scale'), wordNet!)).toBe(stem('unit'));
    expect(returnedNoun(byName('get_model'), wordNet!)).toBe(stem('name'));
    expect(returnedNoun(byName('is_raining'), wordNet!)).toBeUndefined();
    expect(returnedNoun({ name: 'get_room', description: 'Reads the room.', kind: 'query', parameters: [], returns: 'Measured room temperature.' }, wordNet!)).toBe(stem('temperature'));
  });

  it.each([
    ["what's the reading", 'get_total'],
    ['what does the gauge read?', 'get_total'],
    ['what is the unit', 'get_scale'],
    ['which model name is it?', 'get_model'],
  ])('"%s" points at %s and away from the other queries', (text, meant) => {
    for (const fn of functions.filter((each) => each.kind === 'query')) expect(returnedNounFit(fn, readRequest(text), functions, wordNet)).toBe(fn.name === meant ? 2 : -2);
  });

  it('says nothing of a command, a yes/no question or a question naming no return', () => {
    expect(returnedNounFit(byName('get_total'), readRequest('empty the bucket'), functions, wordNet)).toBe(0);
    expect(returnedNounFit(byName('get_total'), readRequest('is the reading high?'), functions, wordNet)).toBe(0);
    expect(returnedNounFit(byName('get_total'), readRequest('what fell today?'), functions, wordNet)).toBe(0);
  });

  it('says nothing where two queries return the noun said', () => {
    const twoTemperatures = normaliseApiDocument({ ...gauge, functions: [
      { name: 'get_target', description: 'Reads the target.', kind: 'query', parameters: [], returns: { type: 'number', description: 'Target temperature.' } },
      { name: 'get_measured', description: 'Reads the room.', kind: 'query', parameters: [], returns: { type: 'number', description: 'Measured room temperature.' } },
    ] }).functions;
    expect(returnedNounFit(twoTemperatures[0]!, readRequest("what's the current temperature in here?"), twoTemperatures, wordNet)).toBe(0);
  });

  describe('through the mapper', () => {
    let mapper: ApiMapper;
    beforeAll(async () => {
      mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon, document: gauge });
    });

    it.each([
      ["what's the reading", 'get_total{}'],
      ['what does the gauge read', 'get_total{}'],
      ['what is the unit', 'get_scale{}'],
    ])('"%s" calls the query returning it', async (text, expected) => {
      expect(called(await mapper.map(text))).toEqual([expected]);
    });
  });
});
