import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// A rain gauge and a kettle written for this test: one reads now, the other heats towards a level set.
const gauge: DeviceDescription = {
  type: 'rain_gauge', title: 'Rain gauge', description: 'A gauge in the garden that measures the rainfall.', domain: 'home', version: '1.0.0',
  nouns: ['rain gauge', 'gauge'],
  state: { rainfall: { type: 'number', description: 'Rain collected so far today.', unit: 'mm' } },
  functions: [{ name: 'get_rainfall', description: 'Reads the current rainfall in the gauge.', kind: 'query', parameters: [] }],
};
const kettle: DeviceDescription = {
  type: 'smart_kettle', title: 'Kettle', description: 'A kettle that heats water to a chosen temperature.', domain: 'home', version: '1.0.0',
  nouns: ['kettle'],
  state: { water_goal: { type: 'number', description: 'Temperature the water is heated to.', unit: '°C', minimum: 40, maximum: 100 } },
  functions: [
    { name: 'set_water_goal', description: 'Sets the temperature to heat the water to.', kind: 'action', parameters: [{ name: 'temperature', type: 'number', description: 'Water temperature.', unit: '°C', minimum: 40, maximum: 100 }], effects: [{ key: 'water_goal', parameter: 'temperature' }] },
    { name: 'get_water_goal', description: 'Reads the temperature the water is heated to.', kind: 'query', parameters: [] },
  ],
};
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('a question about another time than now is declined by a device that reads now', () => {
  const mappers = new Map<string, ApiMapper>();
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    const lexicon = openLexicon();
    mappers.set('gauge', await createApiMapper({ embedder, lexicon, document: gauge }));
    mappers.set('kettle', await createApiMapper({ embedder, lexicon, document: kettle }));
  }, 60_000);

  it('reads the present', async () => {
    expect(called(await mappers.get('gauge')!.map('how much rain is in the gauge?'))).toEqual(['get_rainfall']);
  });

  it('declines the past and the future', async () => {
    expect(called(await mappers.get('gauge')!.map('how much rain was there in the gauge?'))).toBe('not_executable');
    expect(called(await mappers.get('gauge')!.map('how much rainfall did we get two days ago?'))).toBe('not_executable');
    expect(called(await mappers.get('gauge')!.map('is the rainfall going to be heavy?'))).toBe('not_executable');
  });

  it('answers the future of a level set: where the device is going', async () => {
    expect(called(await mappers.get('kettle')!.map('how hot will the water get?'))).toEqual(['get_water_goal']);
  });
});
