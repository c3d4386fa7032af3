import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import { normaliseApiDocument } from '../src/api-document';
import { withTakenOff } from '../src/mapper/taken-off';

// A chores board written for this test: chores are pinned on it, ticked off it when done, or deleted from it.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet;

const chores = {
  type: 'chore_board',
  title: 'Chores board',
  nouns: ['chores board', 'board'],
  state: { chores: { type: 'string_list', description: 'Chores still to do.' }, done: { type: 'string_list', description: 'Chores done.' } },
  functions: [
    { name: 'pin_chore', kind: 'action', parameters: [{ name: 'chore', type: 'string', description: 'The chore to pin.' }], description: 'Adds a chore to the board.' },
    { name: 'finish_chore', kind: 'action', parameters: [{ name: 'chore', type: 'string', description: 'The chore done.' }], description: 'Ticks a chore off the board and files it with the chores done.' },
    { name: 'remove_chore', kind: 'action', parameters: [{ name: 'chore', type: 'string', description: 'The chore to drop.' }], description: 'Deletes a chore from the board without ticking it.' },
    { name: 'read_chores', kind: 'query', parameters: [], description: 'Reads out the chores on the board.', returns: { type: 'string_list', description: 'The chores.' } },
  ],
} as unknown as DeviceDescription;

describe.skipIf(!wordNet)('a thing taken off a list', () => {
  const document = normaliseApiDocument(chores);

  it('is removed where its verb says nothing of ticking', () => {
    expect(withTakenOff('knock the gutters off the board', document, wordNet, true)).toBe('remove the gutters off the board');
    expect(withTakenOff('could you pull the hoovering off the chores board', document, wordNet, true)).toBe('could you remove the hoovering off the chores board');
    expect(withTakenOff('scratch the gutters off', document, wordNet, true)).toBe('remove the gutters off');
  });

  it('is left as said where its verb ticks, where nothing goes off the device, or to a device that keeps no items', () => {
    for (const text of ['mark the gutters off the board', 'check the gutters off', 'cross the gutters off the board', 'knock the gutters down', 'pin the gutters on the board']) expect(withTakenOff(text, document, wordNet, true), text).toBe(text);
    expect(withTakenOff('knock the gutters off the board', document, wordNet, false)).toBe('knock the gutters off the board');
  });

  describe('through the mapper', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    });

    it('deletes the chore knocked or pulled off, and ticks the one checked off', async () => {
      const mapper = await createApiMapper({ embedder, lexicon, document: chores });
      for (const [text, fn] of [['knock the gutters off the board', 'remove_chore'], ['pull the hoovering off the board', 'remove_chore'], ['check the gutters off the board', 'finish_chore']] as const) {
        const result = await mapper.map(text, { chores: ['gutters', 'hoovering'], done: [] });
        expect(result.kind === 'call' ? result.calls.map((call) => call.function) : result.reason, text).toEqual([fn]);
      }
    });
  });
});
