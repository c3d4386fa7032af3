import { describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { lexiconWord, slipOfAnyWord } from '../src/mapper/lexicon-slip';
import { spelledAsMeant } from '../src/mapper/spelled-as-meant';

const wordNet = openLexicon().wordNet!;

// A device written for this test: a pond pump whose document says nothing of turning or weather.
const pump: DeviceDescription = {
  type: 'pond_pump', title: 'Pond pump', description: 'A pump that circulates the water of a garden pond.', domain: 'home', version: '1.0.0',
  nouns: ['pump', 'pond pump'],
  state: { running: { type: 'boolean', description: 'Whether the pump runs.' } },
  functions: [
    { name: 'start_pump', description: 'Starts the pump.', kind: 'action', parameters: [] },
    { name: 'stop_pump', description: 'Stops the pump.', kind: 'action', parameters: [] },
  ],
};

describe('a slip of a word the document does not use is read as the English word it misses', () => {
  it('undoes two swapped neighbours and a letter typed twice', () => {
    expect(lexiconWord('trun', wordNet)).toBe('turn');
    expect(lexiconWord('wehn', wordNet)).toBe('when');
    expect(lexiconWord('garedn', wordNet)).toBe('garden');
    expect(lexiconWord('weatther', wordNet)).toBe('weather');
    expect(lexiconWord('kitchhen', wordNet)).toBe('kitchen');
  });

  it('puts back no letter left out: too many words lie one letter short of another', () => {
    expect(lexiconWord('kichen', wordNet)).toBeUndefined();
    expect(lexiconWord('carer', wordNet)).toBeUndefined();
  });

  it('leaves words, names and short words as typed', () => {
    expect(lexiconWord('pond', wordNet)).toBeUndefined();
    expect(lexiconWord('wifi', wordNet)).toBeUndefined();
    expect(lexiconWord('spotify', wordNet)).toBeUndefined();
    expect(lexiconWord('teh', wordNet)).toBeUndefined();
    expect(lexiconWord('zqxv', wordNet)).toBeUndefined();
    // The first letter stays first: "baler" (twine) is no slip of "abler".
    expect(lexiconWord('baler', wordNet)).toBeUndefined();
  });

  it('leaves a contraction written without its apostrophe, and a clipped word of the document', () => {
    expect(lexiconWord('hows', wordNet)).toBeUndefined();
    expect(lexiconWord('dont', wordNet)).toBeUndefined();
    expect(lexiconWord('thats', wordNet)).toBeUndefined();
    expect(lexiconWord('coords', wordNet, ['coordinates'])).toBeUndefined();
    expect(lexiconWord('stopp', wordNet, ['coordinates'])).toBe('stop');
  });

  it('reads no word inside quotes, joined by "_" or "-", or capitalised inside a sentence', () => {
    const text = "join 'Gardn' then North_Hlal and blue-shleve, ask Garedn. Garedn now";
    const may = slipOfAnyWord(text);
    const at = (word: string, from = 0) => text.indexOf(word, from);
    expect(may('Gardn', at('Gardn'))).toBe(false);
    expect(may('Hlal', at('Hlal'))).toBe(false);
    expect(may('shleve', at('shleve'))).toBe(false);
    expect(may('Garedn', at('Garedn'))).toBe(false);
    expect(may('Garedn', at('Garedn', at('Garedn') + 1))).toBe(true);
    expect(slipOfAnyWord('TRUN THE PUMP ON')('TRUN', 0)).toBe(true);
  });

  it('reads the request so before any reader sees it, the document word first', () => {
    const document = normaliseApiDocument(pump);
    expect(spelledAsMeant('tunr the pmup on when it gets wram', document, wordNet)).toBe('turn the pump on when it gets warm');
    expect(spelledAsMeant("name the pump 'Gardn'", document, wordNet)).toBe("name the pump 'Gardn'");
    // The device's own name, typed in lower case, is no slip of "dusting".
    expect(spelledAsMeant('send dustin to the pond', document, wordNet, ['Dustin', 'garden'])).toBe('send dustin to the pond');
  });
});
