import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import { statedNeedPath, withStatedLack } from '../src/mapper/stated-need';

// A groceries list written for this test: things go onto it or come off it.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet;

const pantry = {
  type: 'pantry_board',
  title: 'Pantry board',
  nouns: ['groceries list', 'list'],
  state: { entries: { type: 'string_list', description: 'What the board holds.' } },
  functions: [
    { name: 'pin_entry', kind: 'action', parameters: [{ name: 'entry', type: 'string', description: 'What to pin.' }], description: 'Adds a grocery item to the list.' },
    { name: 'unpin_entry', kind: 'action', parameters: [{ name: 'entry', type: 'string', description: 'What to unpin.' }], description: 'Removes a grocery item from the list.' },
    { name: 'read_entries', kind: 'query', parameters: [], description: 'Reads out what is pinned on the board.', returns: { type: 'string_list', description: 'The entries.' } },
  ],
} as unknown as DeviceDescription;

describe.skipIf(!wordNet)('a stated need', () => {
  it('goes onto a device that keeps things, said with a verb of lacking or its synonym', () => {
    for (const text of ['we need more rice', 'the kids want crisps', 'the recipe requires saffron', 'I lack stamps']) expect(statedNeedPath(text, wordNet), text).toBe(1);
  });

  it('comes off it where the need is denied', () => {
    for (const text of ["we don't need rice any more", 'we no longer need stamps']) expect(statedNeedPath(text, wordNet), text).toBe(-1);
  });

  it('gives no path where no need is stated, or only a rare sense shares the synset', () => {
    for (const text of ['take the rice', 'ask for saffron', 'rice please', 'need']) expect(statedNeedPath(text, wordNet), text).toBe(0);
  });

  describe('through the mapper', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    });

    it('pins what is needed, and unpins what is no longer needed', async () => {
      const mapper = await createApiMapper({ embedder, lexicon, document: pantry });
      for (const [text, expected] of [['We need more basmati rice.', 'pin_entry'], ['we need some saffron', 'pin_entry'], ['the twins want crisps', 'pin_entry'], ["we don't need saffron anymore", 'unpin_entry']] as const) {
        const result = await mapper.map(text);
        expect(result.kind === 'call' ? 'call' : result.reason, text).toBe('call');
        if (result.kind === 'call') expect(result.calls[0]!.function, text).toBe(expected);
      }
    });

    it('pins a supply said used up, each thing said', async () => {
      const mapper = await createApiMapper({ embedder, lexicon, document: pantry });
      for (const [text, entries] of [["We've run out of basmati rice.", ['basmati rice']], ['the twins ran out of crisps and squash', ['crisps', 'squash']], ["we're running out of saffron", ['saffron']]] as const) {
        const result = await mapper.map(text);
        expect(result.kind === 'call' ? result.calls.map((call) => [call.function, call.arguments.entry]) : result.reason, text).toEqual(entries.map((entry) => ['pin_entry', entry]));
      }
    });

    it('leaves a supply said used up as said to a device that keeps no things', () => {
      expect(withStatedLack("we've run out of saffron", wordNet, false)).toBe("we've run out of saffron");
      expect(withStatedLack("we've run out of saffron", wordNet, true)).toBe('we need saffron');
      expect(withStatedLack("we haven't run out of saffron", wordNet, true)).toBe("we haven't run out of saffron");
      expect(withStatedLack("we've run out of saffron, pin it on the board", wordNet, true)).toBe('we need saffron, pin it on the board');
    });
  });
});
