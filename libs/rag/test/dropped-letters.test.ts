import { describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { openLexicon } from '@meshmind/rag';
import { normaliseApiDocument } from '../src/api-document';
import { chatSpelled, withDroppedLetters } from '../src/mapper/dropped-letters';

// A parcel locker bank written for this test: its words are never read as chat spellings.
const lockers = normaliseApiDocument({
  type: 'parcel_lockers', title: 'Parcel locker bank', description: 'A bank of numbered parcel lockers.', domain: 'home', version: '1.0.0', nouns: ['lockers'],
  state: {},
  functions: [
    { name: 'find_free_lockers', description: 'Finds the empty compartments in a column.', kind: 'query', parameters: [{ name: 'column', type: 'integer', minimum: 1, maximum: 8, required: true, description: 'Column number.' }] },
    { name: 'get_battery', description: 'Reads the remaining battery charge.', kind: 'query', parameters: [] },
    { name: 'join_wifi', description: 'Joins the wifi network with the given name and key.', kind: 'action', parameters: [{ name: 'name', type: 'string', required: true, description: 'Network name.' }] },
  ],
} as unknown as DeviceDescription);
const wordNet = openLexicon().wordNet!;

describe('question words and modals typed with letters left out (dropped-letters.ts)', () => {
  it('reads the one closed-class word whose letters the typed word keeps', () => {
    expect(withDroppedLetters('wat is the battery', lockers, wordNet)).toBe('what is the battery');
    expect(withDroppedLetters('wher is column 3', lockers, wordNet)).toBe('where is column 3');
    expect(withDroppedLetters('hw much charge is left', lockers, wordNet)).toBe('how much charge is left');
    expect(withDroppedLetters('cn you find a free locker in column 2', lockers, wordNet)).toBe('can you find a free locker in column 2');
    expect(withDroppedLetters('Wen will it be charged', lockers, wordNet)).toBe('When will it be charged');
    expect(withDroppedLetters('find a free locker and wen will it be charged', lockers, wordNet)).toBe('find a free locker and when will it be charged');
    expect(withDroppedLetters('ok, wat is the battery', lockers, wordNet)).toBe('ok, what is the battery');
  });

  it("reads a final s as the contracted is ('wats' is what's)", () => {
    expect(withDroppedLetters('wats in column 4', lockers, wordNet)).toBe("what's in column 4");
  });

  it('leaves words people use, names, keys and quoted words as typed', () => {
    expect(withDroppedLetters('what is the battery', lockers, wordNet)).toBe('what is the battery');
    expect(withDroppedLetters('the cows chew their cud', lockers, wordNet)).toBe('the cows chew their cud');
    // Inside a clause a short rare word is a thing's name, not a question word or a modal ("cod" keeps "could"'s letters).
    expect(withDroppedLetters('add cod liver oil daily', lockers, wordNet)).toBe('add cod liver oil daily');
    expect(withDroppedLetters('buy the cod and the hake', lockers, wordNet)).toBe('buy the cod and the hake');
    expect(withDroppedLetters('can we check my battery', lockers, wordNet)).toBe('can we check my battery');
    expect(withDroppedLetters('join the wifi Wat now', lockers, wordNet)).toBe('join the wifi Wat now');
    expect(withDroppedLetters("join 'wat' with key hw2026", lockers, wordNet)).toBe("join 'wat' with key hw2026");
    expect(withDroppedLetters('find free lockers in column 3', lockers, wordNet)).toBe('find free lockers in column 3');
  });

  it('reads the second person too, for the readers that see the request as said', () => {
    expect(chatSpelled('wat is ur battery', lockers, wordNet)).toBe('what is your battery');
    expect(chatSpelled('wher r u', lockers, wordNet)).toBe('where are you');
  });
});
