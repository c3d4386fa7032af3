import { describe, expect, it } from 'vitest';
import type { WordNet } from '@meshmind/language';
import { openLexicon } from '@meshmind/rag';
import { downwardVerb } from '../src/arguments/downward-verb';

// A stage spotlight's tilt of my own, -60..60 degrees: which way the command's verb moves it.
const wordNet = openLexicon().wordNet as WordNet | undefined;

describe('a verb that moves its object down', () => {
  it.skipIf(!wordNet)('is read from WordNet phrasal lemmas with "down"', () => {
    expect(downwardVerb('lower the spotlight 25', wordNet)).toBe(true);
    expect(downwardVerb('dip the spot 10 degrees', wordNet)).toBe(true);
    expect(downwardVerb('please drop the spotlight 15', wordNet)).toBe(true);
  });

  it.skipIf(!wordNet)('is not a verb that moves up, nor one that says no way', () => {
    expect(downwardVerb('raise the spotlight 25', wordNet)).toBe(false);
    expect(downwardVerb('lift the spot 10 degrees', wordNet)).toBe(false);
    expect(downwardVerb('tilt the spotlight 20', wordNet)).toBe(false);
    expect(downwardVerb('aim the spot at 30 degrees', wordNet)).toBe(false);
    expect(downwardVerb('spotlight 30', wordNet)).toBe(false);
  });
});
