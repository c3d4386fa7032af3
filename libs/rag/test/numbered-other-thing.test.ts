import { describe, expect, it } from 'vitest';
import { createRequestReader, type WordNet } from '@meshmind/language';
import { openLexicon, type MapResult } from '@meshmind/rag';
import type { ScopeReading } from '../src/mapper/scope';
import { numberedOtherThing } from '../src/mapper/numbered-other-thing';

// A greenhouse trolley of my own: it rolls to a bench by number and sets its fan speed.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet as WordNet | undefined;
const read = createRequestReader();
const calling = (name: string, value: number) => ({ kind: 'call', calls: [{ function: name, arguments: { value }, confidence: 0.5, margin: 0.1 }], ranking: [] }) as unknown as MapResult;
/** A scope reading of my own: the words no word of the trolley's document meets. */
const scopeOf = (unmet: string[]): ScopeReading => ({ content: [], meetings: [], strongest: 1, mean: 0.5, unmet, explained: new Map() });
const numbered = (text: string, value: number, unmet: string[], name = 'roll_to_bench') => numberedOtherThing(calling(name, value), read(text), scopeOf(unmet), new Set(['trolley']), 'trolley', wordNet);

describe('a number that names a thing the document never speaks of', () => {
  it.skipIf(!wordNet)('is declined where the call would take it', () => {
    expect(numbered('go to greenhouse 3', 3, ['greenhouse'])).toMatch(/"greenhouse 3"/);
    expect(numbered('sweep greenhouse number 2', 2, ['greenhouse', 'sweep'], 'set_fan_speed')).toMatch(/"greenhouse 2"/);
  });

  it.skipIf(!wordNet)("lets the document's own things, the device's nouns, ordinals and other numbers stand", () => {
    expect(numbered('go to bench 3', 3, [])).toBeUndefined();
    expect(numbered('trolley 2, go to bench 5', 5, [])).toBeUndefined();
    expect(numbered('go to the greenhouse by bench 4', 4, ['greenhouse'])).toBeUndefined();
    expect(numbered('go to the third greenhouse', 3, ['greenhouse'])).toBeUndefined();
    expect(numbered('go to greenhouse 3', 6, ['greenhouse'])).toBeUndefined();
  });
});
