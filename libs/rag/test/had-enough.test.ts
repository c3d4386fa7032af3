import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import type { MapResult } from '../src/mapper/api-mapper-options';
import { withHadEnough } from '../src/mapper/had-enough';

// A hot tub's jets and a bubble machine written for this test: having had enough of a thing asks for its end.
const lexicon = openLexicon();

const hotTub = {
  type: 'hot_tub',
  title: 'Hot tub jets',
  nouns: ['hot tub', 'tub', 'jacuzzi'],
  state: { jets: { type: 'boolean', description: 'Whether the massage jets are bubbling.' } },
  functions: [
    { name: 'start_jets', kind: 'action', parameters: [], description: 'Starts the massage jets bubbling.', effects: [{ key: 'jets', value: true }] },
    { name: 'stop_jets', kind: 'action', parameters: [], description: 'Stops the massage jets.', effects: [{ key: 'jets', value: false }] },
    { name: 'jets_running', kind: 'query', parameters: [], description: 'Reports whether the jets are bubbling.', returns: { type: 'boolean', description: 'true when bubbling' } },
  ],
} as unknown as DeviceDescription;

const chosen = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);

describe('having had enough of a thing', () => {
  it('says the end of the thing had enough of, clause by clause', () => {
    expect(withHadEnough("that's enough bubbling")).toBe('stop bubbling');
    expect(withHadEnough('ok, enough of the jets for tonight')).toBe('ok, stop the jets for tonight');
    expect(withHadEnough("alright that's enough jacuzzi, thanks")).toBe('stop jacuzzi, thanks');
  });

  it('leaves questions, measures and purposes as said', () => {
    for (const text of ['is that enough bubbling?', "the tub's warm enough", 'enough to relax', "that's enough", 'bubble the tub enough']) {
      expect(withHadEnough(text), text).toBe(text);
    }
  });

  describe('through the mapper', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    });

    it('ends the thing, not starts it', async () => {
      const tub = await createApiMapper({ embedder, lexicon, document: hotTub, selfNoun: 'hot tub' });
      expect(chosen(await tub.map("that's enough of the jets", { jets: true }))).toEqual(['stop_jets']);
      expect(chosen(await tub.map('enough jets for now', { jets: true }))).toEqual(['stop_jets']);
      expect(chosen(await tub.map('start the jets', { jets: false }))).toEqual(['start_jets']);
    });
  });
});
