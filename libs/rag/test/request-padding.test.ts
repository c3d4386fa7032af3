import { describe, expect, it } from 'vitest';
import { itemValue } from '../src/arguments/string-values';
import { fromCommand, withoutDoneOpening } from '../src/arguments/request-padding';

// Sentences of my own: the item is the noun phrase the command takes, not the request's padding.
describe('request padding before a list command', () => {
  it('reads the clause from a command a few words in', () => {
    expect(fromCommand('plz put sponges on the list')).toBe('put sponges on the list');
    expect(fromCommand('remember to add teabags')).toBe('add teabags');
    expect(fromCommand('add rice')).toBe('add rice');
  });
  it('keeps a clause whose command comes a long way in', () => {
    expect(fromCommand('the big blue van by the gate get washed')).toBe('the big blue van by the gate get washed');
  });
  it('gives the item without the courtesy, reminder or subject before the command', () => {
    expect(itemValue('plz add rye bread')).toBe('rye bread');
    expect(itemValue('remember to add teabags to my list')).toBe('teabags');
    expect(itemValue('would u put light bulbs on the shopping list pls')).toBe('light bulbs');
    expect(itemValue('gotta buy bin liners')).toBe('bin liners');
  });
  it('drops a list noun said without a determiner', () => {
    expect(itemValue('add dusting to chores')).toBe('dusting');
    expect(itemValue('put polish on list')).toBe('polish');
  });
  it('reads a chore said done by its participle before it', () => {
    expect(withoutDoneOpening("we've finished the weeding")).toEqual({ item: 'the weeding', stated: true });
    expect(itemValue("I've finished the weeding")).toBe('weeding');
    expect(itemValue('done with the dusting')).toBe('dusting');
    expect(itemValue('completed sorting the garage')).toBe('sorting the garage');
    expect(withoutDoneOpening('donuts')).toEqual({ item: 'donuts', stated: false });
  });
  it('reads the list\'s own command said alone as the imperative, whose object may open with a verb', () => {
    expect(withoutDoneOpening('complete put the bins out')).toEqual({ item: 'complete put the bins out', stated: false });
    expect(itemValue('complete put the bins out')).toBe('put the bins out');
    expect(itemValue('finish take the dog for a walk')).toBe('take the dog for a walk');
  });
});
