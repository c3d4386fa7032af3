import type { DeviceDescription } from '@meshmind/protocol';

/**
 * Any numeric reading the dedicated sensor types do not cover (pressure, CO2, energy, power,
 * illuminance, data rate, ...), like Home Assistant's `sensor` domain: the device class says what
 * is measured and `unit` in what, so one type serves every quantity.
 */
export const sensorDescription: DeviceDescription = {
  type: 'sensor',
  title: 'Sensor',
  description: 'A sensor that measures one quantity (such as pressure, carbon dioxide, energy, power or light level) and reports it as a number in its own unit.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['sensor', 'meter', 'gauge', 'reading', 'measurement', 'level'],
  state: {
    value: {
      type: 'number',
      description: 'The current reading, in the unit named by the unit field.',
      unit: 'the unit field',
      minimum: -1_000_000_000,
      maximum: 1_000_000_000,
    },
    unit: { type: 'string', description: 'Unit of the reading, e.g. hPa, ppm, kWh, W, lx, MB/s; empty for a plain number.' },
    device_class: { type: 'string', description: 'What the sensor measures, e.g. atmospheric_pressure, carbon_dioxide, energy, power, illuminance.' },
  },
  functions: [
    {
      name: 'get_value',
      description: 'Reads the current value the sensor measures.',
      kind: 'query',
      parameters: [],
      returns: { type: 'number', description: 'The reading, in the unit get_unit reports.' },
    },
    {
      name: 'get_unit',
      description: 'Reads the unit the sensor reports its value in.',
      kind: 'query',
      parameters: [],
      returns: { type: 'string', description: 'A unit such as hPa, ppm, kWh or W.' },
    },
    {
      name: 'get_device_class',
      description: 'Reads what kind of quantity the sensor measures.',
      kind: 'query',
      parameters: [],
      returns: { type: 'string', description: 'A device class such as carbon_dioxide or power.' },
    },
  ],
};
