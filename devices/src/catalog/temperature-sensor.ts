import type { DeviceDescription } from '@meshmind/protocol';
import { batteryField, getBatteryFunction } from './battery';

export const temperatureSensorDescription: DeviceDescription = {
  type: 'temperature_sensor',
  title: 'Temperature sensor',
  description: 'A battery-powered sensor that measures the air temperature where it is placed.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['temperature sensor', 'thermometer', 'temperature', 'climate sensor'],
  state: {
    temperature: { type: 'number', description: 'Measured air temperature.', unit: '°C', minimum: -40, maximum: 80 },
    battery: batteryField,
  },
  functions: [
    {
      name: 'get_temperature',
      description: 'Reads the current air temperature.',
      kind: 'query',
      parameters: [],
      returns: { type: 'number', description: 'Measured temperature.', unit: '°C' },
    },
    getBatteryFunction,
  ],
};
