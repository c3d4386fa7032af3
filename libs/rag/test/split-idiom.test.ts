import { describe, expect, it } from 'vitest';
import { openLexicon } from '@meshmind/rag';
import { withSplitIdiom } from '../src/mapper/split-idiom';

const wordNet = openLexicon().wordNet;

describe('a verb and a participle WordNet lists as one verb, said around their object, are read as its one-word verb', () => {
  it.each([
    ['get the pump going', 'start the pump'],
    ['get the sprinkler going again', 'start the sprinkler again'],
    ['please get the water moving', 'please start the water'],
  ])('"%s" -> "%s"', (said, read) => expect(withSplitIdiom(said, wordNet)).toBe(read));

  it.each(['keep the heater going', 'get going', 'get the temperature', 'get up, the pump is going', 'turn the pump on'])('leaves "%s" as said', (said) => {
    expect(withSplitIdiom(said, wordNet)).toBe(said);
  });
});
