import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import type { MapResult } from '../src/mapper/api-mapper-options';

// A cat flap that only opens or shuts, and a roof vent that also stands part of the way open, written for this test.
const lexicon = openLexicon();

const catFlap = {
  type: 'cat_flap',
  title: 'Cat flap',
  nouns: ['cat flap', 'flap'],
  state: { flap: { type: 'enum', description: 'Whether the flap is open or shut.', values: ['open', 'shut'] } },
  functions: [
    { name: 'open_flap', kind: 'action', parameters: [], description: 'Opens the cat flap.', effects: [{ key: 'flap', value: 'open' }] },
    { name: 'shut_flap', kind: 'action', parameters: [], description: 'Shuts the cat flap.', effects: [{ key: 'flap', value: 'shut' }] },
  ],
} as unknown as DeviceDescription;

const roofVent = {
  type: 'roof_vent',
  title: 'Roof vent',
  nouns: ['vent', 'roof vent'],
  state: { opening: { type: 'integer', description: 'How far the vent is open.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    { name: 'open_vent', kind: 'action', parameters: [], description: 'Opens the vent fully.', effects: [{ key: 'opening', value: 100 }] },
    { name: 'close_vent', kind: 'action', parameters: [], description: 'Closes the vent fully.', effects: [{ key: 'opening', value: 0 }] },
    {
      name: 'set_opening', kind: 'action', description: 'Opens the vent to the given share.',
      parameters: [{ name: 'opening', type: 'integer', description: 'Share open; 0 is closed, 100 fully open.', unit: '%', minimum: 0, maximum: 100 }],
      effects: [{ key: 'opening', parameter: 'opening' }],
    },
  ],
} as unknown as DeviceDescription;

const chosen = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);
const reason = (result: MapResult) => (result.kind === 'not_executable' ? result.reason : '');

describe('a deed asked for only part of the way', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it('is declined by a device that can only go the whole way', async () => {
    const flap = await createApiMapper({ embedder, lexicon, document: catFlap, selfNoun: 'cat flap' });
    for (const text of ['open the cat flap a little', 'open the flap slightly', 'shut the flap a bit']) {
      expect(reason(await flap.map(text)), text).toMatch(/part of the way/);
    }
    expect(chosen(await flap.map('open the cat flap'))).toEqual(['open_flap']);
  });

  it('asks how far where the device could stand part of the way but its level is not known', async () => {
    const vent = await createApiMapper({ embedder, lexicon, document: roofVent, selfNoun: 'vent' });
    expect(reason(await vent.map('open the vent a little')), 'no level').toMatch(/how far should set opening take it/);
    expect(reason(await vent.map('open the vent a crack')), 'no level').toMatch(/how far/);
    expect(chosen(await vent.map('open the vent fully'))).toEqual(['open_vent']);
  });

  it('takes a small step from where the device stands part of the way, the way the verb says', async () => {
    const vent = await createApiMapper({ embedder, lexicon, document: roofVent, selfNoun: 'vent' });
    const step = async (text: string) => {
      const result = await vent.map(text, { opening: 40 });
      return result.kind === 'call' ? result.calls.map((call) => [call.function, call.arguments['opening']]) : result.reason;
    };
    expect(await step('open the vent a touch more')).toEqual([['set_opening', 50]]);
    expect(await step('close the vent a notch')).toEqual([['set_opening', 30]]);
    // "more" is more of the deed said, not a higher level.
    expect(await step('close it a little more')).toEqual([['set_opening', 30]]);
    expect(await step('open the roof vent a smidge')).toEqual([['set_opening', 50]]);
    // From an end too: "a crack" open from shut is a step open, not the whole way.
    const shut = await vent.map('open the vent a crack', { opening: 0 });
    expect(shut.kind === 'call' ? shut.calls.map((call) => [call.function, call.arguments['opening']]) : shut.reason).toEqual([['set_opening', 10]]);
    expect(chosen(await vent.map('open the vent', { opening: 40 }))).toEqual(['open_vent']);
  });

  it('reads a noun WordNet calls a small amount as part of the way', async () => {
    const flap = await createApiMapper({ embedder, lexicon, document: catFlap, selfNoun: 'cat flap' });
    for (const text of ['open the cat flap a smidge', 'open the flap a crack', 'shut the flap a fraction']) {
      expect(reason(await flap.map(text)), text).toMatch(/part of the way/);
    }
  });

  it('leaves an amount of time alone', async () => {
    const flap = await createApiMapper({ embedder, lexicon, document: catFlap, selfNoun: 'cat flap' });
    expect(chosen(await flap.map('open the flap for a bit'))).toEqual(['open_flap']);
  });
});
