import { beforeAll, describe, expect, it } from 'vitest';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiDocument, type ApiMapper, type MapResult } from '@meshmind/rag';
import type { WordNet } from '@meshmind/language';
import { saysAbsence } from '../src/mapper/absence-words';

// A cold-store robot written for this test (not a dialect of the evals): one rack reading names what is
// missing ("empty"), one reads what is kept there, and a drive that takes the same rack number.
const coldStore: ApiDocument = [
  { name: 'find_empty_bins', input_argument: ['rack'], input_type: ['int'], output: 'list[int]', notes: 'Checks the given rack and returns the numbers of its empty bins.', programming_language: 'Python' },
  { name: 'read_crate_labels', input_argument: ['rack'], input_type: ['int'], output: 'list[str]', notes: 'Reads the labels of the crates kept on the given rack.', programming_language: 'Python' },
  { name: 'drive_to_rack', input_argument: ['rack'], input_type: ['int'], output: 'bool', notes: 'Drives the robot to the rack with the given number.', programming_language: 'Python' },
  { name: 'battery_percent', input_argument: [], input_type: [], output: 'int', notes: 'Returns the battery charge in percent.', programming_language: 'Python' },
];

const lexicon = openLexicon();
const wordNet = lexicon.wordNet as WordNet | undefined;
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`) : []);

describe('a request that says no absence is not the vacancy check (mapper/unsaid-absence.ts)', () => {
  it.skipIf(!wordNet)('reads an absence from adjectives that are first adjectives and from nouns defined as empty things', () => {
    for (const said of [['free', 'bins'], ['empty'], ['open', 'slot'], ['vacant'], ['vacancies'], ['room'], ['space'], ['gaps']]) expect(saysAbsence(said, wordNet!), said.join(' ')).toBe(true);
  });

  it.skipIf(!wordNet)('reads none from a noun or a verb form whose rarer adjective has an absence ("stock": not original; "sitting": not moving)', () => {
    for (const said of [['stock', 'check'], ['crates', 'sitting'], ['pallets', 'kept'], ['inventory'], ['merchandise']]) expect(saysAbsence(said, wordNet!), said.join(' ')).toBe(false);
  });

  describe.skipIf(!wordNet)('through the mapper', () => {
    let mapper: ApiMapper;
    beforeAll(async () => {
      const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
      mapper = await createApiMapper({ embedder, lexicon, document: coldStore, selfNoun: 'robot' });
    }, 120_000);

    it.each([
      ['do a stock check of rack 4', 4],
      ['run an inventory check on rack 6', 6],
    ])('reads what is kept for "%s", not the empty bins', async (request, rack) => {
      expect(called(await mapper.map(request))).toEqual([`read_crate_labels{"rack":${rack}}`]);
    });

    it('does not read the empty bins for a question of what is sitting on a rack', async () => {
      expect(called(await mapper.map('which pallets are sitting on rack 2?'))).not.toContain('find_empty_bins{"rack":2}');
    });

    it.each([
      ['are there any empty bins on rack 3?', 3],
      ['is there room on rack 5?', 5],
      ['which bins are open on rack 1?', 1],
      ['check rack 7 for free space', 7],
      ['look for vacancies on rack 8', 8],
    ])('keeps the empty bins for "%s", which says an absence', async (request, rack) => {
      expect(called(await mapper.map(request))).toEqual([`find_empty_bins{"rack":${rack}}`]);
    });
  });
});
