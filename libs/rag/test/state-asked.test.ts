import { describe, expect, it } from 'vitest';
import { createRequestReader } from '@meshmind/language';
import type { MapResult } from '@meshmind/rag';
import { stateAskedOfAction } from '../src/mapper/state-asked';

// The same conveyor of my own: halting and parking are deeds; its load is a reading.
const read = createRequestReader();
const kindOf = (name: string) => (name === 'belt_load' ? 'query' : 'action') as 'action' | 'query';
const calling = (name: string) => ({ kind: 'call', calls: [{ function: name, arguments: {}, confidence: 0.5, margin: 0.1 }], ranking: [] }) as unknown as MapResult;
const asked = (text: string, name: string) => stateAskedOfAction(calling(name), read(text), kindOf, 'conveyor');

describe('a yes/no question about a state that only a deed meets', () => {
  it('is declined rather than done', () => {
    expect(asked('is the belt halted?', 'halt_belt')).toContain('cannot report');
    expect(asked('Are you parked?', 'park_belt')).toBeDefined();
    expect(asked('has the belt been halted yet?', 'halt_belt')).toBeDefined();
    expect(asked('did you halt?', 'halt_belt')).toBeDefined();
  });

  it('lets a request for the deed, a reading and a second sentence stand', () => {
    expect(asked('can you halt the belt?', 'halt_belt')).toBeUndefined();
    expect(asked('are you able to halt the belt?', 'halt_belt')).toBeUndefined();
    expect(asked('is it possible to park the belt?', 'park_belt')).toBeUndefined();
    expect(asked('is the belt heavily loaded?', 'belt_load')).toBeUndefined();
    expect(asked('are there parcels on it?', 'halt_belt')).toBeUndefined();
    expect(asked('halt the belt', 'halt_belt')).toBeUndefined();
  });
});
