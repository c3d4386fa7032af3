import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { openLexicon as openLanguageLexicon } from '@meshmind/language';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { isPlace, kindNamed, lackedFeatureReason } from '../src/mapper/lacking-feature';

// Devices written for this test: a cooker hood whose fan turns on and steps its speed, a power strip
// that powers whatever is plugged in, a roller shutter that rises and falls, and a soundbar with inputs.
const hood: DeviceDescription = {
  type: 'cooker_hood', title: 'Cooker hood', description: 'An extractor above the hob.', domain: 'home', version: '1.0.0',
  nouns: ['hood', 'cooker hood', 'extractor'],
  state: { on: { type: 'boolean', description: 'Whether the extractor fan runs.' } },
  functions: [
    { name: 'turn_on', description: 'Starts the extractor fan.', kind: 'action', parameters: [] },
    { name: 'turn_off', description: 'Stops the extractor fan.', kind: 'action', parameters: [] },
    { name: 'speed_up', description: 'Raises the fan speed by a step.', kind: 'action', parameters: [] },
    { name: 'speed_down', description: 'Lowers the fan speed by a step.', kind: 'action', parameters: [] },
  ],
};
const strip: DeviceDescription = {
  type: 'power_strip', title: 'Power strip', description: 'A strip of sockets.', domain: 'home', version: '1.0.0',
  nouns: ['strip', 'power strip'],
  state: { on: { type: 'boolean', description: 'Whether the strip supplies power.' } },
  functions: [
    { name: 'turn_on', description: 'Supplies power to the plugged-in appliance.', kind: 'action', parameters: [] },
    { name: 'turn_off', description: 'Cuts power to the plugged-in appliance.', kind: 'action', parameters: [] },
  ],
};
const shutter: DeviceDescription = {
  type: 'roller_shutter', title: 'Roller shutter', description: 'A motorised shutter.', domain: 'home', version: '1.0.0',
  nouns: ['shutter', 'roller shutter'],
  state: {},
  functions: [
    { name: 'raise_shutter', description: 'Rolls the shutter up.', kind: 'action', parameters: [] },
    { name: 'lower_shutter', description: 'Rolls the shutter down.', kind: 'action', parameters: [] },
    { name: 'halt_shutter', description: 'Halts the shutter where it is.', kind: 'action', parameters: [] },
  ],
};
const soundbar: DeviceDescription = {
  type: 'soundbar', title: 'Soundbar', description: 'A speaker under the screen.', domain: 'home', version: '1.0.0',
  nouns: ['soundbar', 'speaker'],
  state: {},
  functions: [
    { name: 'power_on', description: 'Powers the soundbar on.', kind: 'action', parameters: [] },
    { name: 'louder', description: 'Raises the volume a step.', kind: 'action', parameters: [] },
    { name: 'select_input', description: 'Chooses which input plays.', kind: 'action', parameters: [{ name: 'input', type: 'string', description: 'The input.', required: true, values: ['hdmi', 'optical', 'bluetooth'] }] },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('what WordNet says of a lacking feature\'s object', () => {
  const wordNet = openLanguageLexicon().wordNet!;
  const stem = (word: string) => word.toLowerCase().replace(/s$/, '');

  it('knows a place by its broader nouns', () => {
    for (const place of ['pantry', 'hallway', 'lawn', 'attic']) expect(isPlace(place, wordNet), place).toBe(true);
    for (const thing of ['lamp', 'subtitle', 'password']) expect(isPlace(thing, wordNet), thing).toBe(false);
  });

  it('knows a made thing as a kind of one the document names, never a sound or a text', () => {
    expect(kindNamed('toaster', wordNet, new Set(['appliance']), stem)).toBe(true);
    expect(kindNamed('treble', wordNet, new Set(['music', 'pitch', 'sound']), stem)).toBe(false);
  });

  it('answers with what the device can do', () => {
    const reason = lackedFeatureReason({ deed: 'lock the shutter' }, 'shutter', [{ name: 'raise_shutter', description: '', kind: 'action', parameters: [] }]);
    expect(reason).toMatch(/the shutter cannot lock the shutter.*it can: raise shutter/);
  });
});

describe('a command for a feature the device lacks is declined, though its verb or object meets a function', () => {
  const mappers = new Map<string, ApiMapper>();
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    const lexicon = openLexicon();
    for (const [name, document] of [['hood', hood], ['strip', strip], ['shutter', shutter], ['soundbar', soundbar]] as const) mappers.set(name, await createApiMapper({ embedder, lexicon, document }));
  }, 60_000);
  const map = (name: string, said: string) => mappers.get(name)!.map(said);

  it('declines a thing the device neither is nor names, said with a verb its function does', async () => {
    for (const said of ['turn on the hood lamp', 'switch on the radio', 'turn up the treble']) {
      const device = said.includes('treble') ? 'soundbar' : 'hood';
      expect(called(await map(device, said)), said).toBe('not_executable');
    }
  });

  it('keeps the device, its names, its own words and a place', async () => {
    expect(called(await map('hood', 'turn on the extractor'))).toEqual(['turn_on']);
    expect(called(await map('hood', 'switch on the cooker hood'))).toEqual(['turn_on']);
    expect(called(await map('hood', 'turn up the fan'))).toEqual(['speed_up']);
    expect(called(await map('soundbar', 'turn up the speaker'))).toEqual(['louder']);
  });

  it('keeps a made thing that is a kind of what the document powers', async () => {
    for (const said of ['turn on the toaster', 'switch on the microwave']) expect(called(await map('strip', said)), said).toEqual(['turn_on']);
  });

  it('declines a deed no word of the document meets, done to the device itself', async () => {
    for (const said of ['lock the shutter', 'please lock the roller shutter', 'varnish the shutter']) expect(called(await map('shutter', said)), said).toBe('not_executable');
    const result = await map('shutter', 'lock the shutter');
    expect(result.kind === 'not_executable' && result.reason).toMatch(/the shutter cannot lock the shutter.*it can: raise shutter, lower shutter, halt shutter/);
    expect(called(await map('shutter', 'roll up the shutter'))).toEqual(['raise_shutter']);
    expect(called(await map('shutter', 'halt the shutter'))).toEqual(['halt_shutter']);
  });

  it('declines an input taken only as whose the lacking thing is, and keeps the input chosen', async () => {
    expect(called(await map('soundbar', 'change the hdmi resolution to 4k'))).toBe('not_executable');
    expect(called(await map('soundbar', 'switch to the optical input'))).toEqual(['select_input']);
  });
});

