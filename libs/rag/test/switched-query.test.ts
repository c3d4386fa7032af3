import { describe, expect, it } from 'vitest';
import { createRequestReader, type WordNet } from '@meshmind/language';
import { openLexicon, type MapResult } from '@meshmind/rag';
import { switchedQuery } from '../src/mapper/switched-query';

// A query call of a garden pump that reads its pressure and starts itself, written for this test.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet as WordNet | undefined;
const read = createRequestReader();
const kinds = new Map<string, 'action' | 'query'>([['read_pressure', 'query'], ['start_pump', 'action']]);
const calling = (name: string) => ({ kind: 'call', calls: [{ function: name, arguments: {}, confidence: 0.5, margin: 0.1 }], ranking: [] }) as unknown as MapResult;
const declined = (text: string, name = 'read_pressure') => switchedQuery(calling(name), read(text), (fn) => kinds.get(fn), wordNet);

describe('a command to switch something on or off is no query', () => {
  it.skipIf(!wordNet)('declines a query called for "off" or "on" said with the verb', () => {
    expect(declined('switch off the pump pressure')).toBe('switch off the pressure');
    expect(declined('turn the gauge on')).toBe('turn on the gauge');
    expect(declined('Shut the pressure reading off.')).toBeDefined();
  });

  it.skipIf(!wordNet)('lets an action, a question, a particle without a polar opposite and a place stand', () => {
    expect(declined('switch off the pump', 'start_pump')).toBeUndefined();
    expect(declined('is the pump switched off?')).toBeUndefined();
    expect(declined('check out the pressure')).toBeUndefined();
    expect(declined('read the pressure on the gauge')).toBeUndefined();
    expect(declined('check the pressure on the outlet pipe')).toBeUndefined();
  });
});
