import { describe, expect, it } from 'vitest';
import { createRequestReader } from '@meshmind/language';
import type { MapResult } from '@meshmind/rag';
import { eitherNumber } from '../src/mapper/either-number';
import { withoutRejectedValue } from '../src/mapper/rejected-value';

// A parcel locker bank of my own: it opens a locker by number.
const read = createRequestReader();
const calling = (args: Record<string, number>) => ({ kind: 'call', calls: [{ function: 'open_locker', arguments: args, confidence: 0.5, margin: 0.1 }], ranking: [] }) as unknown as MapResult;
const either = (text: string, locker: number) => eitherNumber(calling({ locker }), read(text), 'locker bank');

describe('a value taken back in the same sentence by a repair (rejected-value.ts)', () => {
  it.each([
    ['open locker 4, correction, locker 14', 'open locker 14'],
    ['open locker 5, my mistake, locker 6', 'open locker 6'],
    ['open locker 19, scratch that, locker 9', 'open locker 9'],
    ['locker 20, or rather locker 2', 'locker 2'],
    ['open locker 6, wait, make it locker 16', 'open locker 16'],
    ['open locker 11, actually make that 12', 'open locker 12'],
    ['open locker 10, locker 11 I mean', 'open locker 11'],
  ])('"%s" is read "%s"', (text, meant) => {
    expect(withoutRejectedValue(text)).toBe(meant);
  });

  it.each([
    ['is it locker 3 or locker 5? Locker 5, open it', 'Locker 5, open it'],
    ["was it locker 9 or 10? It's 10, open locker 10", "It's 10, open locker 10"],
  ])('"%s": a choice answered by one of its values is read as the answer', (text, meant) => {
    expect(withoutRejectedValue(text)).toBe(meant);
  });

  it.each([
    'open lockers 4, 5 and 6, I mean all of them',
    'set the display to 40, I mean it',
    'open locker 3 or 4? not sure',
  ])('"%s" is left as said', (text) => {
    expect(withoutRejectedValue(text)).toBe(text);
  });
});

describe('a value offered undecided (either-number.ts)', () => {
  it.each([
    ['open locker 3, or maybe locker 4', 3],
    ['open locker 8, hmm, or perhaps locker 9', 8],
    ['open locker 10, or was it 11?', 10],
    ['open locker 5 or possibly 15', 5],
    ['open locker 6 or locker 8, I forget which', 6],
    ['open locker 2, no, maybe 12', 12],
  ])('"%s" asks which one', (text, locker) => {
    expect(either(text, locker)).toMatch(/which one/);
  });

  it.each([
    ['open locker 20, or rather locker 2', 2],
    ['open locker 4, sorry, locker 14', 14],
    ['is it locker 3 or locker 5? Locker 5, open it', 5],
    ['open locker 4 and locker 5', 4],
  ])('"%s" is left as it is: a repair, a choice settled, or no choice', (text, locker) => {
    expect(either(text, locker)).toBeUndefined();
  });
});
