import { describe, expect, it } from 'vitest';
import { readRequest, type WordNet } from '@meshmind/language';
import { openLexicon } from '@meshmind/rag';
import type { NormalisedFunction } from '../src/api-document';
import { extractArguments } from '../src/arguments/argument-extractor';
import { countsThings } from '../src/arguments/counted-things';
import { ownNamePieces } from '../src/arguments/labelled-number';

// A cart of my own that parks at numbered bays, drives to a grid point and sets its speed.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet as WordNet | undefined;
const toBay: NormalisedFunction = { name: 'park_at_bay', description: 'Parks the cart at bay number n.', parameters: [{ name: 'bay_no', type: 'integer', description: 'bay no', required: true }] };
const toPoint: NormalisedFunction = { name: 'drive_to_grid', description: 'Drives to the grid point.', parameters: [{ name: 'grid_x', type: 'number', description: 'grid x', required: true }, { name: 'grid_y', type: 'number', description: 'grid y', required: true }] };
const speed: NormalisedFunction = { name: 'set_cart_speed', description: 'Sets the cart speed.', parameters: [{ name: 'speed', type: 'number', description: 'speed', unit: 'm/s', minimum: 0.1, maximum: 3, required: true }] };
const counts = (text: string) => { const reading = readRequest(text); return countsThings(reading.numbers[0]!, text.toLowerCase(), wordNet); };
const values = (text: string, fn: NormalisedFunction, state = {}) => { const extraction = extractArguments(text, fn, state, {}, undefined, wordNet); return extraction.ok ? extraction.arguments : undefined; };

describe('a number that counts things is no number of one', () => {
  it.skipIf(!wordNet)('reads a cardinal before a plural noun, or "one" before a singular, as a count', () => {
    expect(counts('move back one bay')).toBe(true);
    expect(counts('go three bays further on')).toBe(true);
    expect(counts('park at bay 3')).toBe(false);
    expect(counts('park at the 3rd bay')).toBe(false);
    expect(counts('row 4 bay 2')).toBe(false);
    expect(counts('see if bay four has room')).toBe(false);
  });

  it.skipIf(!wordNet)('asks for the bay rather than parking at the count', () => {
    expect(values('move back one bay', toBay)).toBeUndefined();
    expect(values('go two bays along', toBay)).toBeUndefined();
    expect(values('park at bay two', toBay)).toEqual({ bay_no: 2 });
  });
});

describe('a number said after the name of its parameter', () => {
  it('names the pieces no other numeric parameter shares', () => {
    expect(ownNamePieces(toPoint.parameters[0]!, toPoint.parameters)).toEqual(['x']);
    expect(ownNamePieces(toBay.parameters[0]!, toBay.parameters)).toEqual([]);
  });

  it.skipIf(!wordNet)('goes to the parameter it names, whatever the order', () => {
    expect(values('drive to y 6 x 2', toPoint)).toEqual({ grid_x: 2, grid_y: 6 });
    expect(values('drive to y=1, x=9', toPoint)).toEqual({ grid_x: 9, grid_y: 1 });
    expect(values('drive to 4, 7', toPoint)).toEqual({ grid_x: 4, grid_y: 7 });
    expect(values('drive to (4,7)', toPoint)).toEqual({ grid_x: 4, grid_y: 7 });
  });
});

describe('a change said by its size whose way no word tells', () => {
  it.skipIf(!wordNet)('is asked about, not set as the level', () => {
    expect(values('alter the cart speed by 0.3', speed)).toBeUndefined();
    expect(values('set the cart speed to 0.3', speed)).toEqual({ speed: 0.3 });
    expect(values('drive to the point 5 by 9', toPoint)).toEqual({ grid_x: 5, grid_y: 9 });
  });
});
