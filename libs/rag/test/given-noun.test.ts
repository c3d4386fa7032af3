import { describe, expect, it } from 'vitest';
import { openLexicon } from '@meshmind/rag';
import { withGivenNoun } from '../src/mapper/given-noun';

const wordNet = openLexicon().wordNet;

describe('a noun given to a thing is its verb done to the thing', () => {
  it.each([
    ['give the car a wash', 'wash the car'],
    ['give the ferns some water please', 'water the ferns please'],
    ['please give the pump power', 'please power the pump'],
    ['give it a clean, then dock', 'clean it, then dock'],
    ['give the back bedroom radiator some heat', 'heat the back bedroom radiator'],
  ])('"%s" -> "%s"', (text, meant) => expect(withGivenNoun(text, wordNet)).toBe(meant));

  it.each([
    'give me the battery level',
    'give us some light',
    'make the lamp a cooler white',
    'give the pump',
    'what does the gauge give',
    'give the neighbour access to the garage',
  ])('"%s" is left as said', (text) => expect(withGivenNoun(text, wordNet)).toBe(text));
});
