import type { DeviceDescription } from '@meshmind/protocol';

const FAN_SPEEDS = ['quiet', 'standard', 'strong', 'max'];
const FAN_SPEED_SYNONYMS = { quiet: ['silent', 'low', 'eco'], standard: ['normal', 'medium', 'balanced'], strong: ['high', 'turbo'], max: ['maximum', 'full power', 'boost'] };

export const vacuumDescription: DeviceDescription = {
  type: 'vacuum',
  title: 'Robot vacuum cleaner',
  description: 'A robot vacuum that cleans the floors on its own and returns to its dock to charge.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['vacuum', 'robot vacuum', 'vacuum cleaner', 'hoover', 'robot', 'cleaning robot', 'roomba', 'robovac'],
  state: {
    status: {
      type: 'enum',
      description: 'What the robot is doing.',
      values: ['docked', 'cleaning', 'paused', 'idle', 'returning', 'error'],
      synonyms: { docked: ['charging', 'at base', 'home'], cleaning: ['vacuuming', 'hoovering', 'running'], returning: ['going home', 'heading to dock'], idle: ['stopped'] },
    },
    battery: { type: 'integer', description: 'Remaining battery charge.', unit: '%', minimum: 0, maximum: 100 },
    fan_speed: {
      type: 'enum',
      description: 'Suction power.',
      values: [...FAN_SPEEDS],
      synonyms: FAN_SPEED_SYNONYMS,
    },
  },
  functions: [
    {
      name: 'start_cleaning',
      description: 'Starts or resumes a cleaning run of the whole floor.',
      kind: 'action',
      parameters: [],
      effects: [{ key: 'status', value: 'cleaning' }],
    },
    {
      name: 'pause_cleaning',
      description: 'Pauses the cleaning run where the robot is. The robot waits there until the run is resumed.',
      kind: 'action',
      parameters: [],
    },
    {
      name: 'stop_cleaning',
      description: 'Ends the cleaning run and leaves the robot where it is.',
      kind: 'action',
      parameters: [],
    },
    {
      name: 'return_to_dock',
      description: 'Sends the robot back to its charging dock.',
      kind: 'action',
      parameters: [],
      // On its way back the request is met as well; a docked robot needs no call ("already docked").
      effects: [{ key: 'status', value: 'docked', alsoAccepted: ['returning'] }],
    },
    {
      name: 'set_fan_speed',
      description: 'Sets the suction power used while cleaning.',
      kind: 'action',
      parameters: [
        {
          name: 'fan_speed',
          type: 'enum',
          description: 'Suction power.',
          values: [...FAN_SPEEDS],
          synonyms: FAN_SPEED_SYNONYMS,
        },
      ],
      effects: [{ key: 'fan_speed', parameter: 'fan_speed' }],
    },
    {
      name: 'get_status',
      description: 'Reports what the robot is doing.',
      kind: 'query',
      parameters: [],
      returns: { type: 'enum', description: 'One of docked, cleaning, paused, idle, returning, error.' },
    },
    {
      name: 'get_battery',
      description: 'Reads the remaining battery charge level of the robot.',
      kind: 'query',
      parameters: [],
      returns: { type: 'integer', description: 'Remaining charge.', unit: '%' },
    },
  ],
};
