import { describe, expect, it } from 'vitest';
import { singularForms } from '@meshmind/language';
import { phrasesSaid, singularFormsOf, sortInPlace } from '../src/planner/phrase-filing';
import { findPhrases, withoutPossessive } from '../src/planner/text';
import { rememberedPerReading } from '../src/planner/remembered-clauses';
import type { Vocabulary } from '../src/planner/vocabulary';

// A workshop of our own: its names as the vocabulary files them (words, value).
const names = [
  { words: ['bench', 'grinder'], value: 'grinder' },
  { words: ['dust', 'extractors'], value: 'extractor' },
  { words: ['lathe'], value: 'lathe' },
  { words: ['lathe', 'lamp'], value: 'lathe-lamp' },
  { words: ['vices'], value: 'vices' },
  { words: ['vice'], value: 'vice' },
  { words: ['dust', 'bin'], value: 'bin' },
];
const said = (text: string) => {
  const tokens = text.split(' ');
  return phrasesSaid(tokens, tokens.map((token) => singularForms(token)), names, withoutPossessive).map(({ phrase, singular }) => [phrase.value, singular]);
};

describe('phrasesSaid (the phrases a clause can hold, filed once per list)', () => {
  it('gives the phrases whose first word is said, longest first and in the list\'s order within a length, each once', () => {
    expect(said('start the dust extractors and the dust bin')).toEqual([
      ['extractor', ['extractor']],
      ['bin', null],
    ]);
    expect(said('the lathe lamp over the lathe')).toEqual([
      ['lathe-lamp', null],
      ['lathe', null],
    ]);
  });

  it('takes a one-word phrase said in the plural, never a longer one by a plural first word', () => {
    expect(said('tighten the vices')).toEqual([['vices', null], ['vice', null]]);
    expect(said('the lathes')).toEqual([['lathe', null]]);
    expect(said('the benches')).toEqual([]);
  });

  it("reads a possessive as its owner word: \"the lathe's lamp\"", () => {
    expect(said("the lathe's lamp")).toEqual([['lathe-lamp', null], ['lathe', null]]);
  });

  it('files a list again when a phrase was added to it', () => {
    const growing = [{ words: ['drill'], value: 'drill' }];
    const tokens = ['the', 'drill', 'press'];
    expect(findPhrases(tokens, growing, tokens.map(() => false)).map((match) => match.value)).toEqual(['drill']);
    growing.push({ words: ['drill', 'presses'], value: 'press' });
    expect(findPhrases(tokens, growing, tokens.map(() => false)).map((match) => [match.value, match.plural])).toEqual([['press', false]]);
  });

  it('finds a name said in the singular of its plural last word only where nothing else takes the words', () => {
    const tokens = ['empty', 'the', 'dust', 'extractor'];
    expect(findPhrases(tokens, names, tokens.map(() => false)).map((match) => match.value)).toEqual(['extractor']);
    const binTokens = ['empty', 'the', 'dust', 'bin'];
    expect(findPhrases(binTokens, names, binTokens.map(() => false)).map((match) => match.value)).toEqual(['bin']);
  });
});

describe('singularFormsOf (a word\'s singular forms, worked out once per word)', () => {
  it('gives what singularForms gives, the same array for the same word', () => {
    for (const word of ['chisels', 'benches', 'batteries', 'glass', 'vice']) expect(singularFormsOf(word)).toEqual(singularForms(word));
    expect(singularFormsOf('clamps')).toBe(singularFormsOf('clamps'));
  });
});

describe('sortInPlace (a stable sort without V8\'s working state for a few items)', () => {
  it('orders as Array.prototype.sort does, equal items kept in their order, short lists and long', () => {
    let seed = 11;
    const next = () => (seed = (seed * 16807) % 2147483647);
    for (const length of [0, 1, 2, 3, 7, 16, 17, 40]) {
      const items = Array.from({ length }, (_unused, at) => ({ key: next() % 4, at }));
      const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
      const sorted = sortInPlace([...items], byKey);
      expect(sorted).toEqual([...items].sort(byKey));
    }
  });
});

describe('rememberedPerReading (a clause read once per reading of a goal)', () => {
  const workshop = {} as Vocabulary;
  const reading = (text: string) => ({ text, tokens: text.split(' ') }) as unknown as Parameters<ReturnType<typeof rememberedPerReading>>[0];

  it('reads each reading once per vocabulary and hands every caller its own copy', () => {
    let reads = 0;
    const parse = rememberedPerReading((said: { text: string }) => {
      reads += 1;
      return { text: said.text, quantified: false, named: ['grinder'] };
    });
    const sharpen = reading('sharpen the chisel on the bench grinder');
    const first = parse(sharpen, workshop);
    first.quantified = true;
    const second = parse(sharpen, workshop);
    expect(reads).toBe(1);
    expect(second.quantified).toBe(false);
    expect(second).not.toBe(first);
    expect(second.named).toEqual(['grinder']);
  });

  it('reads again for another reading of the same words and for another vocabulary', () => {
    let reads = 0;
    const parse = rememberedPerReading((said: { text: string }) => {
      reads += 1;
      return { text: said.text };
    });
    parse(reading('stop the lathe'), workshop);
    parse(reading('stop the lathe'), workshop);
    expect(reads).toBe(2);
    const one = reading('stop the lathe');
    parse(one, workshop);
    parse(one, {} as Vocabulary);
    expect(reads).toBe(4);
  });
});
