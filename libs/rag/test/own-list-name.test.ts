import { describe, expect, it } from 'vitest';
import { itemValue } from '../src/arguments/string-values';
import { withOwnListNamed } from '../src/mapper/own-list-name';

// Lists of our own: a larder list whose aliases say no "list", a list of jobs named by its owner.
const larder = { names: ['Larder', 'pantry', 'groceries'], words: ['list', 'kitchen'] };
const jobs = { names: ['Odd Jobs List', "mum's jobs"], words: ['list'] };

describe("a list's own name or alias in a place phrase ends the item (#17 lists)", () => {
  it.each([
    ['stick jam on the groceries', 'jam'],
    ['pop oat cakes onto the pantry.', 'oat cakes'],
    ['chuck foil in the larder, ta', 'foil'],
    ['bung some tin foil on our groceries', 'tin foil'],
  ])('"%s" adds "%s"', (text, item) => {
    expect(itemValue(withOwnListNamed(text, larder, true), () => true)).toBe(item);
  });

  it('reads the owner and the name together', () => {
    expect(withOwnListNamed("stick paint the shed on mum's jobs", jobs, true)).toBe('stick paint the shed on the list');
  });

  it('leaves a name that already ends with a list noun, a name inside the item, and a device that keeps no items', () => {
    expect(withOwnListNamed('put jam on the odd jobs list', jobs, true)).toBe('put jam on the odd jobs list');
    expect(withOwnListNamed('add pantry moth traps', larder, true)).toBe('add pantry moth traps');
    expect(withOwnListNamed('put the groceries on the pantry shelf', larder, true)).toBe('put the groceries on the pantry shelf');
    expect(withOwnListNamed('stick jam on the groceries', larder, false)).toBe('stick jam on the groceries');
    expect(withOwnListNamed('stick jam on the groceries', undefined, true)).toBe('stick jam on the groceries');
  });
});

describe('a verb before an infinitive on a list (#17 lists)', () => {
  it.each([
    ["remember to sweep the yard on mum's jobs", 'sweep the yard'],
    ['note to call the vet on the odd jobs list', 'call the vet'],
  ])('"%s" adds "%s"', (text, item) => {
    expect(itemValue(withOwnListNamed(text, jobs, true), () => true)).toBe(item);
  });

  it('keeps "to" where no verb follows it', () => {
    expect(itemValue('jot to the shops', (word) => word === 'jot')).toBe('to the shops');
  });
});
