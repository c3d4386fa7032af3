import { describe, expect, it } from 'vitest';
import { createRequestReader, type WordNet } from '@meshmind/language';
import { openLexicon, type MapResult } from '@meshmind/rag';
import type { ScopeReading } from '../src/mapper/scope';
import { numberedOtherThing } from '../src/mapper/numbered-other-thing';
import type { NormalisedFunction } from '../src/api-document';

// A library book cart of my own: it rolls to a bookcase by number, to a point (x, y), and sets its speed.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet as WordNet | undefined;
const read = createRequestReader();
const calling = (name: string, args: Record<string, number>) => ({ kind: 'call', calls: [{ function: name, arguments: args, confidence: 0.5, margin: 0.1 }], ranking: [] }) as unknown as MapResult;
/** A scope reading of my own: the words no word of the cart's document meets. */
const scopeOf = (unmet: string[]): ScopeReading => ({ content: unmet, meetings: unmet.map(() => 0), strongest: 1, mean: 0.5, unmet, explained: new Map() });
const numbered = (text: string, args: Record<string, number>, unmet: string[], name = 'roll_to_bookcase') => numberedOtherThing(calling(name, args), read(text), scopeOf(unmet), new Set(['cart', 'book cart']), 'cart', wordNet);

describe('a number said as the name of a thing, not as the call\'s value', () => {
  it.skipIf(!wordNet)('declines a number that names a thing the document never speaks of', () => {
    expect(numbered('wheel over to corridor 4', { bookcase: 4 }, ['wheel', 'corridor'])).toMatch(/"corridor 4"/);
    expect(numbered('cruise through corridor number 2', { speed: 2 }, ['cruise', 'corridor'], 'set_speed')).toMatch(/"corridor 2"/);
  });

  it.skipIf(!wordNet)('reads a noun that is a verb too as a name where a closed-class word leads to it', () => {
    expect(numbered('roll into bay 5', { bookcase: 5 }, ['bay'])).toMatch(/"bay 5"/);
    expect(numbered('bay 5 please', { bookcase: 5 }, ['bay'])).toBeUndefined();
  });

  it.skipIf(!wordNet)("declines the device's own name where another number is said for the call", () => {
    expect(numbered('send cart 3 to bookcase 7', { bookcase: 3 }, [])).toMatch(/"cart 3"/);
    expect(numbered('cart 3, go to bookcase 7', { bookcase: 7 }, [])).toBeUndefined();
    expect(numbered('cart 3', { speed: 3 }, [], 'set_speed')).toBeUndefined();
  });

  it.skipIf(!wordNet)('lets a pair of coordinates stand, however the noun before them is met', () => {
    expect(numbered('head to location eight, nine', { x: 8, y: 9 }, ['location'], 'roll_to_point')).toBeUndefined();
    expect(numbered('make for spot 3 and 11', { x: 3, y: 11 }, ['spot'], 'roll_to_point')).toBeUndefined();
    expect(numbered('go to corridor 3 spot 4', { x: 3, y: 4 }, ['corridor', 'spot'], 'roll_to_point')).toMatch(/"corridor 3"/);
  });

  it.skipIf(!wordNet)("keeps the document's own things, ordinals, amounts and a number said also as a value", () => {
    expect(numbered('roll to bookcase 6', { bookcase: 6 }, [])).toBeUndefined();
    expect(numbered('go to the fifth corridor', { bookcase: 5 }, ['corridor'])).toBeUndefined();
    expect(numbered('open the cart halfway', { opening: 50 }, [], 'open_lid')).toBeUndefined();
    expect(numbered('in corridor 2, go to bookcase 2', { bookcase: 2 }, ['corridor'])).toBeUndefined();
    expect(numbered('go to corridor 3', { bookcase: 6 }, ['corridor'])).toBeUndefined();
  });

  it.skipIf(!wordNet)("reads no unmet thing as a name where the document's words are not English, its own noun still", () => {
    const foreign = (text: string, args: Record<string, number>, unmet: string[]) => numberedOtherThing(calling('roll_to_bookcase', args), read(text), scopeOf(unmet), new Set(['cart']), 'cart', wordNet, false);
    expect(foreign('open drawer 7', { bookcase: 7 }, ['drawer'])).toBeUndefined();
    expect(foreign('send cart 3 to bookcase 7', { bookcase: 3 }, [])).toMatch(/"cart 3"/);
  });

  it.skipIf(!wordNet)('reads an unmet thing as a name on a document not in English where its number went into a measure', () => {
    // The cart's document in another language: a fractional speed (a float), a whole-numbered bookcase.
    const byName = new Map([
      ['tempo_setzen', { name: 'tempo_setzen', description: '', parameters: [{ name: 'tempo', type: 'number' }] }],
      ['zum_regal', { name: 'zum_regal', description: '', parameters: [{ name: 'regal', type: 'integer' }] }],
    ]) as unknown as ReadonlyMap<string, NormalisedFunction>;
    const foreign = (text: string, name: string, args: Record<string, number>, unmet: string[]) => numberedOtherThing(calling(name, args), read(text), scopeOf(unmet), new Set(['cart']), 'cart', wordNet, false, byName);
    expect(foreign('trundle round corridor 3', 'tempo_setzen', { tempo: 3 }, ['trundle', 'corridor'])).toMatch(/"corridor 3"/);
    expect(foreign('open drawer 7', 'zum_regal', { regal: 7 }, ['drawer'])).toBeUndefined();
    expect(foreign('pace 1.5 please', 'tempo_setzen', { tempo: 1.5 }, ['pace'])).toBeUndefined();
  });
});
