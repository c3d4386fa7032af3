import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// A document written for this test: an oven whose modes name parts of it ("grill", "fan assisted").
const oven: DeviceDescription = {
  type: 'oven',
  title: 'Oven',
  description: 'A kitchen oven with a grill and a fan.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['oven'],
  state: {
    mode: { type: 'enum', description: 'How the oven heats.', values: ['bake', 'grill', 'fan_assisted'] },
    temperature: { type: 'integer', description: 'Target temperature.', unit: '°C', minimum: 50, maximum: 250 },
  },
  functions: [
    { name: 'set_mode', description: 'Sets how the oven heats.', kind: 'action', parameters: [{ name: 'mode', type: 'enum', description: 'Heating mode.', values: ['bake', 'grill', 'fan_assisted'], required: true }], effects: [{ key: 'mode', parameter: 'mode' }] },
    { name: 'set_temperature', description: 'Sets the oven temperature.', kind: 'action', parameters: [{ name: 'temperature', type: 'integer', description: 'Temperature.', unit: '°C', minimum: 50, maximum: 250, required: true }], effects: [{ key: 'temperature', parameter: 'temperature' }] },
    { name: 'get_temperature', description: 'Reads the oven temperature.', kind: 'query', parameters: [] },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function + JSON.stringify(call.arguments)) : result.kind);

describe('an option read off the thing set does not stand for the value said after "to"', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: oven });
  });
  const map = async (text: string) => called(await mapper.map(text, { mode: 'bake', temperature: 180 }));

  it.each(['Set the grill to high.', 'Turn the grill to medium please', 'switch the grill to low'])('"%s" is declined, not a mode change', async (text) => {
    expect(await map(text)).toEqual('not_executable');
  });

  it.each([
    ['Set the mode to grill.', 'set_mode{"mode":"grill"}'],
    ['Put the oven on grill', 'set_mode{"mode":"grill"}'],
    ['Set the oven to 200', 'set_temperature{"temperature":200}'],
  ])('a value an option or a number holds keeps its call: "%s"', async (text, call) => {
    expect(await map(text)).toEqual([call]);
  });
});
