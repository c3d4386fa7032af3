import { describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { normaliseApiDocument } from '../src/api-document';
import { withoutAtOnce } from '../src/mapper/said-at-once';

// A sprinkler and an emergency stop, written for this test: the second says "now" in its own words.
const sprinkler = normaliseApiDocument({
  type: 'sprinkler',
  title: 'Sprinkler',
  nouns: ['sprinkler'],
  state: {},
  functions: [
    { name: 'start_watering', kind: 'action', parameters: [], description: 'Starts watering the lawn.' },
    { name: 'stop_watering', kind: 'action', parameters: [], description: 'Stops watering.' },
  ],
} as unknown as DeviceDescription);
const press = normaliseApiDocument({
  type: 'press',
  title: 'Press',
  nouns: ['press'],
  state: {},
  functions: [
    { name: 'halt', kind: 'action', parameters: [], description: 'Halts all motion now, mid-stroke.' },
    { name: 'pause', kind: 'action', parameters: [], description: 'Pauses after the current stroke.' },
  ],
} as unknown as DeviceDescription);

describe('an adverb of immediacy at the end of a command', () => {
  it('is read off: it says when, not which deed', () => {
    expect(withoutAtOnce('stop the sprinkler now', sprinkler)).toBe('stop the sprinkler');
    expect(withoutAtOnce('start watering right now please', sprinkler)).toBe('start watering');
    expect(withoutAtOnce('Turn the lawn water off now!', sprinkler)).toBe('Turn the lawn water off');
  });

  it('stays where it is a point of time, the whole request, or a word of the document', () => {
    expect(withoutAtOnce('stop watering for now', sprinkler)).toBe('stop watering for now');
    expect(withoutAtOnce('water the lawn an hour from now', sprinkler)).toBe('water the lawn an hour from now');
    expect(withoutAtOnce('now', sprinkler)).toBe('now');
    expect(withoutAtOnce('stop the press now', press)).toBe('stop the press now');
    // Urgency is not the present: it tells an emergency stop from a plain one.
    expect(withoutAtOnce('kill the sprinkler at once', sprinkler)).toBe('kill the sprinkler at once');
    expect(withoutAtOnce('stop the sprinkler immediately', sprinkler)).toBe('stop the sprinkler immediately');
    expect(withoutAtOnce('stop now and then start again', sprinkler)).toBe('stop now and then start again');
  });
});
