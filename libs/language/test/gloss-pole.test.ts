import { describe, expect, it } from 'vitest';
import { openLexicon } from '../src';

// Which end of an opposition a verb names, where WordNet's glosses say it only by a negated word: "disable" is
// "make unable ...", its antonym "enable" "render capable or able ...".
const wordNet = openLexicon().wordNet!;

describe('a verb pole read from a negated word of its gloss', () => {
  it('puts the verb whose gloss negates a word of its antonym\'s gloss at the negative end', () => {
    expect(wordNet.pole('disable', 'verbs')).toBe(-1);
    expect(wordNet.pole('enable', 'verbs')).toBe(1);
    expect(wordNet.pole('incapacitate', 'verbs')).toBe(-1);
    expect(wordNet.pole('stabilize', 'verbs')).toBe(1);
  });

  it('keeps the poles read from a prefix or a negative gloss, and the unknown ones', () => {
    expect(wordNet.pole('activate', 'verbs')).toBe(1);
    expect(wordNet.pole('deactivate', 'verbs')).toBe(-1);
    expect(wordNet.pole('unlock', 'verbs')).toBe(-1);
    expect(wordNet.pole('open', 'verbs')).toBe(0);
  });
});
