import { beforeAll, describe, expect, it } from 'vitest';
import type { Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiDocument } from '@meshmind/rag';
import { createRequestReader, words } from '@meshmind/language';
import { asksIndirectly, moodAsked, opensWithPhrasalVerb } from '../src/mapper/indirect-question';

const lexicon = openLexicon();
const asks = (text: string) => asksIndirectly(words(text), lexicon.wordNet);

describe('a command whose object is a clause that asks', () => {
  it('is a question: "figure out where", "see if", "find out how much"', () => {
    expect(asks('figure out where the mower is on the map')).toBe(true);
    expect(asks('see if the tank has any water left')).toBe(true);
    expect(asks('could you find out how much charge is left')).toBe(true);
    expect(asks('work out whether the gate is shut')).toBe(true);
  });

  it('is not where the clause is no object of the opening verb, or the request opens with the question word', () => {
    expect(asks('stop the mower where it is')).toBe(false);
    expect(asks('take a photo of what is in front of you')).toBe(false);
    expect(asks('where are you')).toBe(false);
    expect(asks('mow zone 3')).toBe(false);
  });
});

describe('a request that opens with a phrasal verb', () => {
  const opens = (text: string) => opensWithPhrasalVerb(words(text), lexicon.wordNet);
  it('is a command: "charge up, ta", "please shut down", "switch off"', () => {
    expect(opens('charge up, ta')).toBe(true);
    expect(opens('please shut down now')).toBe(true);
    expect(opens('switch off when you are done')).toBe(true);
  });

  it('is not where the opening word is mostly a noun, a question word, or has no particle after it', () => {
    expect(opens('battery up?')).toBe(false);
    expect(opens('what is up')).toBe(false);
    expect(opens('charge the mower')).toBe(false);
  });
});

describe('the mood the mapper reads, its scope check included', () => {
  const read = createRequestReader();
  it('is a question for a command whose object asks, and the mood as said otherwise', () => {
    expect(moodAsked(read('figure out where you are on the map'), lexicon.wordNet)).toBe('question');
    expect(moodAsked(read('please find out whether the gate is shut'), lexicon.wordNet)).toBe('question');
    expect(moodAsked(read('where are you?'), lexicon.wordNet)).toBe('question');
    expect(moodAsked(read('turn on the sprinkler'), lexicon.wordNet)).toBe('command');
    expect(moodAsked(read('mow zone 3'), lexicon.wordNet)).toBe(read('mow zone 3').mood);
    expect(moodAsked(read('charge up, ta.'), lexicon.wordNet)).toBe('command');
  });
});

// A lawn mower's vendor document of our own, without declared kinds.
const mower: ApiDocument = [
  { name: 'map_garden', input_argument: [], input_type: [], output: 'bool', notes: 'Drives along the lawn edges and draws a map of the garden.', programming_language: 'Python' },
  { name: 'locate_mower', input_argument: [], input_type: [], output: 'tuple', notes: 'Returns the x and y of the mower in the garden.', programming_language: 'Python' },
  { name: 'mow_zone', input_argument: ['zone'], input_type: ['int'], output: 'bool', notes: 'Mows the given zone of the lawn.', programming_language: 'Python' },
  { name: 'go_home', input_argument: [], input_type: [], output: 'bool', notes: 'Drives back to the charging station.', programming_language: 'Python' },
];

describe('the mapper reads an indirect question as a question', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it('locates the mower for "figure out where you are on the map" instead of mapping the garden', async () => {
    const mapper = await createApiMapper({ document: mower, embedder, lexicon, selfNoun: 'mower' });
    for (const request of ['figure out where you are on the map', 'find out where you are on the map of the garden']) {
      const result = await mapper.map(request);
      expect(result.kind === 'call' ? result.calls.map((call) => call.function) : result.reason, request).toEqual(['locate_mower']);
    }
  });
});

describe('the mapper reads an opening phrasal verb as a command', () => {
  it('sends the mower home for "charge up, ta" instead of reading where it is', async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    const charger: ApiDocument = [
      ...mower,
      { name: 'battery_charge', input_argument: [], input_type: [], output: 'int percent', notes: 'Reads the charge left in the battery.', programming_language: 'Python' },
      { name: 'return_to_charger', input_argument: [], input_type: [], output: 'bool', notes: 'Drives back to the charger to recharge the battery.', programming_language: 'Python' },
    ].filter((entry) => entry.name !== 'go_home');
    const mapper = await createApiMapper({ document: charger, embedder, lexicon, selfNoun: 'mower' });
    const result = await mapper.map('Charge up, ta.');
    expect(result.kind === 'call' ? result.calls.map((call) => call.function) : result.reason).toEqual(['return_to_charger']);
  }, 60_000);
});
