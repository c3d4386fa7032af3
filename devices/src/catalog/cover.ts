import type { DeviceDescription } from '@meshmind/protocol';

export const coverDescription: DeviceDescription = {
  type: 'cover',
  title: 'Motorised window cover',
  description: 'Motorised blinds, roller shades, curtains, shutters or an awning that open, close and stop at any position.',
  domain: 'home',
  version: '1.0.0',
  // Only words true of every cover: blinds are not curtains, so a device's own name says which it is.
  nouns: ['cover', 'window covering'],
  state: {
    position: { type: 'integer', description: 'How far the cover is open; 0 is fully closed, 100 fully open.', unit: '%', minimum: 0, maximum: 100 },
    cover_state: {
      type: 'enum',
      description: 'Whether the cover is open, closed or moving.',
      values: ['open', 'closed', 'opening', 'closing'],
      synonyms: { open: ['up', 'raised', 'drawn back', 'out', 'extended'], closed: ['down', 'lowered', 'drawn', 'shut', 'retracted'], opening: ['going up'], closing: ['going down'] },
    },
  },
  functions: [
    {
      name: 'open_cover',
      description: 'Opens the cover fully (raises blinds, draws curtains back, extends an awning).',
      kind: 'action',
      parameters: [],
      effects: [
        { key: 'position', value: 100 },
        { key: 'cover_state', value: 'open' },
      ],
    },
    {
      name: 'close_cover',
      description: 'Closes the cover fully (lowers blinds, draws curtains shut).',
      kind: 'action',
      parameters: [],
      effects: [
        { key: 'position', value: 0 },
        { key: 'cover_state', value: 'closed' },
      ],
    },
    {
      name: 'stop_cover',
      description: 'Stops the cover where it is while it is moving.',
      kind: 'action',
      parameters: [],
    },
    {
      name: 'set_position',
      description: 'Moves the cover to the given opening position.',
      kind: 'action',
      parameters: [{ name: 'position', type: 'integer', description: 'Target position; 0 is closed, 50 half open, 100 fully open.', unit: '%', minimum: 0, maximum: 100 }],
      effects: [{ key: 'position', parameter: 'position' }],
    },
    {
      name: 'get_position',
      description: 'Reads how far the cover is open.',
      kind: 'query',
      parameters: [],
      returns: { type: 'integer', description: 'Current position; 0 is closed, 100 fully open.', unit: '%' },
    },
    {
      name: 'get_cover_state',
      description: 'Reports whether the cover is open, closed, opening or closing.',
      kind: 'query',
      parameters: [],
      returns: { type: 'enum', description: 'One of open, closed, opening, closing.' },
    },
  ],
};
