import { describe, expect, it } from 'vitest';
import type { WordNet } from '@meshmind/language';
import { openLexicon } from '@meshmind/rag';
import { withElectricFilling } from '../src/mapper/electric-filling';

// Phrasings of my own to a cordless drill, a scooter and a torch: filling a battery, plugging the device in.
const wordNet = openLexicon().wordNet as WordNet | undefined;
const read = (text: string) => withElectricFilling(text, wordNet);

describe('a command whose end is the device charging', () => {
  it.skipIf(!wordNet)('reads filling something electric as recharging', () => {
    expect(read('refill the batteries')).toBe('recharge');
    expect(read('please top up the scooter battery')).toBe('recharge');
    expect(read('go fill up your battery')).toBe('recharge');
    expect(read('go and fill up your battery')).toContain('recharge');
    expect(read('charge the batteries')).toBe('recharge');
  });

  it.skipIf(!wordNet)('reads plugging the device itself in as recharging', () => {
    expect(read('plug yourself in')).toBe('recharge');
    expect(read('get yourself plugged in overnight')).toBe('recharge');
  });

  it.skipIf(!wordNet)('keeps the other clause of a two-step command', () => {
    expect(read('drive home, then top up the battery')).toContain('drive home');
    expect(read('drive home, then top up the battery')).toContain('recharge');
  });

  it.skipIf(!wordNet)('leaves a battery only mentioned, something else filled and something else plugged in', () => {
    expect(read('check the battery')).toBe('check the battery');
    expect(read('how full is the battery?')).toBe('how full is the battery?');
    expect(read('fill up the water tank')).toBe('fill up the water tank');
    expect(read('plug in the kettle')).toBe('plug in the kettle');
    expect(read('turn on the light')).toBe('turn on the light');
    expect(read('plug the socket in')).toBe('plug the socket in');
    expect(read('turn yourself on')).toBe('turn yourself on');
    expect(read('power up the socket please')).toBe('power up the socket please');
    expect(read('turn off the water')).toBe('turn off the water');
    expect(read('set the charge limit to 80')).toBe('set the charge limit to 80');
  });

  it.skipIf(!wordNet)('leaves a thing the verb is done by, not done to ("toggle": "release by a toggle switch")', () => {
    expect(read('toggle the wall switch')).toBe('toggle the wall switch');
    expect(read('Toggle the relay switch.')).toBe('Toggle the relay switch.');
    expect(read('could you toggle the switch for the lamp')).toBe('could you toggle the switch for the lamp');
    expect(read('charge the batteries')).toBe('recharge');
  });
});
