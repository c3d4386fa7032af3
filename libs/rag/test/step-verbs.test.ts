import { describe, expect, it } from 'vitest';
import { openLexicon } from '@meshmind/rag';
import { splitSteps } from '../src/mapper/split-steps';

const lexicon = openLexicon();

describe('a step opened by a verb followed by a preposition', () => {
  it('splits where a word that is mostly a verb follows "and", whatever comes after it', () => {
    expect(splitSteps('Slow down to 1 m/s and go to shelf 4.', lexicon)).toEqual(['Slow down to 1 m/s', 'go to shelf 4.']);
    expect(splitSteps('take a picture and move to the dock', lexicon)).toEqual(['take a picture', 'move to the dock']);
    expect(splitSteps('Set the camera to 10 degrees and drive to x 3 y 4', lexicon)).toEqual(['Set the camera to 10 degrees', 'drive to x 3 y 4']);
  });

  it('keeps a noun before a preposition as the earlier verb’s object', () => {
    expect(splitSteps('Add bread and milk to the list', lexicon)).toHaveLength(1);
    expect(splitSteps('put soap and water on the shopping list', lexicon)).toHaveLength(1);
    expect(splitSteps('turn on the lamp and fan in the study', lexicon)).toHaveLength(1);
  });
});
