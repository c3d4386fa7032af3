import { describe, expect, it } from 'vitest';
import { findNumbers } from '@meshmind/language';
import { saysNumberPair } from '../src/mapper/unused-pair';

// Points and lists of my own, said to a cart that drives to grid points.
const pair = (text: string) => saysNumberPair(text, findNumbers(text));

describe('two bare numbers side by side name one point', () => {
  it('reads a comma, a space or brackets between them as a point', () => {
    expect(pair('drive to 6, 2')).toBe(true);
    expect(pair('drive to 6 2')).toBe(true);
    expect(pair('drive to (6,2)')).toBe(true);
  });

  it('reads a list or a single number as no point', () => {
    expect(pair('lights 1 and 2')).toBe(false);
    expect(pair('park at bay 6')).toBe(false);
    expect(pair('set the speed to 1,5')).toBe(false);
  });
});
