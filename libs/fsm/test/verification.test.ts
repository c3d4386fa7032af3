import { describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { compareState } from '../src/verification';

const player: DeviceDescription = {
  type: 'media_player',
  title: 'Media player',
  description: 'Plays media.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['player'],
  state: { playback: { type: 'enum', values: ['playing', 'paused', 'stopped'], description: 'Playback state.' } },
  functions: [{ name: 'pause', description: 'Pauses playback.', kind: 'action', parameters: [], effects: [{ key: 'playback', value: 'paused', alsoAccepted: ['stopped'] }] }],
};
const pause = [{ function: 'pause', arguments: {} }];

describe('verifying a call against its declared effects', () => {
  it('accepts the promised state and the states a function also accepts', () => {
    expect(compareState(player, pause as never, { playback: 'paused' })).toEqual([]);
    // Pausing a stopped player leaves it stopped: the request is met.
    expect(compareState(player, pause as never, { playback: 'stopped' })).toEqual([]);
  });

  it('still reports a device that did not change', () => {
    expect(compareState(player, pause as never, { playback: 'playing' })).toEqual([{ key: 'playback', function: 'pause', expected: 'paused', actual: 'playing' }]);
  });
});
