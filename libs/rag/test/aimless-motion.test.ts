import { describe, expect, it } from 'vitest';
import { createRequestReader, type WordNet } from '@meshmind/language';
import { openLexicon, type MapResult } from '@meshmind/rag';
import type { NormalisedFunction } from '../src/api-document';
import type { ScopeReading } from '../src/mapper/scope';
import { aimlessMotion, travels } from '../src/mapper/aimless-motion';

// A hospital delivery cart of my own: it rings its chime, parks at its charging bay, and rolls to a ward by number.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet as WordNet | undefined;
const read = createRequestReader();
const functions: NormalisedFunction[] = [
  { name: 'ring_chime', description: 'Rings the chime.', parameters: [] },
  { name: 'park_at_charging_bay', description: 'Parks at the charging bay.', parameters: [] },
  { name: 'roll_to_ward', description: 'Rolls to the ward with the given number.', parameters: [{ name: 'ward', type: 'integer', description: 'ward', required: true }] },
];
const byName = new Map(functions.map((fn) => [fn.name, fn]));
const calling = (name: string) => ({ kind: 'call', calls: [{ function: name, arguments: {}, confidence: 0.5, margin: 0.1 }], ranking: [] }) as unknown as MapResult;
/** A scope reading of my own: the content words, those no word of the document meets, and which the chime or the bay explains. */
const scopeOf = (content: string[], unmet: string[], explained: Record<string, number[]> = {}): ScopeReading => ({
  content,
  meetings: content.map((word) => (unmet.includes(word) ? 0 : 1)),
  strongest: 1,
  mean: 0.5,
  unmet,
  explained: new Map(Object.entries(explained).map(([name, at]) => [name, new Set(at)])),
});
const aimless = (text: string, scope: ScopeReading, name = 'ring_chime') => aimlessMotion(calling(name), read(text), byName, scope, 'cart', wordNet);

describe('a command to travel that names no place the call goes to', () => {
  it.skipIf(!wordNet)('reads travelling verbs from WordNet', () => {
    for (const verb of ['go', 'come', 'move', 'drive', 'wander', 'follow', 'going']) expect(travels(verb, wordNet!)).toBe(true);
    for (const verb of ['stop', 'halt', 'brake', 'ring', 'charge', 'dock']) expect(travels(verb, wordNet!)).toBe(false);
  });

  it.skipIf(!wordNet)('is declined where nothing says where, or the place is a thing the document never names', () => {
    expect(aimless('come along now', scopeOf(['come'], []))).toMatch(/names no place/);
    expect(aimless('keep moving', scopeOf(['keep', 'moving'], []))).toMatch(/names no place/);
    expect(aimless('wander about a bit', scopeOf(['wander', 'about'], ['about']))).toMatch(/names no place/);
    expect(aimless('go over to the gurney', scopeOf(['go', 'gurney'], ['gurney']))).toMatch(/"gurney"/);
    expect(aimless('drive to the kiosk', scopeOf(['drive', 'kiosk'], ['kiosk']), 'park_at_charging_bay')).toMatch(/"kiosk"/);
  });

  it.skipIf(!wordNet)('lets a place the document says, a deed, a number, a prohibition, a call with arguments and a question stand', () => {
    expect(aimless('go back to your bay', scopeOf(['go', 'bay'], [], { park_at_charging_bay: [1] }), 'park_at_charging_bay')).toBeUndefined();
    expect(aimless('go and recharge', scopeOf(['go', 'recharge'], ['recharge']), 'park_at_charging_bay')).toBeUndefined(); // a verb: a deed in words the notes lack
    expect(aimless('head over to the station', scopeOf(['head', 'station'], []), 'park_at_charging_bay')).toBeUndefined(); // a word the document says
    expect(aimless('go as slowly as you can', scopeOf(['go', 'slowly'], ['slowly']))).toBeUndefined();
    expect(aimless('go to ward 4', scopeOf(['go', 'ward'], []))).toBeUndefined();
    expect(aimless("don't move", scopeOf(['move'], []))).toBeUndefined();
    expect(aimless('come here', scopeOf(['come'], []), 'roll_to_ward')).toBeUndefined();
    expect(aimless('are you going somewhere?', scopeOf(['going'], []))).toBeUndefined();
    const lamp = new Map([['turn_on', { name: 'turn_on', description: 'Turns the lamp on.', parameters: [] } as NormalisedFunction]]);
    expect(aimlessMotion(calling('turn_on'), read('turn on the lamp'), lamp, scopeOf(['turn'], []), 'lamp', wordNet)).toBeUndefined(); // a device that goes nowhere
    expect(aimless('ring the chime and go', scopeOf(['ring', 'chime', 'go'], [], { ring_chime: [0, 1] }))).toBeUndefined();
  });
});
