import { beforeAll, describe, expect, it } from 'vitest';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiDocument, type ApiMapper, type MapResult } from '@meshmind/rag';
import type { WordNet } from '@meshmind/language';

// A library-cart robot written for this test (not a dialect of the evals): one cart reading lists the
// titles on a cart, one counts its empty slots, a drive takes the same cart number. Their returns are
// said in words only ("list[str]", "int"), as a vendor's document says them.
const libraryCart: ApiDocument = [
  { name: 'list_cart_titles', input_argument: ['cart'], input_type: ['int'], output: 'list[str]', notes: 'Lists the titles of the books on the given cart.', programming_language: 'Python' },
  { name: 'count_empty_slots', input_argument: ['cart'], input_type: ['int'], output: 'int', notes: 'Counts the empty slots on the given cart.', programming_language: 'Python' },
  { name: 'roll_to_cart', input_argument: ['cart'], input_type: ['int'], output: 'bool', notes: 'Rolls the robot to the cart with the given number.', programming_language: 'Python' },
  { name: 'battery_charge', input_argument: [], input_type: [], output: 'int percent', notes: 'Returns the battery charge in percent.', programming_language: 'Python' },
];

const lexicon = openLexicon();
const wordNet = lexicon.wordNet as WordNet | undefined;
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`) : []);

describe.skipIf(!wordNet)('a question of what a listing query does not report is declined (mapper/unreported-attribute.ts)', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon, document: libraryCart, selfNoun: 'robot' });
  }, 120_000);

  it.each([
    'how heavy is the atlas on cart 4?',
    'what colour are the books on cart 2?',
    'is the dictionary on cart 5 soggy?',
    'who left the novel on cart 3?',
    'why is cart 6 so messy?',
    'tell me how old the books on cart 1 are',
  ])('declines "%s"', async (request) => {
    const result = await mapper.map(request);
    expect(result.kind, called(result).join(' ')).toBe('not_executable');
  });

  it.each([
    ['what books are on cart 2?', 'list_cart_titles{"cart":2}'],
    ['how many titles are on cart 7?', 'list_cart_titles{"cart":7}'],
    ['is cart 3 full?', 'count_empty_slots{"cart":3}'],
  ])('still reads "%s"', async (request, call) => {
    expect(called(await mapper.map(request))).toEqual([call]);
  });
});
