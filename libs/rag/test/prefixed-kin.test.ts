import { describe, expect, it } from 'vitest';
import { normaliseApiDocument, openLexicon } from '@meshmind/rag';
import type { DeviceDescription } from '@meshmind/protocol';
import { functionProfile } from '../src/mapper/evidence';
import { functionsKinToVerb } from '../src/mapper/prefixed-kin';
import { withMeantVerb } from '../src/mapper/verb-sense';

// Devices written for this test: a cabinet lock, a garden tap, a desk fan.
const wordNet = openLexicon().wordNet;

function profilesOf(functions: Array<{ name: string; description: string; kind?: 'action' | 'query'; effects?: Array<{ key: string; value?: unknown }> }>) {
  const description = { type: 'test', title: 'Test device', state: {}, functions: functions.map((fn) => ({ kind: 'action' as const, parameters: [], ...fn })) } as unknown as DeviceDescription;
  return normaliseApiDocument(description).functions.map((fn) => functionProfile(fn, fn.name.split('_'), 'en'));
}

const cabinet = profilesOf([
  { name: 'lock', description: 'Secures the cabinet door.', effects: [{ key: 'state', value: 'locked' }] },
  { name: 'unlock', description: 'Frees the cabinet door.', effects: [{ key: 'state', value: 'unlocked' }] },
  { name: 'get_state', description: 'Says whether the cabinet is secured.', kind: 'query' },
]);
const fan = profilesOf([
  { name: 'turn_on', description: 'Starts the fan.', effects: [{ key: 'on', value: true }] },
  { name: 'turn_off', description: 'Stops the fan.', effects: [{ key: 'on', value: false }] },
]);

describe.skipIf(!wordNet)('a prefixed verb over a verb the document never names', () => {
  it('finds the function whose verb is a sibling of the base verb under one broader verb (latch and lock are both kinds of fasten)', () => {
    expect(functionsKinToVerb('latch', cabinet, wordNet!).map((profile) => profile.fn.name)).toEqual(['lock']);
  });

  it('reads the prefixed verb as the function that undoes its kin', () => {
    expect(withMeantVerb('unlatch the cabinet', cabinet, wordNet)).toBe('unlock the cabinet');
    expect(withMeantVerb('please unlatch it', cabinet, wordNet)).toBe('please unlock it');
  });

  it('finds no kin where the base verb shares nothing with any function verb', () => {
    expect(functionsKinToVerb('plug', fan, wordNet!)).toEqual([]);
    expect(withMeantVerb('unplug the fan', fan, wordNet)).toBe('unplug the fan');
  });

  it('leaves queries out: they change nothing and have no undoing', () => {
    expect(functionsKinToVerb('latch', cabinet, wordNet!).some((profile) => profile.fn.kind === 'query')).toBe(false);
  });
});
