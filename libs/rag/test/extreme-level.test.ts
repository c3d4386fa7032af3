import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper } from '@meshmind/rag';
import { normaliseApiDocument, type NormalisedFunction } from '../src/api-document';
import { extremeLevelSetter } from '../src/mapper/extreme-level';

// A heated towel rail written for this test: a switch, two presets and one ranged warmth.
const rail = {
  type: 'towel_rail', title: 'Towel rail', description: 'An electric heated towel rail.', domain: 'home', version: '1.0.0', nouns: ['towel rail', 'rail'],
  state: {
    on: { type: 'boolean', description: 'Whether the rail is heating.' },
    preset: { type: 'enum', description: 'Heating preset.', values: ['eco', 'comfort'] },
    warmth: { type: 'integer', description: 'Heat level.', minimum: 1, maximum: 5 },
  },
  functions: [
    { name: 'turn_on', description: 'Starts heating the rail.', kind: 'action', parameters: [], effects: [{ key: 'on', value: true }] },
    { name: 'turn_off', description: 'Stops heating the rail.', kind: 'action', parameters: [], effects: [{ key: 'on', value: false }] },
    { name: 'set_preset', description: 'Switches the rail to a heating preset.', kind: 'action', parameters: [{ name: 'preset', type: 'enum', values: ['eco', 'comfort'], description: 'Preset.' }], effects: [{ key: 'preset', parameter: 'preset' }] },
    { name: 'set_warmth', description: 'Sets how hot the rail runs and starts it.', kind: 'action', parameters: [{ name: 'warmth', type: 'integer', description: 'Heat level; 1 is gentle, 5 is hottest.', minimum: 1, maximum: 5 }], effects: [{ key: 'on', value: true }, { key: 'warmth', parameter: 'warmth' }] },
    { name: 'get_warmth', description: 'Reads the heat level.', kind: 'query', parameters: [], returns: { type: 'integer', description: 'Heat level.' } },
  ],
} as unknown as DeviceDescription;

const functions = normaliseApiDocument(rail).functions;
const named = (name: string) => functions.find((fn) => fn.name === name)!;

describe('an end of a scale said as the level', () => {
  it('is a level of the one ranged setter where the best function holds none', () => {
    expect(extremeLevelSetter('put the rail on full', named('turn_on'), functions, undefined)?.name).toBe('set_warmth');
    expect(extremeLevelSetter('rail to the max please', named('turn_off'), functions, undefined)?.name).toBe('set_warmth');
    expect(extremeLevelSetter('keep it at its lowest', named('set_preset'), functions, named('set_preset'))?.name).toBe('set_warmth');
    expect(extremeLevelSetter('maximum warmth', named('turn_on'), functions, undefined)?.name).toBe('set_warmth');
  });

  it('is no level where the end is not said where a level stands', () => {
    expect(extremeLevelSetter('the towel is full of water', named('turn_on'), functions, undefined)).toBeUndefined();
    expect(extremeLevelSetter('max out the comfort preset', named('set_preset'), functions, named('set_preset'))?.name).toBe('set_preset');
  });

  it('leaves the choice alone where the device has two ranged setters, or the best one holds a level', () => {
    const twice: NormalisedFunction[] = [...functions, { name: 'set_timer', description: 'Runs the rail for some hours.', kind: 'action', parameters: [{ name: 'hours', type: 'integer', description: 'Hours.', minimum: 1, maximum: 4 }] }];
    expect(extremeLevelSetter('put it on full', named('turn_on'), twice, undefined)).toBeUndefined();
    expect(extremeLevelSetter('warmth to the max', named('set_warmth'), functions, undefined)).toBeUndefined();
  });

  describe('through the mapper', () => {
    let mapper: ApiMapper;
    beforeAll(async () => {
      mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: rail });
    }, 60_000);

    it('sets the top of the range, never switching the rail instead', async () => {
      for (const text of ['turn the towel rail up to the max', 'rail on full']) {
        const result = await mapper.map(text, { on: true, preset: 'eco', warmth: 2 });
        expect(result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`) : result.reason, text).toEqual(['set_warmth{"warmth":5}']);
      }
    });
  });
});
