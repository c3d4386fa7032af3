import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// A document written for this test: a gas detector that reports which gas it watches and a level.
const detector: DeviceDescription = {
  type: 'gas_detector',
  title: 'Gas detector',
  description: 'A detector that measures the level of one gas.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['detector', 'gas detector'],
  state: {
    level: { type: 'number', description: 'The measured level of the gas.' },
    gas: { type: 'string', description: 'Which gas it measures.' },
    unit: { type: 'string', description: 'Unit of the level.' },
  },
  functions: [
    { name: 'get_level', description: 'Reads the level it measures now.', kind: 'query', parameters: [], returns: { type: 'number', description: 'The level.' } },
    { name: 'get_gas', description: 'Reads which gas the detector watches.', kind: 'query', parameters: [], returns: { type: 'string', description: 'A gas such as methane or carbon_monoxide.' } },
    { name: 'get_unit', description: 'Reads the unit the level is given in.', kind: 'query', parameters: [], returns: { type: 'string', description: 'A unit such as ppm.' } },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('a question does not ask for what it already says', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: detector });
  });
  const ask = async (text: string) => called(await mapper.map(text, { level: 12, gas: 'carbon_monoxide', unit: 'ppm' }));

  it.each(["What's the carbon monoxide level?", "What's the CO level in the garage?", 'What level of carbon monoxide does it measure?', 'What is the carbon monoxide gas level now?'])('"%s" reads the level', async (text) => {
    expect(await ask(text)).toEqual(['get_level']);
  });

  it('a question that names the field itself still reads it', async () => {
    expect(await ask('What unit is the carbon monoxide in?')).toEqual(['get_unit']);
    expect(await ask('Which gas does the detector watch?')).toEqual(['get_gas']);
  });
});

// A second document of our own: a daylight meter whose class is a word WordNet derives from the one
// people say ("illuminance" of "light"), not a synonym of it.
const meter: DeviceDescription = {
  type: 'daylight_meter',
  title: 'Daylight meter',
  description: 'A meter on the windowsill that measures one quantity.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['meter', 'daylight meter'],
  state: {
    reading: { type: 'number', description: 'The measured amount.' },
    quantity: { type: 'string', description: 'What the meter measures.' },
  },
  functions: [
    { name: 'get_reading', description: 'Reads the amount measured now.', kind: 'query', parameters: [], returns: { type: 'number', description: 'The amount.' } },
    { name: 'get_quantity', description: 'Reads what kind of quantity the meter measures.', kind: 'query', parameters: [], returns: { type: 'string', description: 'A quantity such as illuminance.' } },
  ],
};

describe('a question that says a word derived from the measured quantity asks for the amount', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: meter });
  });
  const ask = async (text: string) => called(await mapper.map(text, { reading: 850, quantity: 'illuminance' }));

  it.each(["What's the light level?", 'What is the light level now?', 'how much light is the meter getting?'])('"%s" reads the amount', async (text) => {
    expect(await ask(text)).toEqual(['get_reading']);
  });

  it('a question about what it measures still reads the quantity', async () => {
    expect(await ask('What kind of quantity does the meter measure?')).toEqual(['get_quantity']);
  });
});
