import { describe, expect, it } from 'vitest';
import { withoutSelfReferences } from '../src/mapper/self-references';

/**
 * A device named with an accent ("Café Order", "Crèche Lights") is typed without it: the agent reads
 * its own name out of the request either way, so the name is never taken for part of a list item
 * or a value (foxglove-garden-centre: "add flapjacks, soup and napkins to the cafe order" added
 * "napkins to the cafe order").
 */
const ORDER = { names: ['Café Order', 'kitchen order'], words: ['list', 'Café Kitchen'] };
const LIGHTS = { names: ['Crèche Lights'], words: ['light', 'lights', 'Nursery'] };

describe('self-references: a name typed without its accents is still the device\'s own', () => {
  it.each([
    ['add flapjacks, soup and napkins to the cafe order', 'add flapjacks, soup and napkins'],
    ['add napkins to the Café Order', 'add napkins'],
  ])('"%s" reads as "%s"', (text, expected) => {
    expect(withoutSelfReferences(text, ORDER).replace(/[.\s]+$/, '')).toBe(expected);
  });

  it('reads the same as the alias typed in its place', () => {
    for (const text of ['put lemons on the cafe order', 'tick scones off the cafe order']) {
      expect(withoutSelfReferences(text, ORDER)).toBe(withoutSelfReferences(text.replace('cafe order', 'kitchen order'), ORDER));
    }
  });

  it('a name with accents is read out where it is typed with other accents or none', () => {
    expect(withoutSelfReferences('dim the creche lights to 40%', LIGHTS)).not.toMatch(/creche/i);
    expect(withoutSelfReferences('turn the crèche lights off', LIGHTS)).not.toMatch(/cr[eè]che/i);
  });

  it('words that only look alike stay', () => {
    expect(withoutSelfReferences('add cafe au lait to the kitchen order', ORDER)).toMatch(/cafe au lait/);
  });
});
