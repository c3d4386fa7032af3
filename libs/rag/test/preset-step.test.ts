import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder, ParameterSpec } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import type { MapResult } from '../src/mapper/api-mapper-options';
import { presetStep, saysCountedStep } from '../src/arguments/preset-step';

// An extractor hood and a skylight written for this test: a step counted in a device's own named settings goes to the next one.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet!;

const power: ParameterSpec = { name: 'power', type: 'integer', description: 'Extraction power; 25 is gentle, 60 normal, 100 boost.', unit: '%', minimum: 1, maximum: 100 } as ParameterSpec;
const opening: ParameterSpec = { name: 'opening', type: 'integer', description: 'How far open; 0 is closed, 50 half open, 100 fully open.', unit: '%', minimum: 0, maximum: 100 } as ParameterSpec;

const hood = {
  type: 'extractor_hood',
  title: 'Extractor hood',
  nouns: ['hood', 'extractor', 'extractor hood', 'cooker hood'],
  state: { on: { type: 'boolean', description: 'Whether the hood runs.' }, power: { type: 'integer', description: 'Extraction power.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    { name: 'hood_on', kind: 'action', parameters: [], description: 'Starts the extractor hood.', effects: [{ key: 'on', value: true }] },
    { name: 'hood_off', kind: 'action', parameters: [], description: 'Stops the extractor hood.', effects: [{ key: 'on', value: false }] },
    { name: 'set_power', kind: 'action', parameters: [power], description: 'Sets the extraction power of the hood.', effects: [{ key: 'on', value: true }, { key: 'power', parameter: 'power' }] },
    { name: 'get_power', kind: 'query', parameters: [], description: 'Reads the extraction power.', returns: { type: 'integer', description: 'Power.', unit: '%' } },
  ],
} as unknown as DeviceDescription;

const argumentOf = (result: MapResult) => (result.kind === 'call' ? result.calls[0]?.arguments.power : undefined);

describe('a step counted in named settings', () => {
  it('tells a counted step from an amount by WordNet glosses', () => {
    for (const said of ['a notch faster', 'knock it down a setting', 'up one notch', 'take it down one', 'turn it up a setting please']) expect(saysCountedStep(said, wordNet), said).toBe(true);
    for (const said of ['a bit faster', 'a touch slower', 'turn it up a little', 'a tad more', 'down a degree', 'turn it up a bit']) expect(saysCountedStep(said, wordNet), said).toBe(false);
  });

  it('moves to the next named setting the way said', () => {
    expect(presetStep(power, 'a notch faster', 60, 1, wordNet)).toBe(100);
    expect(presetStep(power, 'knock it down a setting', 60, -1, wordNet)).toBe(25);
    expect(presetStep(power, 'bump it up a setting', 25, 1, wordNet)).toBe(60);
  });

  it('leaves the usual step where the level is at no setting, none lies beyond, the amount is small, or the names are ends of travel', () => {
    expect(presetStep(power, 'a notch faster', 50, 1, wordNet)).toBeUndefined();
    expect(presetStep(power, 'a notch faster', 100, 1, wordNet)).toBeUndefined();
    expect(presetStep(power, 'a bit faster', 60, 1, wordNet)).toBeUndefined();
    expect(presetStep(opening, 'lower it a notch', 50, -1, wordNet)).toBeUndefined();
  });

  describe('through the mapper', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    });

    it('steps the hood through its settings', async () => {
      const mapper = await createApiMapper({ embedder, lexicon, document: hood, selfNoun: 'hood' });
      expect(argumentOf(await mapper.map('turn the extraction power up a notch', { on: true, power: 60 }))).toBe(100);
      expect(argumentOf(await mapper.map('knock the extraction power down a setting', { on: true, power: 60 }))).toBe(25);
      expect(argumentOf(await mapper.map('turn the extraction power up a little', { on: true, power: 60 }))).toBe(70);
    });
  });
});
