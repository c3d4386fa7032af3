import { describe, expect, it } from 'vitest';
import { callsByName } from '../src/mapper/scope';

// The stems a device's references name it by are read once per references object (an agent keeps
// one for its life): asked again they answer the same, and a list replaced or grown is read anew.
describe('a device called by its own name, its references read once', () => {
  it('answers the same when asked again with the same references', () => {
    const references = { names: ['Fern mister'], words: ['humidifier', 'conservatory'], kinds: ['humidifier'] };
    for (let round = 0; round < 3; round += 1) {
      expect(callsByName('fern mister, spray the ferns', references)).toBe(true);
      expect(callsByName('humidifier, spray the orchids', references)).toBe(false);
    }
  });

  it('reads a name added to the list after an earlier call', () => {
    const names = ['Humidifier 2'];
    const references = { names, words: ['humidifier'], kinds: ['humidifier'] };
    expect(callsByName('orchid misting, please', references)).toBe(false);
    names.push('Orchid mist');
    expect(callsByName('orchid misting, please', references)).toBe(true);
  });

  it('reads a list replaced by another: a word that became a kind noun no longer names it', () => {
    const references: { names: readonly string[]; words: readonly string[]; kinds?: readonly string[] } = { names: ['Sprayer'], words: ['mister'] };
    expect(callsByName('sprayer on', references)).toBe(true);
    references.words = ['mister', 'sprayer'];
    expect(callsByName('sprayer on', references)).toBe(false);
  });
});
