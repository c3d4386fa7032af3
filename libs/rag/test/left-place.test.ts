import { describe, expect, it } from 'vitest';
import { createRequestReader, type WordNet } from '@meshmind/language';
import { openLexicon, type MapResult } from '@meshmind/rag';
import type { NormalisedFunction } from '../src/api-document';
import { leftPlace } from '../src/mapper/left-place';

// A robotic lawn mower of my own: it returns to its charging base, mows a zone, turns its blade off and reports its charge.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet as WordNet | undefined;
const read = createRequestReader();
const functions: NormalisedFunction[] = [
  { name: 'return_to_base', description: 'Drives back to the charging base and charges.', kind: 'action', parameters: [] },
  { name: 'mow_zone', description: 'Mows the given zone of the lawn.', kind: 'action', parameters: [] },
  { name: 'blade_off', description: 'Turns the cutting blade off.', kind: 'action', parameters: [] },
  { name: 'charge_level', description: 'Reports the battery charge.', kind: 'query', parameters: [] },
  { name: 'leave_base', description: 'Leaves the charging base and waits beside it.', kind: 'action', parameters: [] },
];
const byName = new Map(functions.map((fn) => [fn.name, fn]));
const calling = (...names: string[]) => ({ kind: 'call', calls: names.map((name) => ({ function: name, arguments: {}, confidence: 0.5, margin: 0.1 })), ranking: [] }) as unknown as MapResult;
const left = (text: string, name = 'return_to_base') => leftPlace(calling(name), read(text), byName, wordNet);

describe('a command to leave a place, with no place to go', () => {
  it.skipIf(!wordNet)('reads a verb whose commonest sense is leaving', () => {
    expect(left('leave the base')).toBe('leave the base');
    expect(left('please exit the garage right now')).toBe('exit the garage');
    expect(left('depart')).toBe('depart');
  });

  it.skipIf(!wordNet)('reads a phrasal verb of leaving or separating', () => {
    expect(left('get off the base')).toBe('get off the base');
    expect(left('hop off the pad', 'mow_zone')).toBeDefined();
    expect(left('come off your charging base')).toBeDefined();
  });

  it.skipIf(!wordNet)('reads a verb of motion or of undoing followed by a source particle and a place', () => {
    expect(left('step off the base')).toBeDefined();
    expect(left('disconnect from the charger')).toBeDefined();
  });

  it.skipIf(!wordNet)('lets a goal, a state left as it is, a moved thing and a switch stand', () => {
    expect(left('leave the base and go to the hedge')).toBeDefined(); // the leaving clause still has no goal
    expect(left('get off the base to the hedge')).toBeUndefined();
    expect(left('leave the blade on', 'blade_off')).toBeUndefined();
    expect(left('leave the gate open', 'mow_zone')).toBeUndefined();
    expect(left('leave it off', 'blade_off')).toBeUndefined();
    expect(left('pull out the plug', 'blade_off')).toBeUndefined(); // "pull out" also removes a thing
    expect(left('stop the blade and leave it', 'blade_off')).toBeUndefined();
    expect(left('turn off the blade', 'blade_off')).toBeUndefined();
    expect(left('switch off the blade', 'blade_off')).toBeUndefined();
    expect(left('cut the blade', 'blade_off')).toBeUndefined(); // a bare verb of separating cuts things, it does not leave
    expect(left('take the grass off the path', 'mow_zone')).toBeUndefined();
    expect(left('go back to the base')).toBeUndefined();
    expect(left('head home and charge')).toBeUndefined();
  });

  it.skipIf(!wordNet)('lets a question, a query and a function that itself leaves stand', () => {
    expect(left('did you leave the base?')).toBeUndefined();
    expect(left('leave the base', 'charge_level')).toBeUndefined();
    expect(left('leave the base', 'leave_base')).toBeUndefined();
  });
});
