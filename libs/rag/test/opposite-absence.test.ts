import { beforeAll, describe, expect, it } from 'vitest';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiDocument, type ApiMapper, type MapResult } from '@meshmind/rag';
import type { WordNet } from '@meshmind/language';
import { saysAbsence } from '../src/mapper/absence-words';

// A cold-store robot written for this test (not a dialect of the evals): one rack reading names what is
// missing ("empty"), one reads what is kept there, and a drive that takes the same rack number.
const coldStore: ApiDocument = [
  { name: 'check_vacancy', input_argument: ['rack'], input_type: ['int'], output: 'int', notes: 'Returns how many bins of the given rack are vacant.', programming_language: 'C' },
  { name: 'read_crate_labels', input_argument: ['rack'], input_type: ['int'], output: 'list[str]', notes: 'Reads the labels of the crates kept on the given rack.', programming_language: 'C' },
  { name: 'drive_to_rack', input_argument: ['rack'], input_type: ['int'], output: 'bool', notes: 'Drives the robot to the rack with the given number.', programming_language: 'C' },
];

const lexicon = openLexicon();
const wordNet = lexicon.wordNet as WordNet | undefined;
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`) : []);

describe('a question of the other end of an absence\'s scale asks for the absence (mapper/opposite-absence.ts)', () => {
  it.skipIf(!wordNet)('reads "full" and "loaded" (antonym "empty", both of fullness) as saying the absence, not a word of what is kept', () => {
    for (const said of [['full'], ['loaded'], ['stuffed']]) expect(saysAbsence(said, wordNet!), said.join(' ')).toBe(true);
    for (const said of [['crates', 'kept'], ['pallets', 'stored']]) expect(saysAbsence(said, wordNet!), said.join(' ')).toBe(false);
  });

  it.skipIf(!wordNet)('reads no absence in the other end of a scale that is no condition ("hot": temperature, "good": quality)', () => {
    for (const said of [['hot'], ['good'], ['warm']]) expect(saysAbsence(said, wordNet!), said.join(' ')).toBe(false);
  });

  describe.skipIf(!wordNet)('through the mapper', () => {
    let mapper: ApiMapper;
    beforeAll(async () => {
      const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
      mapper = await createApiMapper({ embedder, lexicon, document: coldStore, selfNoun: 'robot' });
    }, 120_000);

    it.each([
      ['is rack 3 full?', 3],
      ['how full is rack 6 right now', 6],
    ])('reads the vacant bins for "%s"', async (request, rack) => {
      expect(called(await mapper.map(request))).toEqual([`check_vacancy{"rack":${rack}}`]);
    });

    it('still reads what is kept for a request of what is there', async () => {
      expect(called(await mapper.map('what crates are kept on rack 2?'))).toEqual(['read_crate_labels{"rack":2}']);
    });
  });
});
