import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { wifiAccessPointDescription, wifiClientDescription } from '@meshmind/devices';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// A document written for this test: a kiln whose setter names its "2 kW element" in its own words.
const kiln: DeviceDescription = {
  type: 'kiln',
  title: 'Kiln',
  description: 'An electric pottery kiln.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['kiln'],
  state: { program: { type: 'integer', description: 'Firing program.', minimum: 1, maximum: 9 } },
  functions: [
    {
      name: 'set_program',
      description: 'Chooses the firing program of the 2 kW element.',
      kind: 'action',
      parameters: [{ name: 'program', type: 'integer', description: 'Program number.', minimum: 1, maximum: 9 }],
      effects: [{ key: 'program', parameter: 'program' }],
    },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function + JSON.stringify(call.arguments)) : result.kind);

describe('a number before the word the function names a thing with is that thing, not the value', () => {
  const mappers = new Map<string, ApiMapper>();
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    const lexicon = openLexicon();
    mappers.set('ap', await createApiMapper({ embedder, lexicon, document: wifiAccessPointDescription }));
    mappers.set('client', await createApiMapper({ embedder, lexicon, document: wifiClientDescription }));
    mappers.set('kiln', await createApiMapper({ embedder, lexicon, document: kiln }));
  });
  const map = async (device: string, text: string) => called(await mappers.get(device)!.map(text, { channel_24: 6, program: 1, log_cw_min: 4, log_cw_max: 10 }));

  it.each([
    ['ap', 'switch the 2.4 GHz radio to channel 1', 'set_channel{"channel":1}'],
    ['ap', 'put the 2.4 GHz side on channel 11', 'set_channel{"channel":11}'],
    ['ap', 'channel 3 on the 2.4 GHz radio please', 'set_channel{"channel":3}'],
    ['kiln', 'run program 4 on the 2 kW element', 'set_program{"program":4}'],
    ['ap', 'move the 2.4 radio to channel 11', 'set_channel{"channel":11}'],
    ['ap', 'set the access point\'s 2.4 gig channel to 13', 'set_channel{"channel":13}'],
  ])('%s: "%s"', async (device, text, call) => {
    expect(await map(device, text)).toEqual([call]);
  });

  it.each([
    ['ap', 'set the 5 GHz channel to 36'],
    ['ap', 'put the 5 GHz radio on channel 40'],
    ['ap', 'put the five gigahertz radio on channel 40'],
  ])('%s: a value the parameter cannot take is not replaced by the named one: "%s"', async (device, text) => {
    expect(await map(device, text)).toBe('not_executable');
  });

  it.each([
    ['client', 'upload a 4 MB file', 'upload_file{"file_size_mb":4}'],
    ['ap', 'change the channel to 6', 'set_channel{"channel":6}'],
  ])('a number with the parameter\'s own unit, or none, is still the value: "%s"', async (device, text, call) => {
    expect(await map(device, text)).toEqual([call]);
  });
});
