import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { antecedentObject, referredClause } from '../src/arguments/antecedent-item';
import { itemValue } from '../src/arguments/string-values';

const { wordNet } = openWordNet();
const isVerb = (word: string) => wordNet?.isVerb(word) ?? false;

describe('itemValue: "it" in a list request stands for the object of the clause it refers to (#17 lists)', () => {
  it.each([
    ["We've run out of washing powder, put it on the shopping list.", 'washing powder'],
    ["we're low on olive oil, add it to the list", 'olive oil'],
    ['the dog needs biscuits, stick it on my list', 'biscuits'],
    ['I finished the orange juice, add it to the groceries', 'orange juice'],
    ["we're out of rice, add it to our list please", 'rice'],
  ])('"%s" adds "%s"', (text, item) => {
    expect(itemValue(text, isVerb)).toBe(item);
  });

  it('keeps a clause that opens with a list command whole: the chore is the item', () => {
    expect(itemValue('Remind me to renew the passport, add it to the list.', isVerb)).toBe('renew the passport');
  });

  it('leaves a clause with no preposition, particle or verb after a subject as it is', () => {
    const opens = () => false;
    expect(antecedentObject('bread', opens, isVerb)).toBe('bread');
    expect(antecedentObject("we're out of", opens, isVerb)).toBe("we're out of");
  });
});

describe('itemValue: "them" after a need said as a list stands for every thing listed (#17 lists)', () => {
  it.each([
    ['we need charcoal, firelighters and matches, pop them on the camping list', 'charcoal, firelighters and matches'],
    ["we're out of basmati, lentils and cumin, stick them on the list", 'basmati, lentils and cumin'],
  ])('"%s" reads "%s"', (text, items) => {
    expect(itemValue(text, isVerb)).toBe(items);
  });

  it('reads the clauses before the pronoun together, or the first clause without one where the pronoun comes first', () => {
    const refers = (clause: string) => /\b(?:it|them)\b/.test(clause);
    expect(referredClause(['we need pegs', 'string and tape', 'add them'], refers)).toBe('we need pegs, string and tape');
    expect(referredClause(['add them', 'we need pegs'], refers)).toBe('we need pegs');
  });
});
