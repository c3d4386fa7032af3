import type { DeviceDescription } from '@meshmind/protocol';

export const fanDescription: DeviceDescription = {
  type: 'fan',
  title: 'Fan',
  description: 'A ceiling, standing or desk fan with variable speed and oscillation.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['fan', 'ceiling fan', 'standing fan', 'desk fan', 'tower fan', 'ventilator'],
  state: {
    on: { type: 'boolean', description: 'Whether the fan is running.' },
    speed: { type: 'integer', description: 'Fan speed as a share of its maximum.', unit: '%', minimum: 0, maximum: 100 },
    oscillating: { type: 'boolean', description: 'Whether the fan head sweeps from side to side.' },
  },
  functions: [
    {
      name: 'turn_on',
      description: 'Starts the fan at its last speed.',
      kind: 'action',
      parameters: [],
      effects: [{ key: 'on', value: true }],
    },
    {
      name: 'turn_off',
      description: 'Stops the fan.',
      kind: 'action',
      parameters: [],
      effects: [{ key: 'on', value: false }],
    },
    {
      name: 'toggle',
      description: 'Stops the fan if it is running, and starts it if it is stopped.',
      kind: 'action',
      parameters: [],
    },
    {
      name: 'set_speed',
      description: 'Sets the fan speed and starts the fan.',
      kind: 'action',
      parameters: [{ name: 'speed', type: 'integer', description: 'Target speed; 33 is low, 66 medium, 100 high.', unit: '%', minimum: 1, maximum: 100 }],
      effects: [
        { key: 'on', value: true },
        { key: 'speed', parameter: 'speed' },
      ],
    },
    {
      name: 'set_oscillation',
      description: 'Turns the side-to-side sweep of the fan head on or off.',
      kind: 'action',
      parameters: [{ name: 'oscillating', type: 'boolean', description: 'True to sweep, false to hold still.' }],
      effects: [{ key: 'oscillating', parameter: 'oscillating' }],
    },
    {
      name: 'is_on',
      description: 'Reports whether the fan is running.',
      kind: 'query',
      parameters: [],
      returns: { type: 'boolean', description: 'True when the fan is running.' },
    },
    {
      name: 'get_speed',
      description: 'Reads the current fan speed.',
      kind: 'query',
      parameters: [],
      returns: { type: 'integer', description: 'Current speed.', unit: '%' },
    },
  ],
};
