import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';

// A hospital delivery tug written for this test: one of several tugs, numbered; it halts, drives to a
// ward by number, goes back to its base and tells its charge and where it is.
// A request about "tug 2" or "the other tug" is about another tug, not about this one.
const lexicon = openLexicon();

const tug = {
  type: 'delivery_tug',
  title: 'Hospital delivery tug',
  nouns: ['tug', 'robot'],
  state: {},
  functions: [
    { name: 'halt', kind: 'action', parameters: [], description: 'Stops the tug at once.' },
    { name: 'go_to_ward', kind: 'action', parameters: [{ name: 'ward', type: 'integer', minimum: 1, maximum: 30, description: 'Number of the ward to drive to.' }], description: 'Drives the tug to a ward.' },
    { name: 'return_to_base', kind: 'action', parameters: [], description: 'Drives back to the base station and charges.' },
    { name: 'charge_level', kind: 'query', parameters: [], description: 'Tells how charged the battery is, in percent.' },
    { name: 'current_location', kind: 'query', parameters: [], description: 'Tells where the tug is now.' },
  ],
} as unknown as DeviceDescription;

const chosen = (result: { kind: string; calls?: { function: string; arguments?: Record<string, unknown> }[] }) => (result.kind === 'call' ? result.calls!.map((call) => call.function) : []);

describe('a request about another one of the device\'s own kind', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it('declines a deed done to a numbered one or to the other one', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: tug, selfNoun: 'tug' });
    for (const text of ['halt tug 3!', 'send tug 4 back to base', 'follow tug 2 to ward 6', 'halt the other tug']) {
      const result = await mapper.map(text);
      expect(result.kind, text).toBe('not_executable');
    }
  });

  it('declines a question asked of a numbered one or of the other one', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: tug, selfNoun: 'tug' });
    for (const text of ['where is tug 5 right now?', 'how much charge has tug 2 got left?', 'is the other tug charged?']) {
      const result = await mapper.map(text);
      expect(result.kind, text).toBe('not_executable');
      if (result.kind === 'not_executable') expect(result.reason, text).toMatch(/is another tug, not this one/);
    }
  });

  it('does what is asked of itself, called by its number or by its noun', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: tug, selfNoun: 'tug' });
    expect(chosen(await mapper.map('halt!'))).toEqual(['halt']);
    expect(chosen(await mapper.map('tug, halt!'))).toEqual(['halt']);
    expect(chosen(await mapper.map('drive to ward 6, tug 3'))).toEqual(['go_to_ward']);
    expect(chosen(await mapper.map('how much charge have you got left?'))).toEqual(['charge_level']);
  });

  it('does what is asked of itself where its own name carries the number', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: tug, selfNoun: 'tug' });
    expect(chosen(await mapper.map('halt tug 3!', {}, { references: { names: ['Tug 3'], words: [] } }))).toEqual(['halt']);
  });
});
