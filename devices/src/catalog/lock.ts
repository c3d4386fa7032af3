import type { DeviceDescription } from '@meshmind/protocol';

export const lockDescription: DeviceDescription = {
  type: 'lock',
  title: 'Smart door lock',
  description: 'A battery-powered smart lock on an entrance door; unlocking needs a confirmation.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['lock', 'door lock', 'smart lock', 'deadbolt', 'front door', 'back door', 'door'],
  state: {
    lock_state: {
      type: 'enum',
      description: 'Whether the bolt is locked, unlocked or jammed.',
      values: ['locked', 'unlocked', 'jammed'],
      synonyms: { locked: ['secured', 'bolted', 'closed'], unlocked: ['open', 'unsecured', 'unbolted'], jammed: ['stuck', 'blocked'] },
    },
    battery: { type: 'integer', description: 'Remaining battery charge.', unit: '%', minimum: 0, maximum: 100 },
  },
  functions: [
    {
      name: 'lock',
      description: 'Locks the door by throwing the bolt.',
      kind: 'action',
      parameters: [],
      effects: [{ key: 'lock_state', value: 'locked' }],
    },
    {
      name: 'unlock',
      description: 'Unlocks the door by retracting the bolt.',
      kind: 'action',
      parameters: [],
      effects: [{ key: 'lock_state', value: 'unlocked' }],
      sensitive: true,
    },
    {
      name: 'get_lock_state',
      description: 'Reports whether the door is locked, unlocked or jammed.',
      kind: 'query',
      parameters: [],
      returns: { type: 'enum', description: 'One of locked, unlocked, jammed.' },
    },
    {
      name: 'get_battery',
      description: 'Reads the remaining battery charge of the lock.',
      kind: 'query',
      parameters: [],
      returns: { type: 'integer', description: 'Remaining charge.', unit: '%' },
    },
  ],
};
