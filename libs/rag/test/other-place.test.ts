import { describe, expect, it } from 'vitest';
import { createRequestReader, type WordNet } from '@meshmind/language';
import { openLexicon, type MapResult } from '@meshmind/rag';
import type { ScopeReading } from '../src/mapper/scope';
import { otherPlace } from '../src/mapper/other-place';

// A yard tug of my own whose one place is its charging bay: "go_to_charging_bay" explains "bay".
const lexicon = openLexicon();
const wordNet = lexicon.wordNet as WordNet | undefined;
const read = createRequestReader();
const calling = { kind: 'call', calls: [{ function: 'go_to_charging_bay', arguments: {}, confidence: 0.5, margin: 0.1 }], ranking: [] } as unknown as MapResult;
/** The scope reading of "<verb> to the <modifier> bay", where the modifier meets the document or not. */
const scopeOf = (modifier: string, met: boolean): ScopeReading => ({
  content: ['head', modifier, 'bay'],
  meetings: [1, met ? 1 : 0, 1],
  strongest: 1,
  mean: met ? 1 : 0.67,
  unmet: met ? [] : [modifier],
  explained: new Map([['go_to_charging_bay', new Set(met ? [1, 2] : [2])]]),
});
const place = (modifier: string, met: boolean, text = `head to the ${modifier} bay`) => otherPlace(calling, read(text), scopeOf(modifier, met), wordNet);

describe('a place of another kind than the call goes to', () => {
  it.skipIf(!wordNet)('is declined where an activity no word of the document meets names it', () => {
    expect(place('washing', false)).toBe('washing bay');
    expect(place('packing', false)).toBe('packing bay');
  });

  it.skipIf(!wordNet)("lets the device's own place, a place it comes into, a place named otherwise and a question stand", () => {
    expect(place('charging', true)).toBeUndefined();
    expect(place('docking', false)).toBeUndefined();
    expect(place('north', false)).toBeUndefined();
    expect(place('spalling', false)).toBeUndefined(); // a word running English never uses (no SemCor count): a slip more likely than a kind of bay
    expect(place('washing', false, 'are you at the washing bay?')).toBeUndefined();
  });
});
