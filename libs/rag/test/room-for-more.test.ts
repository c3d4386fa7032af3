import { beforeAll, describe, expect, it } from 'vitest';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiDocument, type ApiMapper, type MapResult } from '@meshmind/rag';
import { createRequestReader, type WordNet } from '@meshmind/language';
import { requestAbsences } from '../src/mapper/absence-words';

// A vendor document written for this test, not a dialect of the evals: a library's returns trolley
// whose crates are counted for free places or read for the books they hold.
const trolley: ApiDocument = [
  { name: 'roll_to_crate', input_argument: ['crate'], input_type: ['int'], output: 'bool', notes: 'Rolls the trolley to the crate with the given number.', programming_language: 'Python' },
  { name: 'count_vacant_places', input_argument: ['crate'], input_type: ['int'], output: 'int', notes: 'Counts the vacant places in a crate.', programming_language: 'Python' },
  { name: 'read_book_labels', input_argument: ['crate'], input_type: ['int'], output: 'list[str]', notes: 'Reads the labels of the books in a crate.', programming_language: 'Python' },
];

const lexicon = openLexicon();
const wordNet = lexicon.wordNet as WordNet | undefined;
const read = createRequestReader();
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);
const absences = (text: string) => requestAbsences(read(text), read(text).words, lexicon);

describe('a question whether a thing has room for more (mapper/room-for-more.ts)', () => {
  it.skipIf(!wordNet)('reads the absence of "is crate 3 empty?" from a verb of holding with an addition', () => {
    const empty = absences('is crate 3 empty?');
    for (const request of ['could crate 2 take another book?', 'can crate 5 hold anything else?', 'will two more atlases fit in crate 1?', 'could crate 4 accommodate a few more novels?']) {
      const said = absences(request);
      expect([...said].some((key) => empty.has(key)), request).toBe(true);
    }
  });

  it.skipIf(!wordNet)('reads none without an addition, with the hearer or the speaker as the doer, or in a command', () => {
    expect(absences('can crate 3 hold a dictionary?').size).toBe(0);
    expect(absences('can you take another book to crate 4?').size).toBe(0);
    expect(absences('could I take one more book from crate 2?').size).toBe(0);
    expect(absences('does crate 3 have more books than crate 4?').size).toBe(0);
    expect(absences('take another book to crate 4').size).toBe(0);
  });

  describe.skipIf(!wordNet)('through the mapper', () => {
    let mapper: ApiMapper;
    beforeAll(async () => {
      const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
      mapper = await createApiMapper({ embedder, lexicon, document: trolley, selfNoun: 'trolley' });
    }, 120_000);

    it.each(['could crate 2 take another book?', 'can crate 5 hold any more paperbacks?', 'check whether crate 3 can take more books'])('counts the vacant places for "%s"', async (request) => {
      expect(called(await mapper.map(request))).toEqual(['count_vacant_places']);
    });

    it.each(['which books are in crate 2?', 'read the labels in crate 6'])('still reads the books for "%s"', async (request) => {
      expect(called(await mapper.map(request))).toEqual(['read_book_labels']);
    });
  });
});
