import { describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { withFeatureNamed } from '../src/mapper/feature-word';

const wordNet = openLexicon().wordNet;

// A pedestal heater written for this test: it runs, and it rotates its head by a yes/no switch.
const heater: DeviceDescription = {
  type: 'pedestal_heater', title: 'Pedestal heater', description: 'A standing fan heater.', domain: 'home', version: '1.0.0',
  nouns: ['heater', 'fan heater'],
  state: { running: { type: 'boolean', description: 'Whether it runs.' }, oscillating: { type: 'boolean', description: 'Whether the head turns to and fro.' } },
  functions: [
    { name: 'start', description: 'Starts the heater.', kind: 'action', parameters: [], effects: [{ key: 'running', value: true }] },
    { name: 'stop', description: 'Stops the heater.', kind: 'action', parameters: [], effects: [{ key: 'running', value: false }] },
    { name: 'set_rotation', description: 'Switches the turning of the heater head on or off.', kind: 'action', parameters: [{ name: 'oscillating', type: 'boolean', description: 'True to turn the head.' }], effects: [{ key: 'oscillating', parameter: 'oscillating' }] },
  ],
};
const document = normaliseApiDocument(heater);

describe('withFeatureNamed: the thing switched is the feature one switch names', () => {
  it('names a word of the switch parameter gloss by the function feature', () => {
    expect(withFeatureNamed('put the swing on', document, wordNet)).toBe('put the rotation on');
    expect(withFeatureNamed('swing off', document, wordNet)).toBe('rotation off');
    expect(withFeatureNamed('have it swing', document, wordNet)).toBe('have it rotation');
  });

  it('leaves the device own nouns, words a function name holds and words not standing as the thing switched', () => {
    expect(withFeatureNamed('start the heater', document, wordNet)).toBe('start the heater');
    expect(withFeatureNamed('swing the heater towards me', document, wordNet)).toBe('swing the heater towards me');
  });
});
