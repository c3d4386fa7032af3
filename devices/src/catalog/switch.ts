import type { DeviceDescription } from '@meshmind/protocol';

export const switchDescription: DeviceDescription = {
  type: 'switch',
  title: 'Smart plug or relay',
  description: 'A smart outlet, plug or in-wall relay that switches whatever is plugged into it on and off.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['switch', 'plug', 'smart plug', 'outlet', 'socket', 'power socket', 'relay', 'power strip'],
  state: {
    on: { type: 'boolean', description: 'Whether the outlet is supplying power.' },
  },
  functions: [
    {
      name: 'turn_on',
      description: 'Switches the outlet on so the connected appliance gets power.',
      kind: 'action',
      parameters: [],
      effects: [{ key: 'on', value: true }],
    },
    {
      name: 'turn_off',
      description: 'Switches the outlet off and cuts power to the connected appliance.',
      kind: 'action',
      parameters: [],
      effects: [{ key: 'on', value: false }],
    },
    {
      name: 'toggle',
      description: 'Switches the outlet off if it is on, and on if it is off. Also called flipping or toggling the switch.',
      kind: 'action',
      parameters: [],
    },
    {
      name: 'is_on',
      description: 'Reports whether the outlet is currently on.',
      kind: 'query',
      parameters: [],
      returns: { type: 'boolean', description: 'True when the outlet is on.' },
    },
  ],
};
