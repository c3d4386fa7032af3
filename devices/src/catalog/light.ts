import type { DeviceDescription } from '@meshmind/protocol';

export const lightDescription: DeviceDescription = {
  type: 'light',
  title: 'Dimmable colour light',
  description: 'A smart bulb, lamp or ceiling light that can be switched, dimmed, coloured and tuned from warm to cool white.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['light', 'lights', 'lamp', 'bulb', 'ceiling light', 'floor lamp', 'desk lamp', 'bedside lamp', 'spotlight', 'downlight', 'light strip', 'pendant'],
  state: {
    on: { type: 'boolean', description: 'Whether the light is switched on.' },
    brightness: { type: 'integer', description: 'Brightness of the light.', unit: '%', minimum: 0, maximum: 100 },
    color: { type: 'color', description: 'Current colour, as a colour name or #rrggbb.' },
    color_temperature: { type: 'integer', description: 'White colour temperature, warm (low) to cool (high).', unit: 'K', minimum: 2000, maximum: 6500 },
  },
  functions: [
    {
      name: 'turn_on',
      description: 'Switches the light on at its last brightness and colour.',
      kind: 'action',
      parameters: [],
      effects: [{ key: 'on', value: true }],
    },
    {
      name: 'turn_off',
      description: 'Switches the light off.',
      kind: 'action',
      parameters: [],
      effects: [{ key: 'on', value: false }],
    },
    {
      name: 'toggle',
      description: 'Switches the light off if it is on, and on if it is off. Also called flipping or toggling the light.',
      kind: 'action',
      parameters: [],
    },
    {
      name: 'set_brightness',
      description: 'Dims or brightens the light to the given level and switches it on.',
      kind: 'action',
      parameters: [{ name: 'brightness', type: 'integer', description: 'Target brightness level.', unit: '%', minimum: 1, maximum: 100 }],
      effects: [
        { key: 'on', value: true },
        { key: 'brightness', parameter: 'brightness' },
      ],
    },
    {
      name: 'set_color',
      description: 'Changes the colour of the light and switches it on.',
      kind: 'action',
      parameters: [{ name: 'color', type: 'color', description: "Colour name such as 'red' or 'warm white', or a hex code such as #ff8800." }],
      effects: [
        { key: 'on', value: true },
        { key: 'color', parameter: 'color' },
      ],
    },
    {
      name: 'set_color_temperature',
      description: 'Sets the white tone of the light, from warm candle light to cool daylight, and switches it on.',
      kind: 'action',
      parameters: [
        {
          name: 'kelvin',
          type: 'integer',
          description: 'Colour temperature; 2700 K is warm white, 4000 K neutral, 6500 K daylight.',
          unit: 'K',
          minimum: 2000,
          maximum: 6500,
          presets: { candle: 2000, 'candle light': 2000, candlelight: 2000, 'warm white': 2700, 'soft white': 2700, warm: 2700, neutral: 4000, 'neutral white': 4000, 'cool white': 4000, cool: 4000, daylight: 6500, 'cold white': 6500 },
        },
      ],
      effects: [
        { key: 'on', value: true },
        { key: 'color_temperature', parameter: 'kelvin' },
      ],
    },
    {
      name: 'is_on',
      description: 'Reports whether the light is currently on.',
      kind: 'query',
      parameters: [],
      returns: { type: 'boolean', description: 'True when the light is on.' },
    },
    {
      name: 'get_brightness',
      description: 'Reads the current brightness of the light.',
      kind: 'query',
      parameters: [],
      returns: { type: 'integer', description: 'Current brightness.', unit: '%' },
    },
    {
      name: 'get_color',
      description: 'Reads the current colour of the light.',
      kind: 'query',
      parameters: [],
      returns: { type: 'color', description: 'Current colour name or #rrggbb code.' },
    },
  ],
};
