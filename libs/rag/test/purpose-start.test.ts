import { describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { openLexicon } from '@meshmind/rag';
import { normaliseApiDocument } from '../src/api-document';
import { startFunction } from '../src/mapper/purpose-verb';

// Documents written for this test: a boiler whose "off" mode also goes by "turned off", and a kettle.
const modes = { off: ['turned off', 'shut down'], heat: ['heating'], eco: ['economy'] };
const boiler = {
  type: 'boiler', title: 'Boiler', description: 'A gas boiler.', domain: 'home', version: '1.0.0', nouns: ['boiler', 'heater'],
  state: { mode: { type: 'enum', description: 'Mode.', values: ['off', 'heat', 'eco'], synonyms: modes } },
  functions: [
    { name: 'turn_on', description: 'Starts the boiler in its last mode.', kind: 'action', parameters: [] },
    { name: 'turn_off', description: 'Stops the boiler.', kind: 'action', parameters: [], effects: [{ key: 'mode', value: 'off' }] },
    { name: 'set_mode', description: 'Sets the mode.', kind: 'action', parameters: [{ name: 'mode', type: 'enum', description: 'Mode.', values: ['off', 'heat', 'eco'], synonyms: modes }], effects: [{ key: 'mode', parameter: 'mode' }] },
  ],
} as unknown as DeviceDescription;
const kettle = {
  type: 'kettle', title: 'Kettle', description: 'A kettle.', domain: 'home', version: '1.0.0', nouns: ['kettle'],
  state: { power: { type: 'enum', description: 'Power.', values: ['on', 'off'], synonyms: { on: ['switched on'], off: ['switched off'] } } },
  functions: [
    { name: 'switch_on', description: 'Boils the water.', kind: 'action', parameters: [], effects: [{ key: 'power', value: 'on' }] },
    { name: 'switch_off', description: 'Stops boiling.', kind: 'action', parameters: [], effects: [{ key: 'power', value: 'off' }] },
  ],
} as unknown as DeviceDescription;

describe('the function that sets a device going, for a verb of its purpose', () => {
  const wordNet = openLexicon().wordNet!;

  it('is never one that sets an "off" value, though a word beside "off" is at the positive pole ("turned")', () => {
    expect(startFunction(normaliseApiDocument(boiler), wordNet)?.name).not.toBe('turn_off');
  });

  it('is the one that sets the "on" value', () => {
    expect(startFunction(normaliseApiDocument(kettle), wordNet)?.name).toBe('switch_on');
  });
});
