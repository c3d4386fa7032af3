import { describe, expect, it } from 'vitest';
import { openLexicon } from '@meshmind/rag';
import { numberedNoun } from '../src/search/numbered-noun';
import { LexicalScorer } from '../src/search/lexical-scorer';

// A parcel locker bank of our own: lockers and bins are numbered, the door has a speed.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet!;
const vocabulary = new Set(['open', 'locker', 'number', 'empty', 'shelf', 'bins', 'speed', 'door', 'count']);

describe.skipIf(!lexicon.wordNet)('a word before a number that cannot be a noun', () => {
  it('is read as the document noun it is derived from: "shelve 4" is shelf 4', () => {
    expect(numberedNoun('shelve', '4', vocabulary, wordNet)).toBe('shelf');
    expect(numberedNoun('shelve', 'twelve', vocabulary, wordNet)).toBe('shelf');
  });

  it('is read as the one document noun a letter or two away: "lockr 7" is locker 7', () => {
    expect(numberedNoun('lockr', '7', vocabulary, wordNet)).toBe('locker');
  });

  it('stays as said where it can be a noun, a document word, or no number follows', () => {
    expect(numberedNoun('position', '4', vocabulary, wordNet)).toBeUndefined();
    expect(numberedNoun('locker', '4', vocabulary, wordNet)).toBeUndefined();
    expect(numberedNoun('shelve', 'the', vocabulary, wordNet)).toBeUndefined();
    expect(numberedNoun('shelve', undefined, vocabulary, wordNet)).toBeUndefined();
  });

  it('lets the lexical scorer meet the function of the numbered thing', () => {
    const scorer = new LexicalScorer(
      [
        [{ words: ['open', 'locker', 'number'], weight: 1 }],
        [{ words: ['set', 'door', 'speed'], weight: 1 }],
        [{ words: ['count', 'bins', 'shelf'], weight: 1 }],
      ],
      lexicon,
    );
    const [, , bins] = scorer.score('count what sits on shelve 3');
    expect(bins).toBeCloseTo(scorer.score('count what sits on shelf 3')[2]!, 5);
    const [locker, speed] = scorer.score('pop open lockr 12');
    expect(locker).toBeGreaterThan(speed!);
  });
});
