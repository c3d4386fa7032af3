import { describe, expect, it } from 'vitest';
import type { LlmindApiEntry } from '@meshmind/protocol';
import { normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { withSaidValues } from '../src/mapper/said-values';
import { withMeantVerb } from '../src/mapper/verb-sense';
import type { MapResult } from '../src/mapper/api-mapper-options';

// A document written for this test: a lighthouse keeper's radio mast that broadcasts a mesh of its own
// for the boats and joins the harbour's network.
const entry = (name: string, input: string[], notes: string): LlmindApiEntry => ({ name, input_argument: input, input_type: input.map(() => 'str'), output: 'bool', notes, programming_language: 'Python' });
const mast = normaliseApiDocument([
  entry('raise_beacon_net', ['ssid', 'passphrase'], 'Raises a wireless network of the mast for the boats to join.'),
  entry('join_harbour_net', ['ssid', 'passphrase'], 'Joins a wireless network that is already there.'),
  entry('read_wind', [], 'Reads the wind speed.'),
]);
const byName = new Map(mast.functions.map((fn) => [fn.name, fn]));
const called = (fn: string, args: Record<string, unknown>): MapResult => ({ kind: 'call', calls: [{ function: fn, arguments: args, confidence: 0.9, margin: 0.2 }], candidates: [fn], ranking: [] }) as unknown as MapResult;

describe('a password or network name comes from the words as said (said-values.ts)', () => {
  it('"emit" is read as WordNet\'s "pass off", whose particle is no password', () => {
    const profiles = mast.functions.map((fn) => ({ fn, actionWords: [], actionStems: new Set<string>(), nameStems: new Set<string>() }));
    const rewritten = withMeantVerb('emit a mesh called Gullwing, passphrase gull-2026', profiles as never, openLexicon().wordNet);
    expect(rewritten.startsWith('pass off')).toBe(true); // the rewrite the values must not be read from
  });
  it('a value no word of the request gives is read again from the request', () => {
    const result = withSaidValues(called('raise_beacon_net', { ssid: 'Gullwing', passphrase: 'off' }), 'emit a mesh called Gullwing, passphrase gull-2026', byName);
    expect(result.kind === 'call' && result.calls[0]!.arguments).toEqual({ ssid: 'Gullwing', passphrase: 'gull-2026' });
  });
  it('where the request gives none, it is asked for rather than guessed', () => {
    const result = withSaidValues(called('join_harbour_net', { ssid: 'Quayside', passphrase: 'up' }), 'get the mast onto the Quayside mesh', byName);
    expect(result.kind).toBe('not_executable');
  });
  it('values said are kept as they are', () => {
    const said = called('join_harbour_net', { ssid: 'Quayside', passphrase: 'tide-44' });
    expect(withSaidValues(said, 'hop on Quayside, passphrase tide-44', byName)).toEqual(said);
  });
});
