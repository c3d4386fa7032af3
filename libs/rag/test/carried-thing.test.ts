import { describe, expect, it } from 'vitest';
import { createRequestReader, type WordNet } from '@meshmind/language';
import { normaliseApiDocument, openLexicon, type MapResult } from '@meshmind/rag';
import type { DeviceDescription } from '@meshmind/protocol';
import { carriedThing } from '../src/mapper/carried-thing';

const wordNet = openLexicon().wordNet as WordNet | undefined;
const read = createRequestReader();
// A library's returns trolley (a device of this test, not of the evals): it rolls to a numbered crate, to its bay, and at a speed.
const trolley: DeviceDescription = {
  type: 'returns_trolley', title: 'Returns trolley', description: 'A self-driving library returns trolley.', domain: 'warehouse', version: '1.0.0',
  nouns: ['trolley'],
  state: {},
  functions: [
    { name: 'roll_to_crate', description: 'Rolls the trolley to a numbered crate.', kind: 'action', parameters: [{ name: 'crate', type: 'integer', description: 'Crate number.', minimum: 1, maximum: 40 }] },
    { name: 'return_to_bay', description: 'Rolls the trolley back to its bay.', kind: 'action', parameters: [] },
    { name: 'set_pace', description: 'Sets how fast the trolley rolls.', kind: 'action', parameters: [{ name: 'pace', type: 'number', description: 'Pace.', unit: 'm/s', minimum: 0.1, maximum: 2 }] },
    { name: 'count_books', description: 'Counts the books in a crate.', kind: 'query', parameters: [{ name: 'crate', type: 'integer', description: 'Crate number.', minimum: 1, maximum: 40 }] },
  ],
};
const byName = new Map(normaliseApiDocument(trolley).functions.map((fn) => [fn.name, fn]));
const called = (name: string, args: Record<string, unknown> = {}): MapResult => ({ kind: 'call', calls: [{ function: name, arguments: args }], candidates: [], ranking: [] }) as unknown as MapResult;
const goes = () => true;

describe.skipIf(!wordNet)('a thing to carry, named by a pronoun (mapper/carried-thing.ts)', () => {
  it.each([
    ['put it on crate 3', called('roll_to_crate', { crate: 3 })],
    ['Drop that off at crate 3.', called('roll_to_crate', { crate: 3 })],
    ['bring them over to crate 3', called('roll_to_crate', { crate: 3 })],
    ['take this back to your bay', called('return_to_bay')],
    ['Stack these onto crate 3, please', called('count_books', { crate: 3 })],
    ['trolley, leave those in crate 3', called('roll_to_crate', { crate: 3 })],
  ])('declines "%s"', (request, result) => {
    expect(carriedThing(result, read(request), byName, goes, 'trolley', wordNet)).toContain('carries nothing');
  });

  it.each([
    ['get yourself over to crate 3', called('roll_to_crate', { crate: 3 })],
    ['take me to crate 3', called('roll_to_crate', { crate: 3 })],
    ['roll to crate 3 and count it', called('roll_to_crate', { crate: 3 })],
    ['put it at 1.5 metres per second', called('set_pace', { pace: 1.5 })],
    ['keep it at one meter per second', called('set_pace', { pace: 1 })],
    ['where did you put it on crate 3?', called('count_books', { crate: 3 })],
    ['carry the box to crate 3', called('roll_to_crate', { crate: 3 })],
  ])('leaves "%s": the device itself, no goal, a measured value, a question or a named thing', (request, result) => {
    expect(carriedThing(result, read(request), byName, goes, 'trolley', wordNet)).toBeUndefined();
  });

  it('leaves a device that does not go about: "it" is the device', () => {
    expect(carriedThing(called('roll_to_crate', { crate: 3 }), read('put it on crate 3'), byName, () => false, 'trolley', wordNet)).toBeUndefined();
  });
});
