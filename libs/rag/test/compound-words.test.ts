import { describe, expect, it } from 'vitest';
import type { WordNet } from '@meshmind/language';
import { openLexicon } from '@meshmind/rag';
import { compoundWords } from '../src/mapper/function-views';

const wordNet = openLexicon().wordNet as WordNet | undefined;

describe('a glossed noun compound is one word with its head', () => {
  it.skipIf(!wordNet)('keeps a WordNet compound whole, closed where WordNet spells it closed', () => {
    expect(compoundWords('hot spot', wordNet)).toEqual(['hotspot', 'spot']);
    expect(compoundWords('movie camera', wordNet)).toEqual(['movie_camera', 'camera']);
  });

  it.skipIf(!wordNet)('splits verb phrases and phrases WordNet does not know', () => {
    expect(compoundWords('turn on', wordNet)).toEqual(['turn', 'on']);
    expect(compoundWords('charging dock', wordNet)).toEqual(['charging', 'dock']);
    expect(compoundWords('point of special interest', wordNet)).toEqual(['point', 'of', 'special', 'interest']);
    expect(compoundWords('shelf', undefined)).toEqual(['shelf']);
  });
});
