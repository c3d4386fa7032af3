import type { DeviceStateValues } from '@meshmind/protocol';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDeviceDescription } from '@meshmind/devices';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { phrasalMeansVerb, phrasalSynonym } from '../src/mapper/phrasal-senses';

const lexicon = openLexicon();
const wordNet = lexicon.wordNet;

describe.skipIf(!wordNet)('what the first WordNet sense says of a verb and a particle', () => {
  it('reads a phrasal verb whose first sense is the verb itself as that verb', () => {
    expect(phrasalMeansVerb('fill', 'up', wordNet!)).toBe(true);
    expect(phrasalMeansVerb('heat', 'up', wordNet!)).toBe(true);
    expect(phrasalMeansVerb('cool', 'down', wordNet!)).toBe(true);
  });

  it('keeps a phrasal verb that means something else apart', () => {
    expect(phrasalMeansVerb('turn', 'up', wordNet!)).toBe(false);
    expect(phrasalMeansVerb('shut', 'down', wordNet!)).toBe(false);
  });

  it('finds the one phrasal verb that glosses a verb, and none where there is none', () => {
    expect(phrasalSynonym('douse', wordNet!)).toBe('put out');
    expect(phrasalSynonym('extinguish', wordNet!)).toBe('snuff out');
    expect(phrasalSynonym('open', wordNet!)).toBeUndefined();
    expect(phrasalSynonym('halt', wordNet!)).toBeUndefined();
    expect(phrasalSynonym('could', wordNet!)).toBeUndefined();
    // "continue" is both "go on" and "go along": not read as "on".
    expect(phrasalSynonym('continue', wordNet!)).toBeUndefined();
  });
});

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe.skipIf(!wordNet)('verbs read through their first sense, against catalog devices', () => {
  const mappers = new Map<string, ApiMapper>();
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    for (const type of ['light', 'valve', 'switch']) mappers.set(type, await createApiMapper({ embedder, lexicon, document: getDeviceDescription(type)! }));
  });
  const map = async (type: string, text: string, names: string[], state: DeviceStateValues) =>
    called(await mappers.get(type)!.map(text, state, { references: { names, words: ['hall', 'garden', 'conservatory'], kinds: getDeviceDescription(type)!.nouns } }));

  it.each([
    ['Douse the candle lamp.', ['Candle Lamp']],
    ['Douse the hall lantern please.', ['Hall Lantern']],
  ])('"%s" switches the light off', async (text, names) => {
    expect(await map('light', text, names, { on: true, brightness: 100 })).toEqual(['turn_off']);
  });

  it.each([
    ['Fill up the pond.', ['Pond Filler']],
    ['Fill up the duck pond.', ['Duck Pond Filler']],
  ])('"%s" opens a valve named for filling', async (text, names) => {
    expect(await map('valve', text, names, { valve_state: 'closed', remaining_minutes: 0 })).toEqual(['open_valve']);
  });

  it('"Heat up the conservatory." switches on a plug named for heating', async () => {
    expect(await map('switch', 'Heat up the conservatory.', ['Conservatory Heater'], { on: false })).toEqual(['turn_on']);
  });
});
