import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { undoingWords, withExcessUndone } from '../src/mapper/excess-state';

const wordNet = openLexicon().wordNet!;

describe('undoingWords: the other end of an adjective in excess (#17, needs stated as a lack)', () => {
  it.each([
    ['cold', 'hotter'],
    ['warm', 'cooler'],
    ['dark', 'brighter'],
    ['dim', 'brighter'],
    ['bright', 'dimmer'],
    ['loud', 'quieter'],
    ['quiet', 'louder'],
    ['fast', 'slower'],
    ['noisy', 'quieter'],
    ['chilly', 'hotter'],
    ['gloomy', 'brighter'],
  ])('too %s -> %s', (adjective, wanted) => {
    expect(undoingWords(adjective, wordNet)).toBe(wanted);
  });

  it.each(['stuffy', 'many', 'humid'])('too %s has no known other end', (adjective) => {
    expect(undoingWords(adjective, wordNet)).toBeUndefined();
  });
});

describe('withExcessUndone: a statement of excess said as the change it asks for', () => {
  it.each([
    ['The soundbar is far too loud.', 'make the soundbar quieter'],
    ["It's too dark in the study.", 'make it brighter in the study'],
    ["it's a bit too chilly in here", 'make it hotter in here'],
    ['it is getting too hot in the attic', 'make it colder in the attic'],
    ['the den feels too warm', 'make the den cooler'],
    ['Too loud!', 'make it quieter'],
    ['the lantern is way too dim', 'make the lantern brighter'],
  ])('"%s" -> "%s"', (said, meant) => {
    expect(withExcessUndone(said, wordNet)).toBe(meant);
  });

  it('leaves "too bright" said to a device that is off: it gives no light to dim', () => {
    expect(withExcessUndone("it's too bright in here", wordNet, undefined, { on: false })).toBe("it's too bright in here");
    expect(withExcessUndone("it's too bright in here", wordNet, undefined, { on: true })).toBe('make it dimmer in here');
  });

  it.each([
    'turn it down, it is too loud', // a command of its own comes first
    'I have too many lists',
    'add oat milk too',
    'switch on the porch lamp too please',
    "it's too stuffy in the attic",
  ])('"%s" is left as said', (said) => {
    expect(withExcessUndone(said, wordNet)).toBe(said);
  });
});

// Documents of our own: a soundbar that steps its volume, and a ceiling fan that has speeds but no temperature.
const soundbar: DeviceDescription = {
  type: 'soundbar',
  title: 'Soundbar',
  description: 'A soundbar under the television.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['soundbar', 'speaker'],
  state: { volume: { type: 'integer', description: 'Output volume.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    { name: 'volume_up', description: 'Makes the sound louder by one step.', kind: 'action', parameters: [] },
    { name: 'volume_down', description: 'Makes the sound quieter by one step.', kind: 'action', parameters: [] },
    { name: 'get_volume', description: 'Reads the current volume.', kind: 'query', parameters: [], returns: { type: 'integer', description: 'Volume.', unit: '%' } },
  ],
};
const fan: DeviceDescription = {
  type: 'loft_fan',
  title: 'Ceiling fan',
  description: 'A ceiling fan with three speeds.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['fan', 'ceiling fan'],
  state: { speed: { type: 'integer', description: 'Fan speed as a share of its maximum.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    { name: 'set_speed', description: 'Sets the fan speed.', kind: 'action', parameters: [{ name: 'speed', type: 'integer', description: 'Target speed.', unit: '%', minimum: 1, maximum: 100 }], effects: [{ key: 'speed', parameter: 'speed' }] },
    { name: 'get_speed', description: 'Reads the fan speed.', kind: 'query', parameters: [], returns: { type: 'integer', description: 'Speed.', unit: '%' } },
  ],
};
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('the mapper reads a statement of excess as the change it asks for', () => {
  let bar: ApiMapper;
  let loftFan: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    bar = await createApiMapper({ embedder, lexicon: openLexicon(), document: soundbar });
    loftFan = await createApiMapper({ embedder, lexicon: openLexicon(), document: fan });
  });

  it.each([
    ['The soundbar is far too loud.', 'volume_down'],
    ['the music is way too noisy', 'volume_down'],
    ['The soundbar is too quiet.', 'volume_up'],
  ])('"%s" -> %s', async (said, fn) => {
    expect(called(await bar.map(said, { volume: 40 }))).toEqual([fn]);
  });

  it('"the fan is too fast" slows the fan', async () => {
    const result = await loftFan.map('the fan is too fast', { speed: 100 });
    expect(result.kind === 'call' && result.calls[0]?.function === 'set_speed' && Number(result.calls[0].arguments.speed) < 100).toBe(true);
  });

  it('"it is too hot in here" is not made a slower fan: the fan\'s document has no temperature', async () => {
    const result = await loftFan.map('it is too hot in here', { speed: 66 });
    expect(result.kind === 'call' && result.calls.some((call) => call.function === 'set_speed')).toBe(false);
  });
});
