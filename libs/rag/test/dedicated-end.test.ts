import { describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createRequestReader } from '@meshmind/language';
import { normaliseApiDocument } from '@meshmind/rag';
import type { MapResult } from '../src/mapper/api-mapper-options';
import { dedicatedEnd } from '../src/mapper/dedicated-end';

// A roof vent and a heated towel rail written for this test.
const roofVent = {
  type: 'roof_vent',
  title: 'Roof vent',
  nouns: ['vent'],
  state: { opening: { type: 'integer', description: 'How far the vent is open.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    { name: 'open_vent', kind: 'action', parameters: [], description: 'Opens the vent fully.', effects: [{ key: 'opening', value: 100 }] },
    { name: 'close_vent', kind: 'action', parameters: [], description: 'Closes the vent fully.', effects: [{ key: 'opening', value: 0 }] },
    {
      name: 'set_opening', kind: 'action', description: 'Opens the vent to the given share.',
      parameters: [{ name: 'share', type: 'integer', description: 'Share open.', unit: '%', minimum: 0, maximum: 100 }],
      effects: [{ key: 'opening', parameter: 'share' }],
    },
  ],
} as unknown as DeviceDescription;

const towelRail = {
  type: 'towel_rail',
  title: 'Towel rail',
  nouns: ['towel rail'],
  state: { on: { type: 'boolean', description: 'Whether it heats.' }, heat: { type: 'integer', description: 'Heat level.', minimum: 1, maximum: 5 } },
  functions: [
    { name: 'switch_on', kind: 'action', parameters: [], description: 'Starts heating.', effects: [{ key: 'on', value: true }] },
    {
      name: 'set_heat', kind: 'action', description: 'Sets the heat level and starts heating.',
      parameters: [{ name: 'level', type: 'integer', description: 'Heat level.', minimum: 1, maximum: 5 }],
      effects: [{ key: 'on', value: true }, { key: 'heat', parameter: 'level' }],
    },
  ],
} as unknown as DeviceDescription;

const read = createRequestReader();
const functionsOf = (description: DeviceDescription) => new Map(normaliseApiDocument(description).functions.map((fn) => [fn.name, fn]));
const called = (name: string, args: Record<string, unknown>): MapResult => ({ kind: 'call', calls: [{ function: name, arguments: args, confidence: 0.9 }], candidates: [name], ranking: [] });
const chosen = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`) : []);

describe('a setter asked for an end of its own function', () => {
  it('is the function that does that end', () => {
    expect(chosen(dedicatedEnd(called('set_opening', { share: 100 }), read('open the vent all the way'), functionsOf(roofVent)))).toEqual(['open_vent{}']);
    expect(chosen(dedicatedEnd(called('set_opening', { share: 0 }), read('shut the vent completely'), functionsOf(roofVent)))).toEqual(['close_vent{}']);
  });

  it('keeps the setter where a number was said', () => {
    expect(chosen(dedicatedEnd(called('set_opening', { share: 100 }), read('set the opening to 100%'), functionsOf(roofVent)))).toEqual(['set_opening{"share":100}']);
  });

  it('keeps a value between the ends, and a state no other function sets', () => {
    expect(chosen(dedicatedEnd(called('set_opening', { share: 50 }), read('open the vent halfway'), functionsOf(roofVent)))).toEqual(['set_opening{"share":50}']);
    expect(chosen(dedicatedEnd(called('set_heat', { level: 5 }), read('towel rail on full'), functionsOf(towelRail)))).toEqual(['set_heat{"level":5}']);
  });
});
