import type { DeviceDescription } from '@meshmind/protocol';
import { batteryField, getBatteryFunction } from './battery';

export const humiditySensorDescription: DeviceDescription = {
  type: 'humidity_sensor',
  title: 'Humidity sensor',
  description: 'A battery-powered sensor that measures the relative humidity of the air where it is placed.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['humidity sensor', 'hygrometer', 'humidity', 'moisture sensor'],
  state: {
    humidity: { type: 'integer', description: 'Measured relative humidity.', unit: '%', minimum: 0, maximum: 100 },
    battery: batteryField,
  },
  functions: [
    {
      name: 'get_humidity',
      description: 'Reads the current relative humidity.',
      kind: 'query',
      parameters: [],
      returns: { type: 'integer', description: 'Measured relative humidity.', unit: '%' },
    },
    getBatteryFunction,
  ],
};
