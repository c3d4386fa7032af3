import type { DeviceDescription } from '@meshmind/protocol';
import { batteryField, getBatteryFunction } from './battery';

export const contactSensorDescription: DeviceDescription = {
  type: 'contact_sensor',
  title: 'Door or window contact sensor',
  description: 'A battery-powered magnetic contact that reports whether a door or window is open.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['contact sensor', 'door sensor', 'window sensor', 'door contact', 'window contact', 'opening sensor'],
  state: {
    open: { type: 'boolean', description: 'Whether the door or window is open.' },
    battery: batteryField,
  },
  functions: [
    {
      name: 'is_open',
      description: 'Reports whether the door or window is open.',
      kind: 'query',
      parameters: [],
      returns: { type: 'boolean', description: 'True when open, false when closed.' },
    },
    getBatteryFunction,
  ],
};
