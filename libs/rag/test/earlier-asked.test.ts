import { beforeAll, describe, expect, it } from 'vitest';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiDocument, type ApiMapper, type MapResult } from '@meshmind/rag';
import type { WordNet } from '@meshmind/language';

// A greenhouse trolley written for this test (not a dialect of the evals), in a vendor's format that
// declares no kinds: one reading lists the trays on a bench, one reads the battery, one the trolley's
// position, and a drive takes the bench number.
const trolley: ApiDocument = [
  { name: 'list_bench_trays', input_argument: ['bench'], input_type: ['int'], output: 'list[str]', notes: 'Scans the given bench and lists the trays on it.', programming_language: 'Python' },
  { name: 'read_battery', input_argument: [], input_type: [], output: 'int percent', notes: 'Returns the battery charge in percent.', programming_language: 'Python' },
  { name: 'get_position', input_argument: [], input_type: [], output: 'tuple x y', notes: 'Returns the current position of the trolley.', programming_language: 'Python' },
  { name: 'drive_to_bench', input_argument: ['bench'], input_type: ['int'], output: 'bool', notes: 'Drives the trolley to the bench with the given number.', programming_language: 'Python' },
];

const lexicon = openLexicon();
const wordNet = lexicon.wordNet as WordNet | undefined;
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`) : []);

describe.skipIf(!wordNet)('a yes-or-no question of an earlier time put to a reading of now is declined (mapper/earlier-asked.ts)', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon, document: trolley, selfNoun: 'trolley' });
  }, 120_000);

  it.each([
    // a past auxiliary opens it
    'did you scan bench 4 earlier?',
    'was bench 6 scanned last night?',
    'were the trays on bench 2 scanned before lunch?',
    // a perfect with a span up to now, or over all time
    'have you scanned bench 3 today?',
    'has bench 8 been scanned since Monday?',
    // a deictic past with any opener
    'do you remember which trays were on bench 5 yesterday?',
    'was your battery low an hour ago?',
  ])('declines "%s"', async (request) => {
    const result = await mapper.map(request);
    expect(result.kind, called(result).join(' ')).toBe('not_executable');
  });

  it.each([
    ['what trays are on bench 2?', 'list_bench_trays{"bench":2}'],
    ['have you got enough battery left?', 'read_battery{}'],
    ['where did you end up?', 'get_position{}'],
    ['is there anything on bench 7?', 'list_bench_trays{"bench":7}'],
  ])('still reads "%s"', async (request, call) => {
    expect(called(await mapper.map(request))).toEqual([call]);
  });
});
