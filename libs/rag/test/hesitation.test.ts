import { describe, expect, it } from 'vitest';
import { withoutHesitations } from '../src/mapper/hesitation';

describe('hesitations and restarted words are read off a spoken request', () => {
  it('reads off "um", "uh", "erm" wherever they stand, with the comma they were set off by', () => {
    expect(withoutHesitations('um put uh oat milk on the list')).toBe('put oat milk on the list');
    expect(withoutHesitations('erm, could you uh dim the porch lamp')).toBe('could you dim the porch lamp');
    expect(withoutHesitations('is the greenhouse vent open, hmm?')).toBe('is the greenhouse vent open?');
  });

  it('reads off "like" said between a polite ask and its verb, not "like" the verb', () => {
    expect(withoutHesitations('can you like dim the porch lamp')).toBe('can you dim the porch lamp');
    expect(withoutHesitations('would you like to dim the porch lamp')).toBe('would you like to dim the porch lamp');
    expect(withoutHesitations('would you like some music')).toBe('would you like some music');
  });

  it('says a word said twice as a restart once', () => {
    expect(withoutHesitations('switch the the porch lamp off')).toBe('switch the porch lamp off');
    expect(withoutHesitations('drive to bay uh bay 7')).toBe('drive to bay 7');
  });

  it('leaves a request of hesitations only, and a quoted name, as said', () => {
    expect(withoutHesitations('uh um')).toBe('uh um');
    expect(withoutHesitations('fan speed to uh')).toBe('fan speed to uh');
    expect(withoutHesitations('join the network "uh oh"')).toBe('join the network "uh oh"');
    expect(withoutHesitations("don't open the vent")).toBe("don't open the vent");
  });
});
