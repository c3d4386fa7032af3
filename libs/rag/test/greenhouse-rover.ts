import type { DeviceDescription } from '@meshmind/protocol';

// A greenhouse rover written for the tests of what is said of others (described-other, not-addressed, others-intent):
// it drives to a numbered bed, photographs, stops and tells its charge.
export const rover = {
  type: 'greenhouse_rover',
  title: 'Greenhouse rover',
  nouns: ['rover'],
  state: {},
  functions: [
    { name: 'move_to_bed', kind: 'action', parameters: [{ name: 'bed', type: 'integer', minimum: 1, maximum: 30, description: 'Number of the bed to drive to.' }], description: 'Drives the rover to a numbered plant bed.' },
    { name: 'battery_level', kind: 'query', parameters: [], description: 'Tells how much charge is left in the battery, in percent.' },
    { name: 'take_photo', kind: 'action', parameters: [], description: 'Takes a photo with the camera.' },
    { name: 'halt', kind: 'action', parameters: [], description: 'Stops all motion at once.' },
  ],
} as unknown as DeviceDescription;

/** The functions a map result calls, or none. */
export const chosen = (result: { kind: string; calls?: { function: string }[] }) => (result.kind === 'call' ? result.calls!.map((call) => call.function) : []);
