import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { getDeviceDescription } from '@meshmind/devices';
import { createApiMapper, createEmbedderPool, normaliseApiDocument, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { functionProfile } from '../src/mapper/evidence';
import { withStateParticle } from '../src/mapper/state-particle';

// A document written for this test: a projection screen whose states the vendor calls "up" and "down".
const screen: DeviceDescription = {
  type: 'projection_screen',
  title: 'Projection screen',
  description: 'A motorised screen that unrolls from a ceiling box.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['screen'],
  state: {
    screen_state: { type: 'enum', description: 'Where the screen is.', values: ['stowed', 'deployed'], synonyms: { stowed: ['up', 'rolled up'], deployed: ['down', 'unrolled'] } },
    drop: { type: 'integer', description: 'How far the screen hangs.', unit: '%', minimum: 0, maximum: 100 },
  },
  functions: [
    { name: 'deploy', description: 'Unrolls the screen to its full drop.', kind: 'action', parameters: [], effects: [{ key: 'screen_state', value: 'deployed' }, { key: 'drop', value: 100 }] },
    { name: 'stow', description: 'Winds the screen back into its box.', kind: 'action', parameters: [], effects: [{ key: 'screen_state', value: 'stowed' }, { key: 'drop', value: 0 }] },
    { name: 'set_drop', description: 'Hangs the screen to the given drop.', kind: 'action', parameters: [{ name: 'drop', type: 'integer', description: 'Drop.', unit: '%', minimum: 0, maximum: 100 }], effects: [{ key: 'drop', parameter: 'drop' }] },
    { name: 'halt', description: 'Stops the motor where it is.', kind: 'action', parameters: [] },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function + JSON.stringify(call.arguments)) : result.kind);

describe('a particle the document uses for a state names that state', () => {
  const mappers = new Map<string, ApiMapper>();
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    const lexicon = openLexicon();
    for (const [name, document] of [
      ['screen', screen],
      ['cover', getDeviceDescription('cover')!],
      ['garage', getDeviceDescription('garage_door')!],
      ['media', getDeviceDescription('media_player')!],
      ['light', getDeviceDescription('light')!],
    ] as const) {
      mappers.set(name, await createApiMapper({ embedder, lexicon, document }));
    }
  });
  const map = async (device: string, text: string) => called(await mappers.get(device)!.map(text, { drop: 50, position: 50, on: false }));

  it.each([
    ['screen', 'Pull the screen down.', 'deploy{}'],
    ['screen', 'Bring down the screen.', 'deploy{}'],
    ['screen', 'Roll the screen up.', 'stow{}'],
    ['cover', 'Roll up the shutter.', 'open_cover{}'],
    ['cover', 'Pull down the blackout blind.', 'close_cover{}'],
    ['cover', 'Put the shades down.', 'close_cover{}'],
    ['garage', 'Roll the garage door down.', 'close_door{}'],
  ])('%s: "%s"', async (device, text, call) => {
    expect(await map(device, text)).toEqual([call]);
  });

  it('a number said keeps its position ("roll the shutter down to 40%")', async () => {
    expect(await map('cover', 'Roll the shutter down to 40%.')).toEqual(['set_position{"position":40}']);
  });

  it("a verb of the document's own keeps its reading, though a player's document calls playing \"on\"", async () => {
    expect(await map('media', 'Turn on the radio.')).toEqual(['turn_on{}']);
  });

  it.each([
    ['light', 'Look whether the lamp is on.', ['is_on{}']],
    ['light', 'Can you see if the bulb is on?', ['is_on{}']],
  ])('a particle that ends a clause that asks is the state asked about, not a goal: %s "%s"', async (device, text, calls) => {
    expect(await map(device, text)).toEqual(calls);
  });

  it('"see whether the screen is down" does not lower it', async () => {
    expect(await map('screen', 'See whether the screen is down.')).not.toEqual(['deploy{}']);
  });
});

// A document written for this test: a record player whose notes also call playing "on".
const deck = normaliseApiDocument({
  type: 'record_deck',
  title: 'Record deck',
  description: 'A networked record player.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['deck', 'turntable'],
  state: {
    on: { type: 'boolean', description: 'Whether the deck is powered.' },
    spin: { type: 'enum', description: 'Whether the platter turns.', values: ['spinning', 'still'], synonyms: { spinning: ['on', 'going'], still: ['stopped'] } },
  },
  functions: [
    { name: 'power_up', description: 'Powers the deck.', kind: 'action', parameters: [], effects: [{ key: 'on', value: true }] },
    { name: 'power_down', description: 'Cuts power.', kind: 'action', parameters: [], effects: [{ key: 'on', value: false }] },
    { name: 'spin_platter', description: 'Starts the platter.', kind: 'action', parameters: [], effects: [{ key: 'on', value: true }, { key: 'spin', value: 'spinning' }] },
  ],
} as DeviceDescription);
const deckProfiles = deck.functions.map((fn) => functionProfile(fn, fn.name.split('_'), 'en'));

describe('a particle that is the name of a yes/no field names that field first', () => {
  const wordNet = openLexicon().wordNet;
  it.skipIf(!wordNet)('"deck on" is not read as the value the notes also call "on"', () => {
    expect(withStateParticle('deck on', deck, deckProfiles, wordNet)).toBe('deck on');
    expect(withStateParticle('turntable on please', deck, deckProfiles, wordNet)).toBe('turntable on please');
  });

  it.skipIf(!wordNet)('after a verb the verb says which: the value the notes call "on" is still read', () => {
    expect(withStateParticle('carry on spinning', deck, deckProfiles, wordNet)).toBe('spin platter spinning');
  });
});
