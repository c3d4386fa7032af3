import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { stem } from '../src/index';

// WordNet's verb senses are kept per word (the mappers ask for the same verbs at every request),
// and stem's rules are made once: neither may change an answer, and a kept answer must not be
// changed by the one who asked.
const { wordNet } = openWordNet();

describe.skipIf(!wordNet)('WordNet: verb senses kept per word', () => {
  it('answers the same senses again, as the same frozen list', () => {
    const first = wordNet!.verbSenses('sweep');
    expect(first.length).toBeGreaterThan(0);
    expect(first.some((sense) => sense.lemmas.includes('sweep'))).toBe(true);
    expect(wordNet!.verbSenses('Sweep')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first[0])).toBe(true);
    expect(Object.isFrozen(first[0]!.lemmas)).toBe(true);
  });

  it('keeps a phrasal verb under its own words, apart from its verb', () => {
    const phrasal = wordNet!.verbSenses('switch off');
    expect(phrasal.some((sense) => sense.lemmas.includes('switch_off'))).toBe(true);
    expect(wordNet!.verbSenses('switch')).not.toBe(phrasal);
  });

  it('answers nothing for a word that is no verb, each time', () => {
    expect(wordNet!.verbSenses('quickly')).toEqual([]);
    expect(wordNet!.verbSenses('quickly')).toEqual([]);
  });
});

describe('stem, called many times over', () => {
  it('gives the same stem at every call (its rules keep no state between calls)', () => {
    const words = ['sweepers', 'hoovering', 'localises', 'shelves', 'mopped', 'gently', 'sweepers'];
    const once = words.map((word) => stem(word));
    for (let round = 0; round < 3; round += 1) expect(words.map((word) => stem(word))).toEqual(once);
    expect(once).toEqual(['sweep', 'hoover', 'localiz', 'shelf', 'mop', 'gent', 'sweep']);
  });
});
