import type { DeviceStateValues } from '@meshmind/protocol';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDeviceDescription } from '@meshmind/devices';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function + JSON.stringify(call.arguments)) : result.kind);

// "put X on the <device>": once the device's name is read out, the X before the closing "on" is a value.
describe('the object of a command that closes with "on" is a value where an option holds it', () => {
  const mappers = new Map<string, ApiMapper>();
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    const lexicon = openLexicon();
    for (const type of ['media_player', 'light']) mappers.set(type, await createApiMapper({ embedder, lexicon, document: getDeviceDescription(type)! }));
  });
  const map = async (type: string, text: string, names: string[], state: DeviceStateValues) =>
    called(await mappers.get(type)!.map(text, state, { references: { names, words: ['den', 'attic', 'games room'], kinds: getDeviceDescription(type)!.nouns } }));

  it.each([
    ['Put youtube on the den telly.', ['Den Telly'], 'select_source{"source":"streaming"}'],
    ['Put the bluetooth on the games room speaker.', ['Games Room Speaker'], 'select_source{"source":"bluetooth"}'],
  ])('"%s" selects the source', async (text, names, call) => {
    expect(await map('media_player', text, names, { on: true, playback: 'stopped', volume: 20, source: 'tv' })).toEqual([call]);
  });

  it.each([
    ['Put the den telly on.', ['Den Telly'], 'media_player'],
    ['Put the attic lamp on.', ['Attic Lamp'], 'light'],
  ])('"%s": the device itself before "on" is no value, and is switched on', async (text, names, type) => {
    expect(await map(type, text, names, { on: false, source: 'tv', brightness: 50 })).toEqual(['turn_on{}']);
  });
});
