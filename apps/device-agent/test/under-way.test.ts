import { describe, expect, it } from 'vitest';
import type { DeviceDescription, SubtaskResult } from '@meshmind/protocol';
import { sayResult } from '../src/say-result';
import { namesChangeUnderWay } from '../src/under-way';

/** A gate that reports "opening" on its way and a mower that goes "parking"; its pause is met by "stopped". */
const mower: DeviceDescription = {
  type: 'lawn_mower',
  title: 'Robot mower',
  description: 'A robot lawn mower.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['mower'],
  state: { activity: { type: 'enum', description: 'What it does.', values: ['mowing', 'paused', 'stopped', 'parking', 'parked'] } },
  functions: [
    { name: 'park', description: 'Sends the mower to its station.', kind: 'action', parameters: [], effects: [{ key: 'activity', value: 'parked', alsoAccepted: ['parking'] }] },
    { name: 'pause', description: 'Pauses mowing.', kind: 'action', parameters: [], effects: [{ key: 'activity', value: 'paused', alsoAccepted: ['stopped'] }] },
  ],
};

function done(fn: string, state: Record<string, unknown>): SubtaskResult {
  return { deviceId: 'm1', goalId: 'g1', outcome: 'done', message: '', state, calls: [{ function: fn, arguments: {} }] } as unknown as SubtaskResult;
}

describe('a state still on its way', () => {
  it.each(['returning', 'opening', 'closing', 'heading_home', 'parking'])('"%s" names a change under way', (word) => {
    expect(namesChangeUnderWay(word)).toBe(true);
  });

  it.each(['stopped', 'docked', 'idle', 'ring', 'on', 42, true])('"%s" does not', (word) => {
    expect(namesChangeUnderWay(word)).toBe(false);
  });

  it('says a call that started the change as done, not as "nothing to do"', () => {
    const said = sayResult('Mowbot', mower, done('park', { activity: 'parking' }), [], []);
    expect(said).not.toMatch(/nothing to/);
    expect(said).toMatch(/^Mowbot: /);
  });

  it('still says a call met by a settled state it accepts as needing nothing', () => {
    expect(sayResult('Mowbot', mower, done('pause', { activity: 'stopped' }), [], [])).toBe('Mowbot: activity is stopped, nothing to pause.');
  });

  it('says "already" for a call not sent because the device was there', () => {
    expect(sayResult('Mowbot', mower, done('park', { activity: 'parked' }), [], [0])).toBe('Mowbot: already parked.');
  });
});
