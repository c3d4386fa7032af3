import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { getDeviceDescription } from '@meshmind/devices';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// A rain gauge written for this test: it reads rainfall, and the unit it reads in.
const gauge: DeviceDescription = {
  type: 'rain_gauge', title: 'Rain gauge', description: 'A tipping-bucket gauge that measures rainfall.', domain: 'home', version: '1.0.0',
  nouns: ['rain gauge', 'gauge'],
  state: { rainfall: { type: 'number', description: 'Rain fallen today.' }, unit: { type: 'string', description: 'Unit of the rainfall, mm or in.' } },
  functions: [
    { name: 'get_rainfall', description: 'Reads how much rain has fallen today, measured in its unit.', kind: 'query', parameters: [], returns: { type: 'number', description: 'Rainfall.' } },
    { name: 'get_unit', description: 'Reads the unit the gauge reports in.', kind: 'query', parameters: [], returns: { type: 'string', description: 'mm or in.' } },
  ],
};
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('a question offering two things asks what they both are a kind of', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: gauge });
  }, 60_000);
  const map = async (text: string) => called(await mapper.map(text, { rainfall: 4, unit: 'mm' }));

  it.each(['is it measured in millimetres or inches?', 'does the gauge count inches or centimetres?', 'is that reading in millimeters or inches'])('"%s" asks the unit', async (text) => {
    expect(await map(text)).toEqual(['get_unit']);
  });

  it.each(['how much rain has fallen?', 'what is the rainfall today?'])('"%s" still reads the rainfall', async (text) => {
    expect(await map(text)).toEqual(['get_rainfall']);
  });

  it('values the document holds are asked of the query of that value ("is it on cool or heat?")', async () => {
    const thermostat = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: getDeviceDescription('climate')! });
    expect(called(await thermostat.map('is the thermostat on cool or heat?', { on: true, mode: 'heat', current_temperature: 20, target_temperature: 21 }))).toEqual(['get_mode']);
  });
});
