import type { DeviceDescription } from '@meshmind/protocol';

/**
 * Any on/off reading the dedicated sensor types do not cover (smoke, gas, moisture, problem,
 * running, connectivity, ...), like Home Assistant's `binary_sensor` domain. The device class says
 * what is sensed, and the two state words say what on and off mean for it (detected/clear,
 * wet/dry, problem/ok), so an answer can use the device's own words.
 */
export const binarySensorDescription: DeviceDescription = {
  type: 'binary_sensor',
  title: 'Binary sensor',
  description: 'A sensor with two states that detects one condition (such as smoke, gas, a water leak, a problem or a running appliance) and reports whether it is on.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['binary sensor', 'detector', 'alarm sensor', 'leak sensor', 'smoke detector', 'gas detector'],
  state: {
    on: { type: 'boolean', description: 'Whether the sensed condition is present (smoke detected, water found, problem reported).' },
    device_class: { type: 'string', description: 'What the sensor detects, e.g. smoke, gas, moisture, problem, running, connectivity.' },
    on_word: { type: 'string', description: 'What people call the on state, e.g. detected, wet, problem, running.' },
    off_word: { type: 'string', description: 'What people call the off state, e.g. clear, dry, ok, not running.' },
  },
  functions: [
    {
      name: 'is_on',
      description: 'Reports whether the sensed condition is present right now.',
      kind: 'query',
      parameters: [],
      returns: { type: 'boolean', description: 'True when the condition is detected (on), false when clear (off).' },
    },
    {
      name: 'get_device_class',
      description: 'Reads what kind of condition the sensor detects.',
      kind: 'query',
      parameters: [],
      returns: { type: 'string', description: 'A device class such as smoke, gas or moisture.' },
    },
  ],
};
