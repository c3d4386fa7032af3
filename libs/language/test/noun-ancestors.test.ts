import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';

// WordNet's noun hierarchy, as the planner reads kinds of devices from it (issue #17).
const { wordNet } = openWordNet();

describe.skipIf(!wordNet)('WordNet: what a noun names a kind of', () => {
  it.each([
    ['radiator', 'heater'],
    ['radiators', 'heater'],
    ['convector', 'heater'],
    ['spotlight', 'lamp'],
  ])('a %s is one step below a %s', (word, broader) => {
    expect(wordNet!.nounAncestors(word).get(broader)).toBe(1);
  });

  it('counts the steps to a broader noun further up', () => {
    expect(wordNet!.nounAncestors('radiator').get('device')).toBe(2);
    expect(wordNet!.nounAncestors('lamp').get('artifact')).toBeGreaterThan(2);
  });

  it('reads only the commonest senses: "music" and "noise" are no made things, a lamp and a heater are', () => {
    expect(wordNet!.nounAncestors('music').has('artifact')).toBe(false);
    expect(wordNet!.nounAncestors('noise').has('artifact')).toBe(false);
    expect(wordNet!.nounAncestors('heater').has('artifact')).toBe(true);
    expect(wordNet!.nounAncestors('lamp').has('light')).toBe(false);
  });

  it('is empty for a word that is no noun', () => {
    expect(wordNet!.nounAncestors('quickly').size).toBe(0);
    expect(wordNet!.nounAncestors('downlightz').size).toBe(0);
  });
});
