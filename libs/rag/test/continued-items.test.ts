import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// A document written for this test: a family chores board that chores are posted to and cleared from.
const board: DeviceDescription = {
  type: 'chores_board',
  title: 'Chores board',
  description: 'A family board of chores that are posted and cleared.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['board', 'chores board'],
  state: { chores: { type: 'string_list', description: 'Chores still to do.' } },
  functions: [
    { name: 'post_chore', description: 'Posts a chore to the board.', kind: 'action', parameters: [{ name: 'chore', type: 'string', description: "The chore, e.g. 'feed the cat'." }] },
    { name: 'clear_chore', description: 'Clears a chore that is done from the board.', kind: 'action', parameters: [{ name: 'chore', type: 'string', description: 'The chore as written.' }] },
    { name: 'list_chores', description: 'Reads the chores still on the board.', kind: 'query', parameters: [], returns: { type: 'string_list', description: 'Chores.' } },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => `${call.function}:${String(call.arguments.chore)}`) : result.kind);

describe('two chores said with their own verbs are two items of one list', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: board });
  });
  const references = { names: ['Family Board'], words: ['board', 'chores board'], kinds: ['board', 'chores board'] };
  const map = async (text: string) => called(await mapper.map(text, { chores: [] }, { references }));

  it.each([
    ['Post wash the car and mow the lawn to the board.', ['post_chore:wash the car', 'post_chore:mow the lawn']],
    ['Post feed the cat and walk the dog to the board.', ['post_chore:feed the cat', 'post_chore:walk the dog']],
  ])('"%s"', async (text, calls) => expect(await map(text)).toEqual(calls));

  it('a step in sequence with another function stays a command of its own', async () => {
    expect(await map('Post feed the cat and then clear walk the dog.')).toEqual(['post_chore:feed the cat', 'clear_chore:walk the dog']);
  });
});
