import { beforeAll, describe, expect, it } from 'vitest';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiDocument, type ApiMapper, type MapResult } from '@meshmind/rag';
import { createRequestReader, type WordNet } from '@meshmind/language';
import { requestAbsences } from '../src/mapper/absence-words';

// A vendor document written for this test: a parking-garage controller whose bay reading names what
// is missing ("vacant") and whose plate reading names what is there. Not a dialect of the evals.
const garage: ApiDocument = [
  { name: 'vacant_bays', input_argument: ['level'], input_type: ['int'], output: 'list[int]', notes: 'Lists the bays without a car on the given level.', programming_language: 'Python' },
  { name: 'read_plates', input_argument: ['level'], input_type: ['int'], output: 'list[str]', notes: 'Reads the number plates of the cars parked on the given level.', programming_language: 'Python' },
  { name: 'open_barrier', input_argument: [], input_type: [], output: 'bool', notes: 'Opens the entry barrier.', programming_language: 'Python' },
];

const lexicon = openLexicon();
const wordNet = lexicon.wordNet as WordNet | undefined;
const read = createRequestReader();
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);
const absences = (text: string) => requestAbsences(read(text), read(text).words, lexicon);

describe('what a request says is not there (mapper/absence-words.ts)', () => {
  it.skipIf(!wordNet)('reads an absence from adjectives and from a noun of the same root', () => {
    expect(absences('are there any free bays on level 2?').size).toBeGreaterThan(0);
    expect(absences('is level 3 empty?').size).toBeGreaterThan(0);
    expect(absences('check level 1 for vacancies').size).toBeGreaterThan(0);
  });

  it.skipIf(!wordNet)('reads none in a command that asks for no reading', () => {
    expect(absences('open the barrier for half an hour').size).toBe(0);
    expect(absences('leave the barrier open and free').size).toBe(0);
  });

  describe.skipIf(!wordNet)('through the mapper', () => {
    let mapper: ApiMapper;
    beforeAll(async () => {
      const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
      mapper = await createApiMapper({ embedder, lexicon, document: garage, selfNoun: 'garage' });
    }, 120_000);

    // "are there any empty spots on level 2?" still reads the plates here: "spots" meets the plates'
    // words more than the evidence weighs (BENCHMARKS.md, h/ragvacancy).
    it.each(['which bays are free on level 2', 'look for vacancies on level 2'])('reads the vacant bays for "%s"', async (request) => {
      expect(called(await mapper.map(request))).toEqual(['vacant_bays']);
    });

    it.each(['which plates are parked on level 2?', 'read the number plates on level 2'])('still reads the plates for "%s"', async (request) => {
      expect(called(await mapper.map(request))).toEqual(['read_plates']);
    });
  });
});
