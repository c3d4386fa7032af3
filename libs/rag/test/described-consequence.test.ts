import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { wifiClientDescription } from '@meshmind/devices';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// A document written for this test: a dishwasher whose rinse-aid dose is described by what a larger dose brings.
const dishwasher: DeviceDescription = {
  type: 'dishwasher',
  title: 'Dishwasher',
  description: 'A dishwasher with an adjustable rinse-aid dose.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['dishwasher'],
  state: { rinse_dose: { type: 'integer', description: 'Rinse-aid dose setting.', minimum: 1, maximum: 6 } },
  functions: [
    {
      name: 'set_rinse_dose',
      description: 'Sets the rinse-aid dose: a larger dose leaves fewer streaks on the glasses.',
      kind: 'action',
      parameters: [{ name: 'rinse_dose', type: 'integer', description: 'Rinse-aid dose setting.', minimum: 1, maximum: 6 }],
      effects: [{ key: 'rinse_dose', parameter: 'rinse_dose' }],
    },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function + JSON.stringify(call.arguments)) : result.kind);

describe('a step goes the way the document says brings about what was asked', () => {
  const mappers = new Map<string, ApiMapper>();
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    const lexicon = openLexicon();
    mappers.set('client', await createApiMapper({ embedder, lexicon, document: wifiClientDescription }));
    mappers.set('dishwasher', await createApiMapper({ embedder, lexicon, document: dishwasher }));
  });
  const map = async (device: string, text: string) => called(await mappers.get(device)!.map(text, { log_cw_min: 4, log_cw_max: 10, rinse_dose: 3 }));

  it.each([
    ['client', 'give the laptop more airtime', 'set_csma_cw{"log_cw_min":3,"log_cw_max":9}'],
    ['client', 'let the client win more airtime', 'set_csma_cw{"log_cw_min":3,"log_cw_max":9}'],
    ['client', 'give it less airtime', 'set_csma_cw{"log_cw_min":5,"log_cw_max":11}'],
    ['dishwasher', 'less streaks on the glasses please', 'set_rinse_dose{"rinse_dose":4}'],
    ['dishwasher', 'turn the rinse aid down', 'set_rinse_dose{"rinse_dose":2}'],
  ])('%s: "%s"', async (device, text, call) => {
    expect(await map(device, text)).toEqual([call]);
  });

  it.each([
    ['client', 'make this client more aggressive'],
    ['client', 'make the laptop less greedy'],
    ['client', 'make the client back off less'],
  ])('%s: a step in words the document does not tie to the setting is asked about: "%s"', async (device, text) => {
    expect(await map(device, text)).toBe('not_executable');
  });

  it('a value said is set as said', async () => {
    expect(await map('client', 'set cw min to 2 and cw max to 6')).toEqual(['set_csma_cw{"log_cw_min":2,"log_cw_max":6}']);
  });
});
