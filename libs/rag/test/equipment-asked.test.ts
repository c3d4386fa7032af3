import { describe, expect, it } from 'vitest';
import { createRequestReader } from '@meshmind/language';
import type { MapResult } from '@meshmind/rag';
import { equipmentAsked } from '../src/mapper/equipment-asked';

const read = createRequestReader();
// What a library's returns trolley (a device of this test, not of the evals) chose: a reading of its battery, or a roll to a crate.
const called = (name: string): MapResult => ({ kind: 'call', calls: [{ function: name, arguments: {} }], candidates: [], ranking: [] }) as unknown as MapResult;
const kindOf = (name: string) => (name === 'battery_level' ? 'query' : 'action') as 'action' | 'query';
// The battery reading explains "charge" and "battery"; nothing else is explained.
const explains = (name: string, word: string) => name === 'battery_level' && (word === 'charge' || word === 'battery');

describe('a question of what the device is made with or able to do (mapper/equipment-asked.ts)', () => {
  it.each([
    ['Do you have a barcode reader?', 'battery_level'],
    ['have you got an arm?', 'roll_to_crate'],
    ['Trolley, do you come with a scanner?', 'battery_level'],
    ['Is there a camera on you?', 'roll_to_crate'],
    ['Do you know how to open a door?', 'battery_level'],
    ['What can you do?', 'battery_level'],
    ['what are you able to do?', 'roll_to_crate'],
    ['Is your camera able to zoom?', 'battery_level'],
  ])('declines "%s"', (request, name) => {
    expect(equipmentAsked(called(name), read(request), kindOf, explains, 'trolley')).toContain('made with or able to do');
  });

  it.each([
    ['Do you have enough charge?', 'battery_level'],
    ['Have you got any room left?', 'battery_level'],
    ['Do you have a full charge?', 'battery_level'],
    ['Does crate 3 have a free slot?', 'battery_level'],
    ['Can you roll to crate 3?', 'roll_to_crate'],
    ['roll to crate 3', 'roll_to_crate'],
  ])('leaves "%s": a quantity, a reading its query explains, another subject, or a request', (request, name) => {
    expect(equipmentAsked(called(name), read(request), kindOf, explains, 'trolley')).toBeUndefined();
  });
});
