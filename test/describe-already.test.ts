import { describe, expect, it } from 'vitest';
import { describeAlready } from '@meshmind/device-agent';
import { getDeviceDescription } from '@meshmind/devices';

const description = (type: string) => getDeviceDescription(type)!;
const fn = (type: string, name: string) => description(type).functions.find((candidate) => candidate.name === name)!;

describe('describeAlready: what to say for an action the device was already done with (#17 class 10)', () => {
  it('says the state word the effect names', () => {
    expect(describeAlready('Back door', fn('lock', 'lock'), description('lock'), { lock_state: 'locked' })).toBe('Back door: already locked.');
    expect(describeAlready('Attic blind', fn('cover', 'close_cover'), description('cover'), { position: 0, cover_state: 'closed' })).toBe('Attic blind: already closed.');
    expect(describeAlready('Hose tap', fn('valve', 'close_valve'), description('valve'), { valve_state: 'closed', remaining_minutes: 0 })).toBe('Hose tap: already closed.');
  });

  it('says on or off for a switch', () => {
    expect(describeAlready('Tea urn', fn('switch', 'turn_off'), description('switch'), { on: false })).toBe('Tea urn: already off.');
    expect(describeAlready('Desk lamp', fn('light', 'turn_on'), description('light'), { on: true, brightness: 80 })).toBe('Desk lamp: already on.');
  });

  it('says the setting and its value, with its unit, for a number', () => {
    const setter = fn('climate', 'set_temperature');
    expect(describeAlready('Hall radiator', setter, description('climate'), { mode: 'heat', target_temperature: 20 })).toMatch(/^Hall radiator: target temperature already 20 \S+\.$/);
  });
});
