import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, normaliseApiDocument, openLexicon } from '@meshmind/rag';
import type { MapResult } from '../src/mapper/api-mapper-options';
import { namedOnly } from '../src/mapper/named-only';

// A towel rail and a jukebox written for this test: a request that only names the device says no deed.
const lexicon = openLexicon();

const towelRail = {
  type: 'towel_rail',
  title: 'Heated towel rail',
  nouns: ['towel rail', 'rail', 'towel warmer'],
  state: { heating: { type: 'boolean', description: 'Whether the rail heats.' } },
  functions: [
    { name: 'start_heating', kind: 'action', parameters: [], description: 'Switches the towel rail on.', effects: [{ key: 'heating', value: true }] },
    { name: 'stop_heating', kind: 'action', parameters: [], description: 'Switches the towel rail off.', effects: [{ key: 'heating', value: false }] },
  ],
} as unknown as DeviceDescription;

const jukebox = {
  type: 'jukebox',
  title: 'Jukebox',
  nouns: ['jukebox', 'records', 'vinyl'],
  state: { side: { type: 'enum', description: 'Which side of the record plays.', values: ['a', 'b'], synonyms: { a: ['records'], b: ['flip side'] } } },
  functions: [
    { name: 'play_side', kind: 'action', parameters: [{ name: 'side', type: 'enum', values: ['a', 'b'], description: 'Side to play.' }], description: 'Plays a side of the record.' },
    { name: 'stop_record', kind: 'action', parameters: [], description: 'Stops the record.' },
  ],
} as unknown as DeviceDescription;

const own = (nouns: string[]) => (word: string) => nouns.includes(word) || word === 'it';
const chosen = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);

describe('a request that only names the device', () => {
  it('is declined when every word past courtesy and determiners names the device', () => {
    const document = normaliseApiDocument(towelRail);
    const ownWord = own(['towel', 'rail', 'warmer', 'bathroom']);
    for (const text of ['the towel rail', 'The bathroom rail, please.', 'the towel warmer!', 'it']) {
      expect(namedOnly(text, document, ownWord, 'towel rail', lexicon.wordNet)?.kind, text).toBe('not_executable');
    }
  });

  it('leaves requests with a deed, a state word or another word to the mapper', () => {
    const document = normaliseApiDocument(towelRail);
    const ownWord = own(['towel', 'rail', 'warmer']);
    // "towel the rail" (and "towel rail" said bare) may open with the verb: the deed said, left to the mapper.
    for (const text of ['the towel rail on', 'warm the towels', 'rail off please', 'please', 'towel the rail']) {
      expect(namedOnly(text, document, ownWord, 'towel rail', lexicon.wordNet), text).toBeUndefined();
    }
    // A noun that is also one of the device's values says what is wanted.
    expect(namedOnly('records please', normaliseApiDocument(jukebox), own(['jukebox', 'records']), 'jukebox', lexicon.wordNet)).toBeUndefined();
  });

  describe('through the mapper', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    });

    it('asks rather than guesses what to do with a named device', async () => {
      const rail = await createApiMapper({ embedder, lexicon, document: towelRail, selfNoun: 'towel rail' });
      expect((await rail.map('the towel rail', { heating: true })).kind).toBe('not_executable');
      expect((await rail.map('the towel warmer, please', { heating: false })).kind).toBe('not_executable');
      expect(chosen(await rail.map('switch the towel rail on', { heating: false }))).toEqual(['start_heating']);
    });
  });
});
