import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// Three devices written for this test: a soil probe that measures moisture, a wine-cellar
// thermometer, and a gauge of one quantity that names its kind in its state.
const probe: DeviceDescription = {
  type: 'soil_probe', title: 'Soil probe', description: 'A probe in a plant pot.', domain: 'home', version: '1.0.0',
  nouns: ['soil probe', 'probe'],
  state: { moisture: { type: 'integer', description: 'Soil moisture.', unit: '%', minimum: 0, maximum: 100 }, battery: { type: 'integer', description: 'Battery charge.', unit: '%' } },
  functions: [
    { name: 'read_moisture', description: 'Reads how moist the soil is.', kind: 'query', parameters: [] },
    { name: 'read_battery', description: 'Reads the remaining battery charge of the probe.', kind: 'query', parameters: [] },
  ],
};
const cellar: DeviceDescription = {
  type: 'cellar_thermometer', title: 'Cellar thermometer', description: 'A thermometer in the wine cellar.', domain: 'home', version: '1.0.0',
  nouns: ['cellar thermometer', 'thermometer'],
  state: { temperature: { type: 'number', description: 'Air temperature.', unit: '°C' } },
  functions: [
    { name: 'read_temperature', description: 'Reads the air temperature in the cellar.', kind: 'query', parameters: [] },
    { name: 'read_battery', description: 'Reads the remaining battery charge.', kind: 'query', parameters: [] },
  ],
};
const gauge: DeviceDescription = {
  type: 'gauge', title: 'Gauge', description: 'A gauge that measures one quantity in its own unit.', domain: 'home', version: '1.0.0',
  nouns: ['gauge'],
  state: { value: { type: 'number', description: 'The reading.' }, kind: { type: 'string', description: 'What the gauge measures.' } },
  functions: [
    { name: 'read_value', description: 'Reads the current value the gauge measures.', kind: 'query', parameters: [] },
    { name: 'read_kind', description: 'Reads what the gauge measures.', kind: 'query', parameters: [] },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('a question about a quantity the device has no word for is declined', () => {
  const mappers = new Map<string, ApiMapper>();
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    const lexicon = openLexicon();
    for (const [name, document] of [['probe', probe], ['cellar', cellar], ['gauge', gauge]] as const) mappers.set(name, await createApiMapper({ embedder, lexicon, document }));
  }, 60_000);

  it('answers the quantity the device reads, however asked', async () => {
    expect(called(await mappers.get('probe')!.map("what's the moisture in the pot?"))).toEqual(['read_moisture']);
    expect(called(await mappers.get('cellar')!.map('what is the temperature down there?'))).toEqual(['read_temperature']);
    expect(called(await mappers.get('cellar')!.map('how much battery is left?'))).toEqual(['read_battery']);
  });

  it('declines another quantity, not reading out its own in its place', async () => {
    expect(called(await mappers.get('probe')!.map("what's the temperature of the soil?"))).toBe('not_executable');
    expect(called(await mappers.get('cellar')!.map('what is the humidity in the cellar?'))).toBe('not_executable');
    expect(called(await mappers.get('cellar')!.map('how much energy does the cellar use?'))).toBe('not_executable');
  });

  it('answers a quantity the state names as the kind the device measures', async () => {
    expect(called(await mappers.get('gauge')!.map('what is the loudness now', { value: 42, kind: 'loudness' }))).toEqual(['read_value']);
    expect(called(await mappers.get('gauge')!.map('what is the loudness now', { value: 42, kind: 'illuminance' }))).toBe('not_executable');
  });
});
