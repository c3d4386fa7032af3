import type { DeviceDescription } from '@meshmind/protocol';

/**
 * A valve that can stand part of the way open (a motorised ball valve, a mixing or zone valve, a
 * radiator's actuator): unlike the on/off water valve it takes a position, so "open it halfway" or
 * "set it to 30%" have a function to go to.
 */
export const positionValveDescription: DeviceDescription = {
  type: 'position_valve',
  title: 'Valve with a position',
  description: 'A motorised valve that can be opened part of the way, such as a mixing valve, a zone valve or a flow control valve on an irrigation line.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['valve', 'control valve', 'mixing valve', 'zone valve', 'flow valve', 'irrigation', 'water'],
  state: {
    valve_state: {
      type: 'enum',
      description: 'Whether the valve lets anything through: open at any position above zero.',
      values: ['open', 'closed'],
      synonyms: { open: ['on', 'running', 'flowing'], closed: ['off', 'shut'] },
    },
    position: { type: 'integer', description: 'How far the valve is open; 0 is closed, 100 fully open.', unit: '%', minimum: 0, maximum: 100 },
  },
  functions: [
    {
      name: 'open_valve',
      description: 'Opens the valve fully.',
      kind: 'action',
      parameters: [],
      effects: [
        { key: 'valve_state', value: 'open' },
        { key: 'position', value: 100 },
      ],
    },
    {
      name: 'close_valve',
      description: 'Closes the valve fully.',
      kind: 'action',
      parameters: [],
      effects: [
        { key: 'valve_state', value: 'closed' },
        { key: 'position', value: 0 },
      ],
    },
    {
      name: 'set_valve_position',
      description: 'Opens the valve to the given position, part of the way or fully.',
      kind: 'action',
      parameters: [{ name: 'position', type: 'integer', description: 'Target opening; 0 is closed, 50 half open, 100 fully open.', unit: '%', minimum: 0, maximum: 100 }],
      effects: [{ key: 'position', parameter: 'position' }],
    },
    {
      name: 'get_valve_position',
      description: 'Reads how far the valve is open.',
      kind: 'query',
      parameters: [],
      returns: { type: 'integer', description: 'Current opening; 0 is closed, 100 fully open.', unit: '%' },
    },
    {
      name: 'get_valve_state',
      description: 'Reports whether the valve is open or closed.',
      kind: 'query',
      parameters: [],
      returns: { type: 'enum', description: 'One of open, closed.' },
    },
  ],
};
