import { describe, expect, it } from 'vitest';
import { normaliseApiDocument, openLexicon } from '@meshmind/rag';
import type { DeviceDescription } from '@meshmind/protocol';
import { functionProfile } from '../src/mapper/evidence';
import { particleIsVerbOnly } from '../src/mapper/particle-direction';

// A hi-fi and a heater written for this test: one function wakes or warms, others step a level.
const wordNet = openLexicon().wordNet;

function profilesOf(functions: Array<{ name: string; description: string }>) {
  const description = { type: 'test', title: 'Test device', state: {}, functions: functions.map((fn) => ({ kind: 'action' as const, parameters: [], ...fn })) } as unknown as DeviceDescription;
  return normaliseApiDocument(description).functions.map((fn) => functionProfile(fn, fn.name.split('_'), 'en'));
}

const hifi = profilesOf([
  { name: 'power_on', description: 'Wakes the amplifier from standby.' },
  { name: 'power_off', description: 'Puts the amplifier into standby.' },
  { name: 'louder', description: 'Raises the volume by one step.' },
  { name: 'softer', description: 'Lowers the volume by one step.' },
]);
const words = (text: string) => text.toLowerCase().split(/\s+/);

describe.skipIf(!wordNet)('the up or down of a phrasal verb that means a function with no direction', () => {
  it('reads "wake up", "awaken" and the like as the verb, not as "louder"', () => {
    expect(particleIsVerbOnly(words('wake up the amp'), hifi, wordNet)).toBe(true);
    expect(particleIsVerbOnly(words('please wake the stereo up'), hifi, wordNet)).toBe(false);
    expect(particleIsVerbOnly(words('could you wake up the hifi'), hifi, wordNet)).toBe(true);
  });

  it('keeps the direction of a particle whose verb names no function of the document', () => {
    expect(particleIsVerbOnly(words('turn it up'), hifi, wordNet)).toBe(false);
    expect(particleIsVerbOnly(words('turn up the volume'), hifi, wordNet)).toBe(false);
    expect(particleIsVerbOnly(words('crank it up a bit'), hifi, wordNet)).toBe(false);
    expect(particleIsVerbOnly(words('turn the music down'), hifi, wordNet)).toBe(false);
  });

  it('keeps the direction where the synonym names a function that raises or lowers', () => {
    const heater = profilesOf([
      { name: 'turn_on', description: 'Switches the heater on.' },
      { name: 'warm_up', description: 'Raises the set temperature by one degree.' },
    ]);
    // warm_up's synonym "warm" names the step function itself: the particle still says "up".
    expect(particleIsVerbOnly(words('warm up the room'), heater, wordNet)).toBe(false);
  });
});
