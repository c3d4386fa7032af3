import { beforeAll, describe, expect, it } from 'vitest';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiDocument, type ApiMapper, type MapResult } from '@meshmind/rag';
import type { WordNet } from '@meshmind/language';

// A parcel-locker robot written for this test (not a dialect of the evals), in a vendor's format: one
// reading lists the parcels' labels in a locker bay, one lists a bay's free compartments, a drive
// takes the bay number.
const lockers: ApiDocument = [
  { name: 'scan_bay_parcels', input_argument: ['bay'], input_type: ['int'], output: 'list[str]', notes: 'Scans the parcels stored in the given bay and returns their labels.', programming_language: 'Python' },
  { name: 'find_free_compartments', input_argument: ['bay'], input_type: ['int'], output: 'list[int]', notes: 'Finds the free compartments in the given bay.', programming_language: 'Python' },
  { name: 'go_to_bay', input_argument: ['bay'], input_type: ['int'], output: 'bool', notes: 'Moves the robot to the bay with the given number.', programming_language: 'Python' },
];

const lexicon = openLexicon();
const wordNet = lexicon.wordNet as WordNet | undefined;
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`) : []);

describe.skipIf(!wordNet)('a state of a thing at a place that the place\'s reading does not tell is declined (mapper/item-predicate.ts)', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon, document: lockers, selfNoun: 'robot' });
  }, 120_000);

  it.each([
    // a participle of a deed done to the thing
    'is the parcel in bay 4 damaged?',
    'are the boxes in bay 9 sealed properly?',
    'is the envelope in bay 2 addressed to Leeds?',
    // an adjective of the thing
    'is the package in bay 6 fragile?',
    // a process
    'is the bottle in bay 3 leaking?',
  ])('declines "%s"', async (request) => {
    const result = await mapper.map(request);
    expect(result.kind, called(result).join(' ')).toBe('not_executable');
  });

  it.each([
    // the reading's own words tell it: "labels", "free", "stored"
    ['are the parcels in bay 5 labelled?', 'scan_bay_parcels{"bay":5}'],
    ['is the compartment in bay 8 free?', 'find_free_compartments{"bay":8}'],
    ['what parcels are in bay 1?', 'scan_bay_parcels{"bay":1}'],
  ])('still reads "%s"', async (request, call) => {
    expect(called(await mapper.map(request))).toEqual([call]);
  });
});
