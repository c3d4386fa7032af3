import { describe, expect, it } from 'vitest';
import { composeAnswer, type FinishedStep } from '../src/answer';

/** A how-many question's step answered by a device with `value`. */
function answered(id: string, deviceName: string, message: string, value: unknown, expect: string): FinishedStep {
  return {
    step: { id, deviceId: id, text: 'how many?', after: [], question: { group: 'q1', form: 'how_many', expect, text: 'how many?' } },
    deviceName,
    status: 'done',
    message,
    result: { deviceId: id, goalId: 'g1', outcome: 'done', message, state: {}, calls: [{ function: 'list_items', arguments: {}, result: value }], value } as unknown as NonNullable<FinishedStep['result']>,
  };
}

describe('a how-many question answered by lists counts their items', () => {
  it.each([
    [['flour', 'eggs', 'yeast', 'salt'], 'things', 4],
    [['mow the lawn'], 'jobs', 1],
    [[], 'items', 0],
  ])('%j asked about "%s" counts %s', (items, word, count) => {
    const answer = composeAnswer([answered('a', 'Bakery Order', `Bakery Order: items are ${items.join(', ')}.`, items, word)], []);
    expect(answer.startsWith(`${count}.`)).toBe(true);
    expect(answer).not.toMatch(/could not tell/);
  });

  it('adds the items of two lists', () => {
    const answer = composeAnswer([answered('a', 'Garden Jobs', 'Garden Jobs: items are weed, prune.', ['weed', 'prune'], 'things'), answered('b', 'House Jobs', 'House Jobs: items is hoover.', ['hoover'], 'things')], []);
    expect(answer.startsWith('3.')).toBe(true);
  });

  it('leaves device counts to the verdicts: readings that are no lists are not counted', () => {
    const answer = composeAnswer([answered('a', 'Porch Light', 'Porch Light: on is yes.', true, 'on'), answered('b', 'Hall Light', 'Hall Light: on is no.', false, 'on')], []);
    expect(answer).toBe('1 (Porch Light).');
  });
});
