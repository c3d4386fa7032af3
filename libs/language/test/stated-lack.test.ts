import { describe, expect, it } from 'vitest';
import { lackingVerb, openWordNet, statedLack, type WordNet } from '../src/index';

const { wordNet } = openWordNet();

describe.skipIf(!wordNet)('a statement that something is lacking', () => {
  it.each([
    ["we've run out of oat flakes", 'oat flakes', 'run out'],
    ['the kids ran out of crayons and glue', 'crayons and glue', 'ran out'],
    ["we're running out of dishwasher salt", 'dishwasher salt', 'running out'],
    ['someone has used up the honey', 'the honey', 'used up'],
  ])('"%s" says a supply is used up', (text, things, verb) => {
    expect(statedLack(text, wordNet)).toMatchObject({ things, verb });
  });

  it.each([
    ["we're out of coffee beans", 'coffee beans'],
    ['We’re all out of milk', 'milk'],
    ["I'm out of shampoo", 'shampoo'],
    ['we are already out of oat milk and jam', 'oat milk and jam'],
  ])('"%s" says a supply is used up by the state it leaves', (text, things) => {
    expect(statedLack(text, wordNet)).toMatchObject({ things, verb: 'be out' });
  });

  it.each(["we're not out of milk", "we aren't out of sugar", 'are we out of milk', 'get out of the way', "it's out of reach", 'the lift is out of order', 'take the bread out of the oven'])(
    '"%s" says out of nothing used up',
    (text) => {
      expect(statedLack(text, wordNet)).toBeUndefined();
    },
  );

  it.each([
    ['we need firelighters', 'firelighters', 'need'],
    ['the bathroom lacks soap', 'soap', 'lacks'],
  ])('"%s" says a need with a verb of lacking', (text, things, verb) => {
    expect(statedLack(text, wordNet)).toMatchObject({ things, verb });
  });

  it.each(["we haven't run out of oat flakes", 'run out the hose', 'put out the candles', 'turn on the heater', 'the dog ran off with my slipper', 'we need'])('"%s" says nothing is lacking', (text) => {
    expect(statedLack(text, wordNet)).toBeUndefined();
  });

  it('keeps the things as said, commas too, and ends them where another clause opens with a verb', () => {
    expect(statedLack("We've run out of crayons, glue and string.", wordNet)).toEqual({ things: 'crayons, glue and string', verb: 'run out', clause: "We've run out of crayons, glue and string" });
    expect(statedLack("we've run out of bin bags, add them to the list", wordNet)).toEqual({ things: 'bin bags', verb: 'run out', clause: "we've run out of bin bags" });
    expect(statedLack('Light the stove. We ran out of matches!', wordNet)).toEqual({ things: 'matches', verb: 'ran out', clause: 'We ran out of matches' });
  });

  it('reads nothing without WordNet', () => {
    expect(statedLack("we've run out of oat flakes", undefined)).toBeUndefined();
  });
});

describe('a verb of lacking, read once per reader and word', () => {
  /** A reader that knows one verb's senses and counts how often they are read. */
  function readerWith(lemmas: string[]): { reader: WordNet; reads: () => number } {
    let reads = 0;
    const reader = { verbSenses: () => ((reads += 1), [{ lemmas, examples: [], hypernyms: [], category: '', definition: '' }]) } as unknown as WordNet;
    return { reader, reads: () => reads };
  }

  it('answers a word again without reading its senses again', () => {
    const { reader, reads } = readerWith(['crave', 'need']);
    expect(lackingVerb('crave', reader)).toBe(true);
    expect(lackingVerb('crave', reader)).toBe(true);
    expect(reads()).toBe(1);
  });

  it("keeps each reader's answers apart", () => {
    const needing = readerWith(['yearn', 'need']);
    const other = readerWith(['yearn', 'long']);
    expect(lackingVerb('yearn', needing.reader)).toBe(true);
    expect(lackingVerb('yearn', other.reader)).toBe(false);
    expect(lackingVerb('yearn', other.reader)).toBe(false);
    expect(other.reads()).toBe(1);
  });
});
