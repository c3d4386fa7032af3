import { describe, expect, it } from 'vitest';
import { alternation, en, enPlanning, type PlanningLanguageData } from '@meshmind/language';

/** Every word list of the planning data with its path ("questions.any.quantifiers"), however deep it sits. */
function wordLists(data: unknown, path: string[] = []): Array<{ path: string; words: readonly string[] }> {
  if (Array.isArray(data)) return [{ path: path.join('.'), words: data as string[] }];
  if (data !== null && typeof data === 'object') return Object.entries(data).flatMap(([key, value]) => wordLists(value, [...path, key]));
  return [];
}

const planning: PlanningLanguageData = enPlanning;
const lists = wordLists(planning);

describe('English planning data (en-planning.ts)', () => {
  it('has the lists the coordinator reads, none of them empty', () => {
    expect(lists.length).toBeGreaterThan(30);
    for (const list of lists) expect(list.words.length, list.path).toBeGreaterThan(0);
  });

  it('writes no word twice within one list', () => {
    for (const list of lists) {
      const lower = list.words.map((word) => word.toLowerCase());
      const repeated = lower.filter((word, index) => lower.indexOf(word) !== index);
      expect(repeated, list.path).toEqual([]);
    }
  });

  it('holds words and phrases only: lower case, no pattern syntax, single spaces', () => {
    for (const list of lists) {
      for (const word of list.words) {
        expect(word, list.path).toBe(word.toLowerCase().trim());
        expect(word, list.path).not.toMatch(/\s{2,}|[\\()[\]|*+?^$]/);
      }
    }
  });

  it('gives alternations that match each of their words whole, in running text too', () => {
    for (const list of lists) {
      const whole = new RegExp(`^(?:${alternation(list.words)})$`, 'i');
      const inText = new RegExp(`(?:^|\\s)(${alternation(list.words)})(?=\\s|$)`, 'i');
      for (const word of list.words) {
        expect(whole.test(word), `${list.path}: ${word}`).toBe(true);
        expect(whole.test(word.toUpperCase()), `${list.path}: ${word} in capitals`).toBe(true);
        // Longest first: a phrase is found whole, not cut at a shorter word it starts with ("only if", not "only").
        // Between words no list holds ("so" is an answer word of conditions.elliptical now).
        expect(inText.exec(`zz ${word} zz`)?.[1], `${list.path}: ${word}`).toBe(word);
      }
    }
  });

  it('composes the classes en.ts already has instead of writing them again', () => {
    expect(planning.questions.whichAskers).toBe(en.answerKinds.thingAskers);
    expect(planning.code).toBe(en.code);
  });
});
