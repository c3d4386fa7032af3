import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { statedEvent } from '../src/mapper/stated-event';

// A document written for this test: a library book trolley that rolls to a bay, goes back to its charger, counts its books.
const trolley = {
  type: 'book_trolley', title: 'Book trolley', description: 'A self-driving trolley that carries returned books between the library bays.', domain: 'work', version: '1.0.0', nouns: ['trolley', 'cart'],
  functions: [
    { name: 'go_to_bay', description: 'Rolls the trolley to a numbered bay.', kind: 'action', parameters: [{ name: 'bay', type: 'integer', minimum: 1, maximum: 30, description: 'The bay number.' }] },
    { name: 'return_to_charger', description: 'Sends the trolley back to its charger.', kind: 'action', parameters: [] },
    { name: 'count_books', description: 'Counts the books on the trolley.', kind: 'query', parameters: [], returns: { type: 'integer', description: 'Books on board.' } },
    { name: 'check_bay_space', description: 'Reports how much space is free on a bay.', kind: 'query', parameters: [{ name: 'bay', type: 'integer', minimum: 1, maximum: 30, description: 'The bay number.' }], returns: { type: 'integer', description: 'Free slots.' } },
  ],
} as unknown as DeviceDescription;

const wordNet = openLexicon().wordNet;
const trolleyWord = (word: string) => ['trolley', 'cart', 'it'].includes(word);
const declined = (text: string) => statedEvent(text, trolleyWord, 'trolley', wordNet)?.kind;
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe.skipIf(!wordNet)('a present condition of a thing other than the device (stated-event.ts)', () => {
  it.each([
    'bay 12 is full',
    "the charger's broken",
    'the lift is out of service',
    'the reading room is closed',
    "the charger's taken",
    'the returns box is overflowing',
    'the photocopier is jammed',
    "there's a puddle by bay 4",
    'there are books all over the floor',
    'the fire door is propped open',
  ])('"%s" is declined: how another thing is now, not an order', (text) => {
    expect(declined(text), text).toBe('not_executable');
  });

  it.each([
    'bay 12 is where I need you',
    'bay 5 is your next stop',
    'the charger is free, go and charge',
    'bay 3 is full, so go to bay 4',
    'my arms are aching',
    'the hall is cold',
    'the baby is cold',
    'the shelf is too high',
    "there's not enough room",
    "there's no light in the stairwell",
    'the trolley is empty',
    'is bay 2 full?',
  ])('"%s" is left to the mapper: the listener, an order beside it, a state that may be a wish, the device itself or a question', (text) => {
    expect(declined(text), text).toBeUndefined();
  });
});

describe.skipIf(!wordNet)('the mapper makes no call on a present condition of another thing', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: trolley });
  }, 60_000);

  it.each(['bay 12 is full', "the charger's broken", "there's a puddle by bay 4"])('"%s" makes no call', async (said) => {
    expect(called(await mapper.map(said, {}))).toBe('not_executable');
  });

  it.each([
    ['go to bay 12', 'go_to_bay'],
    ['the charger is free now, go back to your charger', 'return_to_charger'],
  ])('"%s" is still done', async (said, fn) => {
    expect(called(await mapper.map(said, {}))).toEqual([fn]);
  });
});
