import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import type { MapResult } from '../src/mapper/api-mapper-options';
import { withMusingAsked } from '../src/mapper/musing-question';

// A greenhouse vent and a kiln written for this test: the speaker musing on what they do not know asks it.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet;

const vent = {
  type: 'roof_vent',
  title: 'Greenhouse roof vent',
  nouns: ['vent', 'roof vent', 'skylight'],
  state: { vent_state: { type: 'enum', values: ['open', 'closed'], description: 'Whether the vent is open.' } },
  functions: [
    { name: 'open_vent', kind: 'action', parameters: [], description: 'Opens the roof vent.', effects: [{ key: 'vent_state', value: 'open' }] },
    { name: 'close_vent', kind: 'action', parameters: [], description: 'Closes the roof vent.', effects: [{ key: 'vent_state', value: 'closed' }] },
    { name: 'get_vent_state', kind: 'query', parameters: [], description: 'Reports whether the roof vent is open or closed.', returns: { type: 'enum', description: 'open or closed' } },
  ],
} as unknown as DeviceDescription;

const chosen = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);

describe('the speaker musing on what they do not know', () => {
  it('reads the musing as the question it asks', () => {
    expect(withMusingAsked('I wonder if the vent is open', wordNet)).toBe('tell me if the vent is open');
    expect(withMusingAsked("I'm wondering whether I shut the skylight", wordNet)).toBe('tell me whether I shut the skylight');
    expect(withMusingAsked("I can't remember if I closed the vent", wordNet)).toBe('tell me if I closed the vent');
    expect(withMusingAsked('not sure whether the kiln is still hot', wordNet)).toBe('tell me whether the kiln is still hot');
    expect(withMusingAsked('hmm, no idea if the vent is shut', wordNet)).toBe('tell me if the vent is shut');
  });

  it('reads a musing on the addressee with a modal as the polite ask it is', () => {
    expect(withMusingAsked('I wonder if you could open the vent', wordNet)).toBe('could you open the vent');
    expect(withMusingAsked('I was wondering whether you would close the skylight for me', wordNet)).toBe('could you close the skylight for me');
    expect(withMusingAsked("I wonder if you'd be kind enough to shut the vent", wordNet)).toBe('could you be kind enough to shut the vent');
  });

  it('leaves commands, conditions and other frames as said', () => {
    for (const text of ['check if the vent is open', 'open the vent if it gets hot', 'I think if it gets hot, open the vent', 'tell me if the vent is open', 'ask them if the vent is open', 'I wonder why the vent is open', 'if you could open the vent']) {
      expect(withMusingAsked(text, wordNet), text).toBe(text);
    }
  });

  describe('through the mapper', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    });

    it('reads the state where the musing asks, and does the deed where it asks politely', async () => {
      const mapper = await createApiMapper({ embedder, lexicon, document: vent, selfNoun: 'vent' });
      expect(chosen(await mapper.map('I wonder if the vent is still open', { vent_state: 'closed' }))).toEqual(['get_vent_state']);
      expect(chosen(await mapper.map("I'm wondering if I closed the vent", { vent_state: 'open' }))).toEqual(['get_vent_state']);
      expect(chosen(await mapper.map('not sure whether the skylight is shut', { vent_state: 'open' }))).toEqual(['get_vent_state']);
      expect(chosen(await mapper.map('I wonder if you could open the vent', { vent_state: 'closed' }))).toEqual(['open_vent']);
    });
  });
});
