import { describe, expect, it } from 'vitest';
import { openLexicon } from '@meshmind/rag';
import { readSteps, splitSteps } from '../src/mapper/split-steps';

const lexicon = openLexicon();

describe('openers before a word of sequence are no step (mapper/split-steps.ts)', () => {
  it('reads "now then", "right then", "ok then" before the command as part of no step', () => {
    expect(splitSteps('now then, drive to bay 6 for me', lexicon)).toEqual(['drive to bay 6 for me']);
    expect(splitSteps('well then, please, open the sluice', lexicon)).toEqual(['please, open the sluice']);
    expect(readSteps('ok then drive to bay 2', lexicon)).toEqual([{ text: 'drive to bay 2' }]);
  });

  it('keeps the steps of a sequence and a request of openers alone as said', () => {
    expect(splitSteps('drive to bay 3, then open the sluice', lexicon)).toEqual(['drive to bay 3', 'open the sluice']);
    expect(splitSteps('now then', lexicon)).toEqual(['now']);
  });
});
