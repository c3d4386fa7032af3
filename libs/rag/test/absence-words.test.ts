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

// A second, for a noun that WordNet defines as an absent thing ("space": "an empty area"): a courier
// robot's locker banks, where the free lockers are counted and the parcels kept are read.
const lockers: ApiDocument = [
  { name: 'drive_to_bank', input_argument: ['bank'], input_type: ['int'], output: 'bool', notes: 'Drives the courier robot to the locker bank with the given number.', programming_language: 'Python' },
  { name: 'count_free_lockers', input_argument: ['bank'], input_type: ['int'], output: 'int', notes: 'Counts the free lockers of a bank.', programming_language: 'Python' },
  { name: 'read_parcel_codes', input_argument: ['bank'], input_type: ['int'], output: 'list[str]', notes: 'Reads the codes of the parcels kept in a bank.', programming_language: 'Python' },
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

  it.skipIf(!wordNet)('reads the absence of a noun defined as an adjective and a broader noun ("space": "an empty area")', () => {
    const empty = absences('is bank 3 empty?');
    expect(empty.size).toBeGreaterThan(0);
    expect([...empty].every((key) => absences('see if bank 2 has any unused space').has(key))).toBe(true);
    expect([...empty].every((key) => absences('is there any space left in bank 4?').has(key))).toBe(true);
  });

  it.skipIf(!wordNet)('reads the absence of a noun defined by a broader noun and a place, one step up ("gap": "an open or empty space in or between things")', () => {
    const empty = absences('is bank 3 empty?');
    for (const request of ['are there gaps in bank 3?', 'any gap left on bank 1?']) expect([...empty].every((key) => absences(request).has(key)), request).toBe(true);
  });

  it.skipIf(!wordNet)('reads the absence of a noun defined as a bare broader noun for a use, one step up ("room": "space for movement")', () => {
    const empty = absences('is bank 3 empty?');
    for (const request of ['is there room in bank 2 for a parcel?', 'does bank 5 have any room left?']) expect([...empty].every((key) => absences(request).has(key)), request).toBe(true);
  });

  it.skipIf(!wordNet)('reads none from a noun whose definitions say more than an adjective and a broader noun', () => {
    expect(absences('what items are kept in bank 2?').size).toBe(0);
    expect(absences('which parcels are stored in bank 2?').size).toBe(0);
    expect(absences('what is in bank 2 at the moment?').size).toBe(0);
  });

  it.skipIf(!wordNet)('reads an absence where one sentence of several asks, though the whole opens and ends with neither', () => {
    expect(absences('Can we still leave parcels in bank 2? Check for free lockers.').size).toBeGreaterThan(0);
    expect(absences('Will a crate fit in bank 5? Look for open lockers.').size).toBeGreaterThan(0);
    expect(absences('Drive to bank 2. Then leave the free lockers open.').size).toBe(0);
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

    describe('a noun defined by an absence', () => {
      let lockerMapper: ApiMapper;
      beforeAll(async () => {
        const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
        lockerMapper = await createApiMapper({ embedder, lexicon, document: lockers, selfNoun: 'robot' });
      }, 120_000);

      it.each(['are there any gaps in bank 6?', 'is there any room left in bank 2?', 'see if bank 2 has any unused space', 'is there any space left in bank 3?', 'check whether bank 4 still has unused space'])('counts the free lockers for "%s"', async (request) => {
        expect(called(await lockerMapper.map(request))).toEqual(['count_free_lockers']);
      });

      it.each(['which parcels are kept in bank 2?', 'read the parcel codes of bank 1'])('still reads the parcels for "%s"', async (request) => {
        expect(called(await lockerMapper.map(request))).toEqual(['read_parcel_codes']);
      });
    });

    it.each(['which plates are parked on level 2?', 'read the number plates on level 2'])('still reads the plates for "%s"', async (request) => {
      expect(called(await mapper.map(request))).toEqual(['read_plates']);
    });
  });
});
