import { describe, expect, it } from 'vitest';
import { openLexicon } from '@meshmind/rag';
import { LexicalScorer } from '../src/search/lexical-scorer';

// A print server's functions of our own, as the lexical scorer reads them.
const lexicon = openLexicon();
const scorer = new LexicalScorer(
  [
    [{ words: ['list', 'wifi', 'printers'], weight: 1 }],
    [{ words: ['list', 'usb', 'printers'], weight: 1 }],
    [{ words: ['send', 'email', 'report'], weight: 1 }],
  ],
  lexicon,
);

describe('a hyphenated word the documents write closed', () => {
  it('is read as that word: "wi-fi" meets "wifi", "e-mail" meets "email"', () => {
    const [wifi, usb] = scorer.score('show me the wi-fi printers');
    expect(wifi).toBeGreaterThan(usb!);
    const [, , email] = scorer.score('send the report by e-mail');
    expect(email).toBeGreaterThan(scorer.score('send the report by e mail')[2]!);
  });

  it('stays as written where no document word is its closed form', () => {
    expect(scorer.score('list the usb-c printers')).toEqual(scorer.score('list the usb-c printers'.replace('-', ' ')));
  });
});
