import { describe, expect, it } from 'vitest';
import { createRequestReader, openLexicon } from '@meshmind/language';
import { getDeviceDescription } from '@meshmind/devices';
import { normaliseApiDocument } from '../src/api-document';
import { otherFunctionNoun } from '../src/mapper/other-function-noun';
import type { MapResult } from '../src/mapper/api-mapper-options';

// A radio of my own: a station is what tune_station is about, the loudness what the level functions are about.
const radio = normaliseApiDocument({
  type: 'kitchen_radio', title: 'Kitchen radio', description: 'A small radio.', domain: 'home', version: '1.0.0', nouns: ['radio'],
  state: { level: { type: 'integer', description: 'Loudness.' } },
  functions: [
    { name: 'louder', description: 'Raises the loudness a notch.', kind: 'action', parameters: [], effects: [{ key: 'level', increaseBy: 'step' }] },
    { name: 'set_level', description: 'Sets the level.', kind: 'action', parameters: [{ name: 'level', type: 'integer', description: 'Target level.' }], effects: [{ key: 'level', parameter: 'level' }] },
    { name: 'tune_station', description: 'Tunes to the next station on the dial.', kind: 'action', parameters: [] },
  ],
});
const byName = new Map(radio.functions.map((fn) => [fn.name, fn]));
const wordNet = openLexicon({ enabled: true }).wordNet;
const read = createRequestReader();
const call = (name: string, args: Record<string, unknown> = {}): MapResult => ({ kind: 'call', calls: [{ function: name, arguments: args, confidence: 1, margin: 1 }], candidates: [], ranking: [] }) as unknown as MapResult;
const judge = (text: string, result: MapResult) => otherFunctionNoun(result, read(text), byName, radio.functions, new Set(['radio']), wordNet);

describe('a noun another function is about', () => {
  it('declines a call whose thing is another function\'s', () => {
    expect(judge('station up', call('louder'))).toMatch(/station.*tune station/);
  });
  it('keeps a call whose noun is its own or a function that changes the same thing', () => {
    expect(judge('loudness up', call('louder'))).toBeUndefined();
    expect(judge('put the loudness at 4', call('set_level', { level: 4 }))).toBeUndefined();
  });
  it('reads no device noun, number word or question', () => {
    expect(judge('radio up', call('louder'))).toBeUndefined();
    expect(judge('up one', call('louder'))).toBeUndefined();
    expect(judge('which station is on?', call('louder'))).toBeUndefined();
  });
  it('reads not the adverb of the present, a word of the catalog player\'s "now playing"', () => {
    const player = normaliseApiDocument(getDeviceDescription('media_player')!);
    const names = new Map(player.functions.map((fn) => [fn.name, fn]));
    const judgePlayer = (text: string) => otherFunctionNoun(call('turn_off'), read(text), names, player.functions, new Set(['player', 'tv']), wordNet);
    expect(judgePlayer('switch the tv off now')).toBeUndefined();
    expect(judgePlayer('could you switch the player off now')).toBeUndefined();
  });
});
