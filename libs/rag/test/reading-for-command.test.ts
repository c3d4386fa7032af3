import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// A document written for this test: a mood lamp that switches, dims and reports its brightness and
// colour. It cannot blink, strobe or play anything.
const lamp: DeviceDescription = {
  type: 'mood_lamp',
  title: 'Mood lamp',
  description: 'A small lamp with a dimmer and a colour.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['lamp', 'mood lamp'],
  state: {
    on: { type: 'boolean', description: 'Whether the lamp is lit.' },
    brightness: { type: 'integer', description: 'How bright the lamp is.', unit: '%', minimum: 1, maximum: 100 },
    color: { type: 'color', description: 'The colour of the light.' },
  },
  functions: [
    { name: 'turn_on', description: 'Lights the lamp.', kind: 'action', parameters: [], effects: [{ key: 'on', value: true }] },
    { name: 'turn_off', description: 'Puts the lamp out.', kind: 'action', parameters: [], effects: [{ key: 'on', value: false }] },
    { name: 'set_brightness', description: 'Dims or brightens the lamp to a level.', kind: 'action', parameters: [{ name: 'brightness', type: 'integer', description: 'Target brightness.', unit: '%', minimum: 1, maximum: 100 }], effects: [{ key: 'brightness', parameter: 'brightness' }] },
    { name: 'get_brightness', description: 'Reads how bright the lamp is.', kind: 'query', parameters: [], returns: { type: 'integer', description: 'Brightness.', unit: '%' } },
    { name: 'get_color', description: 'Reads the colour of the light.', kind: 'query', parameters: [], returns: { type: 'color', description: 'Colour.' } },
  ],
};
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('a command is not answered by a reading (#17, things the home cannot do)', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: lamp });
  });
  const map = async (text: string) => called(await mapper.map(text, { on: true, brightness: 40, color: 'amber' }));

  it.each(['Make the mood lamp flash.', 'make the lamp strobe', 'Make the lamp twinkle like a star.'])('"%s" is declined, not read', async (text) => {
    expect(await map(text)).not.toEqual(['get_brightness']);
    expect(await map(text)).not.toEqual(['get_color']);
  });

  it.each([
    ['Turn on the mood lamp.', 'turn_on'],
    ['Make the lamp brighter.', 'set_brightness'],
    ['How bright is the lamp?', 'get_brightness'],
    ['What colour is the lamp?', 'get_color'],
  ])('"%s" still does what it asks', async (text, fn) => {
    expect(await map(text)).toEqual([fn]);
  });
});
