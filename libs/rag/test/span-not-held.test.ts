import { describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { readRequest } from '@meshmind/language';
import { normaliseApiDocument } from '@meshmind/rag';
import { spanNotHeld } from '../src/mapper/span-not-held';
import { unheldMode } from '../src/mapper/unheld-mode';
import type { MapResult } from '../src/mapper/api-mapper-options';

// A towel rail written for this test: it switches, takes a program (gentle, boost) and a set point; the dryer beside it has a timer.
const rail: DeviceDescription = {
  type: 'towel_rail', title: 'Towel rail', description: 'A heated towel rail.', domain: 'home', version: '1.0.0',
  nouns: ['towel rail', 'rail'],
  state: {},
  functions: [
    { name: 'switch_on', description: 'Switches the rail on.', kind: 'action', parameters: [] },
    { name: 'set_program', description: 'Runs the given program.', kind: 'action', parameters: [{ name: 'program', type: 'enum', description: 'Program.', values: ['gentle', 'boost'] }] },
    { name: 'set_setpoint', description: 'Sets the rail temperature.', kind: 'action', parameters: [{ name: 'setpoint', type: 'number', description: 'Temperature.', unit: '°C', minimum: 30, maximum: 70 }] },
    { name: 'run_for', description: 'Runs the rail for a time.', kind: 'action', parameters: [{ name: 'minutes', type: 'integer', description: 'How long.', unit: 'min', minimum: 1, maximum: 120 }] },
  ],
};
const functions = normaliseApiDocument(rail).functions;
const byName = new Map(functions.map((fn) => [fn.name, fn]));
const called = (name: string, args: Record<string, unknown> = {}): MapResult => ({ kind: 'call', calls: [{ function: name, arguments: args, confidence: 0.5, margin: 0.1 }], ranking: [] }) as unknown as MapResult;

describe('spanNotHeld: a span of time said with an article that the call cannot keep', () => {
  it('declines "for an hour" and "for half an hour" where the call holds no time', () => {
    expect(spanNotHeld(called('set_setpoint', { setpoint: 60 }), readRequest('warm the rail up for an hour'), byName)).toBe('for an hour');
    expect(spanNotHeld(called('switch_on'), readRequest('put the rail on for half an hour'), byName)).toBe('for half an hour');
  });

  it('declines a fraction of an hour said in words, which is no share of the setting', () => {
    expect(spanNotHeld(called('switch_on'), readRequest('heat the rail for a quarter of an hour'), byName)).toBe('for a quarter of an hour');
    expect(spanNotHeld(called('switch_on'), readRequest('switch it on for three quarters of an hour'), byName)).toBe('for three quarters of an hour');
  });

  it('leaves a call that holds minutes, a span said with a number and a span of no time', () => {
    expect(spanNotHeld(called('run_for', { minutes: 60 }), readRequest('run the rail for an hour'), byName)).toBeUndefined();
    expect(spanNotHeld(called('switch_on'), readRequest('put the rail on for the towels'), byName)).toBeUndefined();
  });
});

describe('unheldMode: a program named by the parameter that no option holds', () => {
  const scope = (unmet: string[]) => ({ unmet });
  it('declines "turn on holiday program" to a rail with gentle and boost', () => {
    expect(unheldMode(called('switch_on'), readRequest('turn on holiday program'), functions, scope(['holiday']))).toBe('holiday program');
  });

  it('leaves a program the rail holds and a request that names none', () => {
    expect(unheldMode(called('set_program', { program: 'boost' }), readRequest('boost program please'), functions, scope([]))).toBeUndefined();
    expect(unheldMode(called('switch_on'), readRequest('turn the rail on'), functions, scope([]))).toBeUndefined();
  });
});
