import { describe, expect, it } from 'vitest';
import { lackedNouns, openWordNet, wishOf } from '@meshmind/language';

const { wordNet } = openWordNet();

describe.skipIf(!wordNet)('felt states read through WordNet', () => {
  it('reads a failing verb of perceiving as a wish for more of what it perceives', () => {
    for (const text of ["i can't hear the wireless", 'we cannot hear the doorbell', "couldn't hear the film at all"]) {
      expect(wishOf(text, wordNet!), text).toMatchObject({ wish: 1, adjective: 'loud' });
    }
  });

  it('reads nothing where the percept names no listed scale, or the verb is no perceiving', () => {
    for (const text of ["i can't see the screen", "i can't smell the soup", "i can't stop the pump", "i can't open the hatch"]) {
      expect(wishOf(text, wordNet!), text).toBeUndefined();
    }
  });

  it('reads a state verb with no "be" sense of its own through its antonym, only of the place', () => {
    expect(wishOf("it's boiling up here", wordNet!)).toMatchObject({ wish: -1, adjective: 'hot' });
    expect(wishOf("it's really freezing", wordNet!)).toMatchObject({ wish: 1 });
    expect(wishOf('the soup is boiling', wordNet!)).toBeUndefined();
  });

  it('reads what a state of the place lacks, where the dictionary defines it so', () => {
    expect(lackedNouns("it's really stuffy in the hayloft", wordNet!)).toEqual(['air']);
    expect(lackedNouns("it's dim in the hayloft", wordNet!)).toBeUndefined();
    expect(lackedNouns('the hayloft fan is stuffy', wordNet!)).toBeUndefined();
  });
});
