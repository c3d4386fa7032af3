import type { DeviceDescription } from '@meshmind/protocol';

const MODES = ['off', 'heat', 'cool', 'auto', 'dry', 'fan_only'];
const MODE_SYNONYMS = {
  off: ['turned off', 'disabled'],
  heat: ['heating', 'warm', 'warming', 'heater'],
  cool: ['cooling', 'air conditioning', 'ac', 'cold'],
  auto: ['automatic', 'heat cool', 'heat/cool'],
  dry: ['dehumidify', 'dehumidifying', 'drying'],
  fan_only: ['fan', 'ventilate', 'ventilation', 'circulate'],
};

export const climateDescription: DeviceDescription = {
  type: 'climate',
  title: 'Thermostat',
  description: 'A room thermostat controlling heating and air conditioning, with a built-in temperature and humidity sensor.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['thermostat', 'heating', 'heater', 'air conditioning', 'air conditioner', 'ac', 'a/c', 'climate', 'hvac', 'radiator', 'temperature'],
  state: {
    mode: {
      type: 'enum',
      description: 'Operating mode of the system.',
      values: [...MODES],
      synonyms: MODE_SYNONYMS,
    },
    target_temperature: { type: 'number', description: 'Temperature the system steers the room towards.', unit: '°C', minimum: 7, maximum: 30 },
    current_temperature: { type: 'number', description: 'Temperature measured in the room.', unit: '°C', minimum: -20, maximum: 50 },
    current_humidity: { type: 'integer', description: 'Relative humidity measured in the room.', unit: '%', minimum: 0, maximum: 100 },
    hvac_action: {
      type: 'enum',
      description: 'What the system is doing right now.',
      values: ['off', 'idle', 'heating', 'cooling', 'drying', 'fan'],
    },
  },
  functions: [
    {
      name: 'turn_on',
      description: 'Turns the system on in the mode it last ran in.',
      kind: 'action',
      parameters: [],
    },
    {
      name: 'turn_off',
      description: 'Turns heating and cooling off.',
      kind: 'action',
      parameters: [],
      effects: [{ key: 'mode', value: 'off' }],
    },
    {
      name: 'set_mode',
      description: 'Switches the system to the given operating mode.',
      kind: 'action',
      parameters: [
        {
          name: 'mode',
          type: 'enum',
          description: 'Operating mode.',
          values: [...MODES],
          synonyms: MODE_SYNONYMS,
        },
      ],
      effects: [{ key: 'mode', parameter: 'mode' }],
    },
    {
      name: 'set_temperature',
      description: 'Sets the target temperature the room should reach.',
      kind: 'action',
      parameters: [{ name: 'temperature', type: 'number', description: 'Target room temperature, in half-degree steps.', unit: '°C', minimum: 7, maximum: 30 }],
      effects: [{ key: 'target_temperature', parameter: 'temperature' }],
    },
    {
      name: 'get_mode',
      description: 'Reads the current operating mode. The mode is off, heat, cool, auto, dry or fan only.',
      kind: 'query',
      parameters: [],
      returns: { type: 'enum', description: 'One of off, heat, cool, auto, dry, fan_only.' },
    },
    {
      name: 'get_target_temperature',
      description: 'Reads the target temperature.',
      kind: 'query',
      parameters: [],
      returns: { type: 'number', description: 'Target temperature.', unit: '°C' },
    },
    {
      name: 'get_current_temperature',
      description: 'Reads the temperature measured in the room.',
      kind: 'query',
      parameters: [],
      returns: { type: 'number', description: 'Measured room temperature.', unit: '°C' },
    },
    {
      name: 'get_current_humidity',
      description: 'Reads the relative humidity measured in the room.',
      kind: 'query',
      parameters: [],
      returns: { type: 'integer', description: 'Measured relative humidity.', unit: '%' },
    },
  ],
};
