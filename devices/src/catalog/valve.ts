import type { DeviceDescription } from '@meshmind/protocol';

export const valveDescription: DeviceDescription = {
  type: 'valve',
  title: 'Water valve',
  description: 'A motorised water valve, such as a garden irrigation valve or a main water shut-off, with an optional run timer.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['valve', 'water valve', 'irrigation', 'sprinkler', 'sprinklers', 'watering', 'water', 'tap', 'faucet', 'water supply'],
  state: {
    valve_state: {
      type: 'enum',
      description: 'Whether water flows through the valve.',
      values: ['open', 'closed'],
      synonyms: { open: ['on', 'running', 'flowing', 'watering'], closed: ['off', 'shut'] },
    },
    remaining_minutes: { type: 'integer', description: 'Minutes until the run timer closes the valve; 0 when no timer runs.', unit: 'min', minimum: 0, maximum: 240 },
  },
  functions: [
    {
      name: 'open_valve',
      description: 'Opens the valve so water flows, optionally closing it again after the given number of minutes.',
      kind: 'action',
      parameters: [
        { name: 'duration_minutes', type: 'integer', description: 'Close automatically after this long; leave out to stay open.', unit: 'min', minimum: 1, maximum: 240, required: false },
      ],
      effects: [{ key: 'valve_state', value: 'open' }],
    },
    {
      name: 'close_valve',
      description: 'Closes the valve and cancels any run timer, so the water stops.',
      kind: 'action',
      parameters: [],
      effects: [
        { key: 'valve_state', value: 'closed' },
        { key: 'remaining_minutes', value: 0 },
      ],
    },
    {
      name: 'get_valve_state',
      description: 'Reports whether the valve is open or closed.',
      kind: 'query',
      parameters: [],
      returns: { type: 'enum', description: 'One of open, closed.' },
    },
    {
      name: 'get_remaining_minutes',
      description: 'Reads how many minutes the run timer has left.',
      kind: 'query',
      parameters: [],
      returns: { type: 'integer', description: 'Minutes left; 0 when no timer runs.', unit: 'min' },
    },
  ],
};
