import { describe, expect, it } from 'vitest';
import { openLexicon } from '@meshmind/rag';
import { collocations } from '../src/search/collocations';
import { LexicalScorer } from '../src/search/lexical-scorer';

// A conveyor belt's functions of our own, as the lexical scorer reads them.
const lexicon = openLexicon();

describe('fixed phrases WordNet lists as one entry', () => {
  it('finds adverbial phrases whose words alone mean something else', () => {
    expect(collocations('Freeze the conveyor at once', lexicon, new Set())).toContain('at_once');
    expect(collocations('shut the belt down right away please', lexicon, new Set())).toContain('right_away');
  });

  it('leaves out phrasal verbs, which are read apart, and phrases with no one-word synonym', () => {
    expect(collocations('turn off the belt', lexicon, new Set(['turn_off']))).not.toContain('turn_off');
    expect(collocations('add glue to the shopping list', lexicon, new Set())).toEqual([]);
  });

  it('lets "at once" meet the stop that acts immediately, not the pause that waits until the box is "off" once', () => {
    const scorer = new LexicalScorer(
      [
        [{ words: ['halt', 'belt'], weight: 1 }, { words: ['stops', 'belt', 'immediately'], weight: 0.6 }],
        [{ words: ['pause', 'belt'], weight: 1 }, { words: ['stops', 'belt', 'once', 'current', 'box', 'off'], weight: 0.6 }],
      ],
      lexicon,
    );
    for (const request of ['Stop the belt at once', 'stop the conveyor right away', 'belt: stop, at once!']) {
      const [halt, speed] = scorer.score(request);
      expect(halt, request).toBeGreaterThan(speed!);
    }
  });
});
