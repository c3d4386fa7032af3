import { describe, expect, it } from 'vitest';
import { createRequestReader } from '@meshmind/language';
import type { MapResult } from '@meshmind/rag';
import { eitherNumber } from '../src/mapper/either-number';

// A parcel locker bank of my own: it opens a locker by number and sets its display brightness.
const read = createRequestReader();
const calling = (name: string, args: Record<string, number>) => ({ kind: 'call', calls: [{ function: name, arguments: args, confidence: 0.5, margin: 0.1 }], ranking: [] }) as unknown as MapResult;
const either = (text: string, args: Record<string, number>) => eitherNumber(calling('open_locker', args), read(text), 'locker bank');

describe('two numbers offered as a choice', () => {
  it('asks which one where the call took one of them', () => {
    expect(either('open locker 12 or 13', { locker: 12 })).toMatch(/12 or 13/);
    expect(either('open locker seven, or eight, whichever is empty', { locker: 8 })).toMatch(/seven or eight/);
  });

  it('keeps a number said alone, a pair joined otherwise, and a choice the call took none of', () => {
    expect(either('open locker 12', { locker: 12 })).toBeUndefined();
    expect(either('open locker 12 and 13', { locker: 12 })).toBeUndefined();
    expect(either('open locker 12 or so', { locker: 12 })).toBeUndefined();
  });
});

describe('a range said for one value', () => {
  const dim = (text: string, args: Record<string, number>) => eitherNumber(calling('set_display', args), read(text), 'locker bank');

  it('asks which value where the call took one end of it', () => {
    expect(dim('set the display between 30 and 50', { level: 30 })).toMatch(/between 30 and 50/);
    expect(dim('keep the screen somewhere between forty to sixty percent', { level: 60 })).toMatch(/between forty to sixty/);
  });

  it('keeps a range the call took whole, a change from one level to another, and two numbers not a range', () => {
    expect(dim('light lockers between 3 and 6', { first: 3, last: 6 })).toBeUndefined();
    expect(dim('turn the display up from 30 to 50', { level: 50 })).toBeUndefined();
    expect(dim('set lockers 3 and 6 to 50', { level: 50 })).toBeUndefined();
  });
});
