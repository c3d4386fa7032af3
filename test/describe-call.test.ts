import { describe, expect, it } from 'vitest';
import { describeCall } from '@meshmind/device-agent';
import { getDeviceDescription } from '@meshmind/devices';

// The agent passes its catalog functions as they are.
const fn = (type: string, name: string) => getDeviceDescription(type)!.functions.find((candidate) => candidate.name === name)!;

describe('describeCall: one plain sentence per call', () => {
  it('says what an action did from its name, with the values given', () => {
    expect(describeCall('Kitchen light', fn('light', 'turn_on'), {}, undefined, ['light'])).toBe('Kitchen light: turned on.');
    expect(describeCall('Kitchen light', fn('light', 'set_brightness'), { brightness: 40 }, undefined, ['light'])).toBe('Kitchen light: set brightness to 40%.');
  });

  it('says the optional values the request gave', () => {
    expect(describeCall('Garden irrigation', fn('valve', 'open_valve'), { duration_minutes: 10 }, undefined, ['valve'])).toBe('Garden irrigation: opened (duration minutes: 10 min).');
    expect(describeCall('Garden irrigation', fn('valve', 'open_valve'), {}, undefined, ['valve'])).toBe('Garden irrigation: opened.');
  });

  it('takes the verb from the description when the name starts with a noun ("next_track")', () => {
    expect(describeCall('TV', fn('media_player', 'next_track'), {}, undefined)).toBe('TV: skipped to the next track, episode or channel.');
    expect(describeCall('TV', fn('media_player', 'previous_track'), {}, undefined)).toBe('TV: went back to the previous track, episode or channel.');
    expect(describeCall('TV', fn('media_player', 'volume_up'), { step: 10 }, undefined)).toBe('TV: raised the volume by a step (10%).');
  });

  it('agrees the verb of a reading with a list of several values', () => {
    expect(describeCall('Shopping list', fn('todo_list', 'list_items'), {}, ['bread', 'coffee beans'])).toBe('Shopping list: items are bread, coffee beans.');
    expect(describeCall('Shopping list', fn('todo_list', 'list_items'), {}, ['bread'])).toBe('Shopping list: items is bread.');
  });
});
