import { describe, expect, it } from 'vitest';
import { openLexicon } from '@meshmind/rag';
import { statesExcess, withStatedExcess } from '../src/mapper/stated-excess';

const wordNet = openLexicon().wordNet;

describe.skipIf(!wordNet)('a quality said of the place itself', () => {
  it.each([
    ["It's dark in the study.", 'make it brighter in the study.'],
    ['it is so dark down here', 'make it brighter down here'],
    ["it's getting really cold in the conservatory", 'make it hotter in the conservatory'],
    ['It’s a bit chilly', 'make it hotter'],
    ["it's quite noisy in the playroom", 'make it quieter in the playroom'],
  ])('"%s" is a wish for the other end of its scale', (text, expected) => {
    expect(withStatedExcess(text, wordNet)).toBe(expected);
  });

  it.each([
    'is it dark in the study?',
    'the soup is hot',
    "it's fine in here",
    "it's nine o'clock",
    "it's the porch light",
    "it's dark outside",
    'it is cold outdoors',
  ])('"%s" states no wish', (text) => {
    expect(statesExcess(text, wordNet!)).toBe(false);
    expect(withStatedExcess(text, wordNet)).toBe(text);
  });

  it('leaves the choice to a command said beside it', () => {
    const text = "it's dark in the hall, switch the lamp on";
    expect(withStatedExcess(text, wordNet)).toBe(text);
  });
});
