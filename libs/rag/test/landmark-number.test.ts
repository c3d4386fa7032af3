import { describe, expect, it } from 'vitest';
import { createRequestReader } from '@meshmind/language';
import type { MapResult } from '@meshmind/rag';
import { landmarkNumber } from '../src/mapper/landmark-number';

// A library book cart of my own: it rolls to a bookcase by number.
const read = createRequestReader();
const calling = (args: Record<string, number>) => ({ kind: 'call', calls: [{ function: 'roll_to_bookcase', arguments: args, confidence: 0.5, margin: 0.1 }], ranking: [] }) as unknown as MapResult;
const landmark = (text: string, args: Record<string, number>) => landmarkNumber(calling(args), read(text), 'cart');

describe('a number said as a landmark', () => {
  it('declines a call that goes to the landmark rather than the thing said relative to it', () => {
    expect(landmark('roll to the bookcase beside bookcase 9', { bookcase: 9 })).toMatch(/landmark/);
    expect(landmark('park three bookcases past bookcase number 2', { bookcase: 2 })).toMatch(/landmark/);
    expect(landmark('wheel over to the case right in front of bookcase 4', { bookcase: 4 })).toMatch(/landmark/);
  });

  it('keeps a number said as the goal, and a relation with no other thing', () => {
    expect(landmark('roll past bookcase 4 to bookcase 6', { bookcase: 6 })).toBeUndefined();
    expect(landmark('stop next to bookcase 5', { bookcase: 5 })).toBeUndefined();
    expect(landmark('roll to bookcase 7', { bookcase: 7 })).toBeUndefined();
  });
});
