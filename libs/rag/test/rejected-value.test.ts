import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { withoutRejectedValue } from '../src/mapper/rejected-value';

// A pool heater written for this test: a water temperature to set and to read, and a pump to switch.
const poolHeater: DeviceDescription = {
  type: 'pool_heater', title: 'Pool heater', description: 'Heats the water of a swimming pool.', domain: 'home', version: '1.0.0',
  nouns: ['pool heater', 'pool', 'heater'],
  state: { water_target: { type: 'number', description: 'Water temperature aimed at.', unit: '°C', minimum: 15, maximum: 35 } },
  functions: [
    { name: 'set_water_temperature', description: 'Sets the water temperature the heater aims at.', kind: 'action', parameters: [{ name: 'temperature', type: 'number', description: 'Water temperature.', unit: '°C', minimum: 15, maximum: 35 }] },
    { name: 'get_water_temperature', description: 'Reads the water temperature of the pool.', kind: 'query', parameters: [], returns: { type: 'number', description: 'Water temperature.', unit: '°C' } },
    { name: 'start_pump', description: 'Starts the circulation pump.', kind: 'action', parameters: [] },
  ],
};
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`) : result.kind);

describe('a value the speaker takes back in the same sentence is not the value asked for (#17)', () => {
  it.each([
    ['heat the pool to 30, no, 28', 'heat the pool to 28'],
    ['warm the water to 27 degrees, sorry, 26 degrees', 'warm the water to 26 degrees'],
    ['bring the pool up to 31... actually make that 29', 'bring the pool up to 29'],
    ['pool to 25, no wait, 26.5', 'pool to 26.5'],
    ['water at 29 not 33', 'water at 29'],
    ['28 rather than 30 for the pool', '28 for the pool'],
    ['instead of 26 can the pool have 27', 'can the pool have 27'],
    ['34 is far too hot, heat the pool to 29', 'heat the pool to 29'],
    ["thirty's too warm, heat the pool to twenty-eight", 'heat the pool to twenty-eight'],
    // The noun the value is of may stand between the rejecting word and the value, where another value is said of it too.
    ['instead of pool 2, heat pool 1 to 28', 'heat pool 1 to 28'],
    ['heat pool 1 rather than pool 3', 'heat pool 1'],
    ['not lane 4 - heat lane 6 please', 'heat lane 6 please'],
    // A value marked as rejected is taken out before a repair is read: the repair is not put after the marker.
    ['not pool 3, I meant heat pool 5', 'I meant heat pool 5'],
  ])('"%s" reads as "%s"', (text, meant) => {
    expect(withoutRejectedValue(text)).toBe(meant);
  });

  it.each([
    'heat the pool to 28',
    'heat pools 1 and 2 but not 3',
    'heat the pool to 28, not too hot',
    'heat the pool to 28 and then 30 at night',
    'is the pool not 28 yet?',
    'heat pool 1 and pool 2 but not pool 3',
    'not heater 2, pool 3',
    // No deed said beside the noun and the values: which deed is meant is not read here.
    'not lane 4 - lane 6 please',
  ])('"%s" stays as said: one value, a selection left out, or no repair', (text) => {
    expect(withoutRejectedValue(text)).toBe(text);
  });

  describe('through the mapper', () => {
    let mapper: ApiMapper;
    beforeAll(async () => {
      mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: poolHeater });
    }, 120_000);

    it.each([
      ['heat the pool to 30, no, 28', 28],
      ['warm the pool water to 31... actually make that 29', 29],
      ['33 is far too hot, heat the pool to 29', 29],
    ])('"%s" sets %d', async (text, value) => {
      expect(called(await mapper.map(text))).toEqual([`set_water_temperature{"temperature":${value}}`]);
    });
  });
});
