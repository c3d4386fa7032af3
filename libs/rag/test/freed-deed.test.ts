import { describe, expect, it } from 'vitest';
import { createRequestReader, type WordNet } from '@meshmind/language';
import { openLexicon, type MapResult } from '@meshmind/rag';
import type { NormalisedFunction } from '../src/api-document';
import { freedDeed, freesVerb } from '../src/mapper/freed-deed';

// A parcel conveyor of my own: it can halt its belt, start it, set its speed, report its load, and (one variant) release the halt.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet as WordNet | undefined;
const read = createRequestReader();
const functions: NormalisedFunction[] = [
  { name: 'halt_belt', description: 'Halts the conveyor belt at once.', parameters: [] },
  { name: 'start_belt', description: 'Starts the conveyor belt.', parameters: [] },
  { name: 'set_belt_speed', description: 'Sets the belt speed in metres per second.', parameters: [{ name: 'speed', type: 'number', description: 'speed', required: true }] },
  { name: 'belt_load', description: 'Reports the load on the belt.', parameters: [] },
  { name: 'release_belt_halt', description: 'Lets the belt run again after a halt.', parameters: [] },
];
const byName = new Map(functions.map((fn) => [fn.name, fn]));
const kindOf = (name: string) => (name === 'belt_load' ? 'query' : 'action') as 'action' | 'query';
const calling = (name: string, args: Record<string, unknown> = {}) => ({ kind: 'call', calls: [{ function: name, arguments: args, confidence: 0.5, margin: 0.1 }], ranking: [] }) as unknown as MapResult;
const freed = (text: string, name: string, args: Record<string, unknown> = {}) => freedDeed(calling(name, args), [read(text)], byName, kindOf, wordNet);

describe('a command that lets go of what the call does', () => {
  it.skipIf(!wordNet)('reads freeing, resetting and switching-off verbs from WordNet', () => {
    for (const verb of ['release', 'reset', 'unlock', 'disengage', 'deactivate']) expect(freesVerb(verb, wordNet!)).toBe(true);
    for (const verb of ['halt', 'stop', 'trigger', 'press', 'start', 'dock', 'go']) expect(freesVerb(verb, wordNet!)).toBe(false);
  });

  it.skipIf(!wordNet)('reads no deed in the device\'s own name', () => {
    const named = (text: string, name: string) => freedDeed(calling('halt_belt'), [read(text)], byName, kindOf, wordNet, [name]);
    expect(named('halt release the belt and reset it', 'Release the belt and reset it')).toBeUndefined();
    expect(named('halt release the belt and reset it', 'Sorting belt')).toBe('reset it');
  });

  it.skipIf(!wordNet)('declines releasing, resetting or clearing the halt the call would trigger', () => {
    expect(freed('reset the belt halt', 'halt_belt')).toBe('reset the belt halt');
    expect(freed('please release the halt', 'halt_belt')).toBeDefined();
    expect(freed('unlock the e-halt', 'halt_belt')).toBeDefined();
    expect(freed('clear the e-halt and carry on', 'halt_belt')).toBe('clear the e-halt');
    expect(freed('deactivate the halt', 'halt_belt')).toBeDefined();
  });

  it.skipIf(!wordNet)('lets the deed itself, a release function, a setter given a value, a query and a question stand', () => {
    expect(freed('halt the belt', 'halt_belt')).toBeUndefined();
    expect(freed('trigger the halt now', 'halt_belt')).toBeUndefined();
    expect(freed('release the halt', 'release_belt_halt')).toBeUndefined();
    expect(freed('reset the belt speed to 2', 'set_belt_speed', { speed: 2 })).toBeUndefined();
    expect(freed('reset the load', 'belt_load')).toBeUndefined();
    expect(freed('did you release the halt?', 'halt_belt')).toBeUndefined();
  });
});
