import type { DeviceDescription } from '@meshmind/protocol';

export const garageDoorDescription: DeviceDescription = {
  type: 'garage_door',
  title: 'Garage door opener',
  description: 'A motorised garage door opener; opening the door exposes the house, so it needs a confirmation.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['garage door', 'garage', 'garage gate', 'roller door', 'up-and-over door', 'door opener'],
  state: {
    door_state: {
      type: 'enum',
      description: 'Whether the door is open, closed, moving or stopped half-way.',
      values: ['open', 'closed', 'opening', 'closing', 'stopped'],
      synonyms: { open: ['up', 'raised'], closed: ['down', 'shut'], stopped: ['halfway', 'partly open'] },
    },
  },
  functions: [
    {
      name: 'open_door',
      description: 'Opens the garage door fully. The door is raised, so people and cars can get in or out.',
      kind: 'action',
      parameters: [],
      effects: [{ key: 'door_state', value: 'open' }],
      sensitive: true,
    },
    {
      name: 'close_door',
      description: 'Closes the garage door fully. The door is lowered until it shuts.',
      kind: 'action',
      parameters: [],
      effects: [{ key: 'door_state', value: 'closed' }],
    },
    {
      name: 'stop_door',
      description: 'Stops the garage door where it is while it is moving.',
      kind: 'action',
      parameters: [],
    },
    {
      name: 'get_door_state',
      description: 'Reports whether the garage door is open, closed, moving or stopped.',
      kind: 'query',
      parameters: [],
      returns: { type: 'enum', description: 'One of open, closed, opening, closing, stopped.' },
    },
  ],
};
