import { describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { normaliseApiDocument } from '@meshmind/rag';
import type { Lead, MapResult } from '../src/mapper/api-mapper-options';
import { askedWhenDoubtful } from '../src/mapper/doubtful-call';
import { oppositeTie } from '../src/mapper/opposite-tie';

// A kiln written for this test: its two switches leave "firing" at opposite ends; its vent sets another key.
const kiln = normaliseApiDocument({
  type: 'kiln',
  title: 'Pottery kiln',
  nouns: ['kiln'],
  state: { firing: { type: 'boolean', description: 'Whether the kiln fires.' }, vent: { type: 'boolean', description: 'Whether the vent is open.' } },
  functions: [
    { name: 'kiln_on', kind: 'action', parameters: [], description: 'Starts firing the kiln.', effects: [{ key: 'firing', value: true }] },
    { name: 'kiln_off', kind: 'action', parameters: [], description: 'Stops firing the kiln.', effects: [{ key: 'firing', value: false }] },
    { name: 'kiln_vent', kind: 'action', parameters: [], description: 'Opens the kiln vent.', effects: [{ key: 'vent', value: true }] },
  ],
} as unknown as DeviceDescription);
const functions = new Map(kiln.functions.map((fn) => [fn.name, fn]));

const lead = (chosen: string, runnerUp: string, margin: number, support = { chosen: 1, runnerUp: 1, named: false }): Lead => ({ function: chosen, runnerUp, margin, wordsDisagree: false, support });

describe('a tie between two opposite ends', () => {
  it('is a tie where both functions leave one key at other fixed values and nothing favours the chosen one', () => {
    expect(oppositeTie(lead('kiln_on', 'kiln_off', 0), functions)).toBe(true);
    expect(oppositeTie(lead('kiln_off', 'kiln_on', 0.0005), functions)).toBe(true);
  });

  it('is no tie where the lead is real, the words favour or name the chosen one, or the two set different keys', () => {
    expect(oppositeTie(lead('kiln_on', 'kiln_off', 0.02), functions)).toBe(false);
    expect(oppositeTie(lead('kiln_on', 'kiln_off', 0, { chosen: 2, runnerUp: 1, named: false }), functions)).toBe(false);
    expect(oppositeTie(lead('kiln_on', 'kiln_off', 0, { chosen: 1, runnerUp: 1, named: true }), functions)).toBe(false);
    expect(oppositeTie(lead('kiln_on', 'kiln_vent', 0), functions)).toBe(false);
  });

  it('turns such a call into a question', () => {
    const call: MapResult = { kind: 'call', calls: [{ function: 'kiln_on', arguments: {} }], candidates: [], ranking: [], leads: [{ function: 'kiln_on', runnerUp: 'kiln_off', margin: 0, wordsDisagree: false }] } as unknown as MapResult;
    const support = new Map([['kiln_on', 0], ['kiln_off', 0]]);
    const asked = askedWhenDoubtful(call, 'sort the kiln', support, 0.02, functions);
    expect(asked.kind).toBe('not_executable');
    // The doubt margin off (0) leaves every call as ranked.
    expect(askedWhenDoubtful(call, 'sort the kiln', support, 0, functions).kind).toBe('call');
  });
});