// A kitchen radio written for this test: it powers on and off, steps and sets its volume (a word
// whose third sense in WordNet is a book, a made thing) and tunes bands.
const radio: DeviceDescription = {
  type: 'kitchen_radio', title: 'Kitchen radio', description: 'A small radio for the kitchen.', domain: 'home', version: '1.0.0',
  nouns: ['radio', 'wireless'],
  state: { on: { type: 'boolean', description: 'Whether it is on.' }, volume: { type: 'integer', description: 'Volume.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    { name: 'power_on', description: 'Wakes the radio.', kind: 'action', parameters: [] },
    { name: 'louder', description: 'Raises the volume a step.', kind: 'action', parameters: [] },
    { name: 'quieter', description: 'Lowers the volume a step.', kind: 'action', parameters: [] },
    { name: 'set_volume', description: 'Sets the volume to a level.', kind: 'action', parameters: [{ name: 'volume', type: 'integer', description: 'Level.', minimum: 0, maximum: 100 }] },
    { name: 'set_band', description: 'Tunes to a band.', kind: 'action', parameters: [{ name: 'band', type: 'enum', description: 'Band.', values: ['fm', 'am', 'dab'] }] },
  ],
};

describe('a property the device lacks, said as what a step or a setter would change', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: radio });
  }, 60_000);
  const map = (said: string) => mapper.map(said);

  it('declines a quality of sound or picture that no word of the document names', async () => {
    for (const said of ['turn up the bass', 'turn the bass down a bit', 'boost the treble', 'increase the contrast', 'increase the brightness', 'make the display brighter', 'make the picture sharper']) {
      expect(called(await map(said)), said).toBe('not_executable');
    }
  });

  it('says the change asked for in its answer', async () => {
    const result = await map('make the screen brighter');
    expect(result.kind === 'not_executable' && result.reason).toMatch(/screen/);
  });

  it('keeps the quantity the document names and the device itself', async () => {
    for (const said of ['turn up the volume', 'make it louder', 'turn the radio up', 'increase the volume', 'raise the volume a bit']) expect(called(await map(said)), said).toEqual(['louder']);
    expect(called(await map('turn the volume down'))).toEqual(['quieter']);
    expect(called(await map('set the volume to 30'))).toEqual(['set_volume']);
  });
});

describe('what a command\'s core says of its object', () => {
  const wordNet = openLanguageLexicon().wordNet!;
  it('reads an adjective after the object as what it is to become, and a value after "to"', async () => {
    const { commandCore } = await import('../src/mapper/unaccounted-word');
    expect(commandCore('make the picture brighter', wordNet)).toMatchObject({ verb: 'make', object: 'picture', complement: 'brighter' });
    expect(commandCore('set the language to german', wordNet)).toMatchObject({ object: 'language', toValue: true });
    expect(commandCore('set the volume to 30', wordNet)?.toValue).toBeUndefined();
  });
});
