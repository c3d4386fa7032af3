import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// Documents written for this test: a kitchen radio that plays, stops, sets and reads its volume, and
// a desk lamp that switches, dims and reads its brightness.
const radio: DeviceDescription = {
  type: 'kitchen_radio',
  title: 'Kitchen radio',
  description: 'A DAB radio on the kitchen shelf.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['radio', 'wireless'],
  state: {
    playing: { type: 'boolean', description: 'Whether the radio is playing.' },
    volume: { type: 'integer', description: 'How loud the radio plays.', unit: '%', minimum: 0, maximum: 100 },
    station: { type: 'string', description: 'The station tuned in.' },
  },
  functions: [
    { name: 'play', description: 'Starts playing the tuned station.', kind: 'action', parameters: [], effects: [{ key: 'playing', value: true }] },
    { name: 'stop', description: 'Stops playing.', kind: 'action', parameters: [], effects: [{ key: 'playing', value: false }] },
    { name: 'set_volume', description: 'Sets how loud the radio plays.', kind: 'action', parameters: [{ name: 'volume', type: 'integer', description: 'Target volume.', unit: '%', minimum: 0, maximum: 100 }], effects: [{ key: 'volume', parameter: 'volume' }] },
    { name: 'get_volume', description: 'Reads how loud the radio plays.', kind: 'query', parameters: [], returns: { type: 'integer', description: 'Volume.', unit: '%' } },
    { name: 'get_station', description: 'Reads the station tuned in.', kind: 'query', parameters: [], returns: { type: 'string', description: 'Station.' } },
  ],
};
const lamp: DeviceDescription = {
  type: 'desk_lamp',
  title: 'Desk lamp',
  description: 'A dimmable lamp on the desk.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['lamp', 'desk lamp'],
  state: {
    on: { type: 'boolean', description: 'Whether the lamp is lit.' },
    brightness: { type: 'integer', description: 'How bright the lamp is.', unit: '%', minimum: 1, maximum: 100 },
  },
  functions: [
    { name: 'turn_on', description: 'Lights the lamp.', kind: 'action', parameters: [], effects: [{ key: 'on', value: true }] },
    { name: 'turn_off', description: 'Puts the lamp out.', kind: 'action', parameters: [], effects: [{ key: 'on', value: false }] },
    { name: 'set_brightness', description: 'Dims or brightens the lamp to a level.', kind: 'action', parameters: [{ name: 'brightness', type: 'integer', description: 'Target brightness.', unit: '%', minimum: 1, maximum: 100 }], effects: [{ key: 'brightness', parameter: 'brightness' }] },
    { name: 'get_brightness', description: 'Reads how bright the lamp is.', kind: 'query', parameters: [], returns: { type: 'integer', description: 'Brightness.', unit: '%' } },
  ],
};
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);
const READINGS = ['get_volume', 'get_station', 'get_brightness'];

describe('a statement of need is not answered by a reading (#17)', () => {
  let toRadio: ApiMapper;
  let toLamp: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    const lexicon = openLexicon();
    toRadio = await createApiMapper({ embedder, lexicon, document: radio });
    toLamp = await createApiMapper({ embedder, lexicon, document: lamp });
  });
  const radioState = { playing: true, volume: 30, station: 'Radio 4' };
  const lampOff = { on: false, brightness: 60 };

  it.each(["I can't hear the radio.", 'we cannot hear the kitchen radio', "Gran can't hear the wireless"])('"%s" to the radio reads nothing', async (text) => {
    const got = called(await toRadio.map(text, radioState));
    expect(READINGS.some((name) => Array.isArray(got) && got.includes(name))).toBe(false);
  });

  it.each(["It's too bright in here.", 'the desk lamp is too bright', "I can't see a thing at the desk"])('"%s" to a lamp that is off reads nothing', async (text) => {
    const got = called(await toLamp.map(text, lampOff));
    expect(READINGS.some((name) => Array.isArray(got) && got.includes(name))).toBe(false);
  });

  it.each([
    ['How loud is the radio?', toRadioOf, 'get_volume'],
    ['What is the volume of the radio?', toRadioOf, 'get_volume'],
    ['radio volume', toRadioOf, 'get_volume'],
    ['Tell me how bright the lamp is.', toLampOf, 'get_brightness'],
    ['How bright is the desk lamp?', toLampOf, 'get_brightness'],
  ] as const)('"%s" still reads', async (text, which, fn) => {
    const mapper = which();
    expect(called(await mapper.map(text, mapper === toRadio ? radioState : lampOff))).toEqual([fn]);
  });

  function toRadioOf() {
    return toRadio;
  }
  function toLampOf() {
    return toLamp;
  }
});
