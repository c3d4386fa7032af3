import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// An oven written for this test: it steers towards a set heat and a probe measures the heat.
const oven: DeviceDescription = {
  type: 'oven', title: 'Oven', description: 'A kitchen oven with a thermostat and a probe that measures the heat inside.', domain: 'home', version: '1.0.0',
  nouns: ['oven', 'cooker'],
  state: {
    target_heat: { type: 'number', description: 'Heat the oven works towards.', unit: '°C', minimum: 50, maximum: 250 },
    probe_heat: { type: 'number', description: 'Heat the probe measures.', unit: '°C', minimum: 0, maximum: 300 },
  },
  functions: [
    { name: 'set_heat', description: 'Sets the target heat the oven should reach.', kind: 'action', parameters: [{ name: 'heat', type: 'number', description: 'Target heat.', unit: '°C', minimum: 50, maximum: 250 }], effects: [{ key: 'target_heat', parameter: 'heat' }] },
    { name: 'get_target_heat', description: 'Reads the target heat.', kind: 'query', parameters: [] },
    { name: 'get_probe_heat', description: 'Reads the heat measured by the probe.', kind: 'query', parameters: [] },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('a question in the words of the value set reads it, not the one measured', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: oven });
  }, 60_000);

  it('reads the value set when the question says it was set or is to be reached', async () => {
    expect(called(await mapper.map('what heat is the oven set at?'))).toEqual(['get_target_heat']);
    expect(called(await mapper.map('what heat should the cooker reach?'))).toEqual(['get_target_heat']);
    expect(called(await mapper.map('how hot will the oven get?'))).toEqual(['get_target_heat']);
  });

  it('reads the value measured when the question asks what it is now', async () => {
    expect(called(await mapper.map('what is the measured heat?'))).toEqual(['get_probe_heat']);
    expect(called(await mapper.map('what heat has the probe measured?'))).toEqual(['get_probe_heat']);
  });
});
