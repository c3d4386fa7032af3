import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { getDeviceDescription } from '@meshmind/devices';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { adjectiveVerbDirection } from '../src/arguments/adjective-verbs';

// Written for this test: a stage spotlight with an intensity it reports, and a garden speaker with a
// loudness; neither is a device type of the homes the evals use.
const spotlight: DeviceDescription = {
  type: 'stage_spot',
  title: 'Stage spotlight',
  description: 'A theatre spotlight whose intensity can be set.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['spotlight', 'spot'],
  state: { lit: { type: 'boolean', description: 'Whether the spot is lit.' }, intensity: { type: 'integer', description: 'Light output.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    { name: 'strike', description: 'Lights the spot.', kind: 'action', parameters: [], effects: [{ key: 'lit', value: true }] },
    { name: 'douse', description: 'Puts the spot out.', kind: 'action', parameters: [], effects: [{ key: 'lit', value: false }] },
    {
      name: 'set_intensity',
      description: 'Brightens or dims the spot to the given output.',
      kind: 'action',
      parameters: [{ name: 'intensity', type: 'integer', description: 'Output level.', unit: '%', minimum: 1, maximum: 100 }],
      effects: [{ key: 'intensity', parameter: 'intensity' }],
    },
    { name: 'get_intensity', description: 'Reads the output of the spot.', kind: 'query', parameters: [], returns: { type: 'integer', description: 'Output.', unit: '%' } },
  ],
};

const speaker: DeviceDescription = {
  type: 'garden_speaker',
  title: 'Garden speaker',
  description: 'An outdoor speaker.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['speaker'],
  state: { loudness: { type: 'integer', description: 'How loud it plays.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    {
      name: 'set_loudness',
      description: 'Sets how loud the speaker plays.',
      kind: 'action',
      parameters: [{ name: 'loudness', type: 'integer', description: 'Loudness.', unit: '%', minimum: 0, maximum: 100 }],
      effects: [{ key: 'loudness', parameter: 'loudness' }],
    },
    { name: 'get_loudness', description: 'Reads how loud the speaker plays.', kind: 'query', parameters: [], returns: { type: 'integer', description: 'Loudness.', unit: '%' } },
  ],
};

const lexicon = openLexicon();
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => ({ function: call.function, arguments: call.arguments })) : result.reason);

describe('a verb made of an adjective names the direction of its comparative', () => {
  it.each([
    ['brighten', 1],
    ['darken', -1],
    ['quieten', -1],
    ['louden', 1],
  ] as const)('"%s" steps %i', (word, direction) => expect(adjectiveVerbDirection(word, lexicon.wordNet!)).toBe(direction));

  // "fasten" is spelled "fast" + "en" but attaches; the others are no adjective's verb at all.
  it.each(['fasten', 'listen', 'open', 'happen', 'kitchen', 'soften', 'brighter', 'dim'])('"%s" names none', (word) => expect(adjectiveVerbDirection(word, lexicon.wordNet!)).toBe(0));
});

describe('a change verb with no value is a step of the level, never a reading', () => {
  const mappers = new Map<string, ApiMapper>();
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    for (const [name, document] of [
      ['spotlight', spotlight],
      ['speaker', speaker],
    ] as const) {
      mappers.set(name, await createApiMapper({ embedder, lexicon, document }));
    }
  });

  it.each([
    ['Brighten the spotlight.', 60],
    ['Please brighten the spot a little.', 60],
    ['Darken the stage spot.', 40],
  ])('a spotlight at 50: "%s"', async (text, intensity) => {
    expect(called(await mappers.get('spotlight')!.map(text, { lit: true, intensity: 50 }))).toEqual([{ function: 'set_intensity', arguments: { intensity } }]);
  });

  it.each([
    ['Quieten the garden speaker.', 40],
    ['Louden the speaker.', 60],
  ])('a speaker at 50: "%s"', async (text, loudness) => {
    expect(called(await mappers.get('speaker')!.map(text, { loudness: 50 }))).toEqual([{ function: 'set_loudness', arguments: { loudness } }]);
  });

  // The end of the scale said with the verb is the level itself, not one step toward it.
  it.each([
    ['Brighten the spotlight to full.', 100],
    ['Turn the spot up to the maximum.', 100],
    ['Darken the spot to the minimum.', 1],
  ])('a spotlight at 50: "%s" goes to that end', async (text, intensity) => {
    expect(called(await mappers.get('spotlight')!.map(text, { lit: true, intensity: 50 }))).toEqual([{ function: 'set_intensity', arguments: { intensity } }]);
  });

  it('a question about the level still reads it', async () => {
    expect(called(await mappers.get('spotlight')!.map('How bright is the spotlight?', { lit: true, intensity: 50 }))).toEqual([{ function: 'get_intensity', arguments: {} }]);
  });
});

describe('a comparative alone as the command: "on" after it opens the device, it asks for no state', () => {
  let player: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    player = await createApiMapper({ embedder, lexicon, document: getDeviceDescription('media_player')! });
  });
  const references = (name: string) => ({ names: [name], words: ['speaker', 'radio', 'player'] });

  it.each([
    ['Louder on the porch radio.', 'Porch Radio', 'volume_up'],
    ['Louder on the shed boombox.', 'Shed Boombox', 'volume_up'],
    ['Quieter on the study speaker.', 'Study Speaker', 'volume_down'],
  ])('"%s" steps the volume', async (text, name, expected) => {
    const result = await player.map(text, { on: true, playback: 'playing', volume: 40 }, { references: references(name) });
    expect(result.kind === 'call' ? result.calls.map((call) => call.function) : result.reason).toEqual([expected]);
  });

  it('"turn on the porch radio" still wakes it', async () => {
    const result = await player.map('Turn on the porch radio.', { on: false, playback: 'stopped', volume: 40 }, { references: references('Porch Radio') });
    expect(result.kind === 'call' ? result.calls.map((call) => call.function) : result.reason).toEqual(['turn_on']);
  });
});
