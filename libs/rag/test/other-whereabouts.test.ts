import { describe, expect, it } from 'vitest';
import { createRequestReader, type WordNet } from '@meshmind/language';
import { openLexicon, type MapResult } from '@meshmind/rag';
import type { NormalisedFunction } from '../src/api-document';
import { otherWhereabouts } from '../src/mapper/other-whereabouts';

// A museum guide robot of my own: it reports its own position, and walks to an exhibit by number.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet as WordNet | undefined;
const read = createRequestReader();
const functions: NormalisedFunction[] = [
  { name: 'report_position', description: 'Reports where the guide currently stands (x, y).', kind: 'query', parameters: [] },
  { name: 'walk_to_exhibit', description: 'Walks to the exhibit with the given number.', parameters: [{ name: 'exhibit', type: 'integer', description: 'exhibit', required: true }] },
];
const byName = new Map(functions.map((fn) => [fn.name, fn]));
const calling = (name: string) => ({ kind: 'call', calls: [{ function: name, arguments: {}, confidence: 0.5, margin: 0.1 }], ranking: [] }) as unknown as MapResult;
const where = (text: string, name = 'report_position') => otherWhereabouts(calling(name), read(text), byName, new Set(['guide', 'robot']), 'guide', wordNet);

describe('a where-question the place query does not answer', () => {
  it.skipIf(!wordNet)('is declined for another thing, or for where the device was', () => {
    expect(where('where is the cloakroom?')).toMatch(/"cloakroom"/);
    expect(where("where's the gift shop?")).toMatch(/"gift shop"/);
    expect(where('where are the visitors?')).toMatch(/"visitors"/);
    expect(where('where were you this morning?')).toMatch(/where it was/);
  });

  it.skipIf(!wordNet)('lets the device asked of itself, a command, and a call told where stand', () => {
    expect(where('where are you?')).toBeUndefined();
    expect(where("where's the guide right now?")).toBeUndefined();
    expect(where('where are you on the floor plan?')).toBeUndefined();
    expect(where('where did you end up?')).toBeUndefined();
    expect(where('whereabouts are you?')).toBeUndefined();
    expect(where('where is it right now?')).toBeUndefined();
    expect(where('tell me where you are')).toBeUndefined();
    expect(where('where is exhibit 4?', 'walk_to_exhibit')).toBeUndefined();
  });
});
