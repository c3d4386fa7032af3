import { describe, expect, it } from 'vitest';
import { stem } from '../src/index';

describe('stem', () => {
  it('reads a noun in -ation as its verb where a syllable comes before the suffix', () => {
    expect(stem('activation')).toBe(stem('activate'));
    expect(stem('navigation')).toBe(stem('navigate'));
    expect(stem('rotation')).toBe(stem('rotate'));
    expect(stem('location')).toBe(stem('locate'));
    expect(stem('creation')).toBe(stem('create'));
  });

  it('keeps a short word in -ation whole, so that it does not meet another word', () => {
    // A charging station is not the state of charge, a ration not a rate, a nation not a "nate".
    expect(stem('station')).not.toBe(stem('state'));
    expect(stem('stations')).toBe(stem('station'));
    expect(stem('ration')).not.toBe(stem('rate'));
    expect(stem('nation')).toBe('nation');
  });
});
