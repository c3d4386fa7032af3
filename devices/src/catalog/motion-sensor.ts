import type { DeviceDescription } from '@meshmind/protocol';
import { batteryField, getBatteryFunction } from './battery';

export const motionSensorDescription: DeviceDescription = {
  type: 'motion_sensor',
  title: 'Motion sensor',
  description: 'A battery-powered passive infrared sensor that detects people moving in a room.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['motion sensor', 'motion detector', 'presence sensor', 'occupancy sensor', 'pir', 'motion'],
  state: {
    motion_detected: { type: 'boolean', description: 'Whether motion is being detected now.' },
    battery: batteryField,
  },
  functions: [
    {
      name: 'is_motion_detected',
      description: 'Reports whether the sensor detects motion right now. Motion means a person or animal moving in its view.',
      kind: 'query',
      parameters: [],
      returns: { type: 'boolean', description: 'True while motion is detected.' },
    },
    getBatteryFunction,
  ],
};
