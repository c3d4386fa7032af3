import { describe, expect, it } from 'vitest';
import { createRequestReader } from '@meshmind/language';
import { openLexicon } from '@meshmind/rag';
import { normaliseApiDocument } from '../src/api-document';
import { itemCalls } from '../src/arguments/list-items';
import { listedEntries } from '../src/arguments/listed-entries';
import { withDoneReport } from '../src/mapper/done-report';
import { everyItem } from '../src/mapper/every-item';

const wordNet = openLexicon({ enabled: true }).wordNet;
const reading = createRequestReader();

// A device written for these tests: a pantry board whose shelf entries are put up and struck off.
const board = normaliseApiDocument({
  type: 'pantry_board', title: 'Pantry board', description: 'Things the pantry needs, put up and struck off.', domain: 'home', version: '1.0.0',
  nouns: ['board', 'pantry board'],
  state: { wanted: { type: 'string_list', description: 'Things still wanted.' }, struck: { type: 'string_list', description: 'Things struck off.' } },
  functions: [
    { name: 'put_up', description: 'Puts a thing up on the board.', kind: 'action', parameters: [{ name: 'thing', type: 'string', description: 'The thing wanted.' }], effects: [{ key: 'wanted', includes: 'thing' }] },
    { name: 'strike_off', description: 'Strikes a thing off the board as got.', kind: 'action', parameters: [{ name: 'thing', type: 'string', description: 'The thing, as written.' }] },
    { name: 'take_down', description: 'Takes a thing down from the board.', kind: 'action', parameters: [{ name: 'thing', type: 'string', description: 'The thing, as written.' }] },
  ],
});
const fn = (name: string) => board.functions.find((item) => item.name === name)!;
const things = (calls: Array<Record<string, unknown>>) => calls.map((call) => call.thing);

describe('listedEntries: the entries a request names, as the list writes them', () => {
  it('finds a one-word entry inside a sentence with a verb the mapper does not know', () => {
    expect(listedEntries("honestly we're fine for flour now", ['flour', 'yeast'], wordNet)).toEqual(['flour']);
  });
  it('finds a chore said in another order and tense', () => {
    expect(listedEntries('the gutters have been cleaned', ['clean the gutters', 'walk the dog'], wordNet)).toEqual(['clean the gutters']);
    expect(listedEntries('renewed the passport', ['renew the passport', 'tax the car'], wordNet)).toEqual(['renew the passport']);
  });
  it('keeps an entry with "and" in it whole', () => {
    expect(listedEntries('strike off the cheese and onion pasties', ['cheese and onion pasties', 'onion'], wordNet)).toEqual(['cheese and onion pasties']);
  });
  it('does not read a longer name off a shorter entry', () => {
    expect(listedEntries('take down the rice noodles', ['rice', 'lentils'], wordNet)).toEqual([]);
    expect(listedEntries('take down the coconut milk', ['milk', 'lentils'], wordNet)).toEqual([]);
  });
  it('names several entries in the order said', () => {
    expect(listedEntries('lentils and rice are sorted', ['rice', 'lentils', 'salt'], wordNet)).toEqual(['lentils', 'rice']);
  });
});

describe('itemCalls: one call per item, read against the list', () => {
  const wanted = { wanted: ['cheese and onion pasties', 'yeast', 'flour'], struck: [] };
  const entries = [...wanted.wanted];
  it('strikes off a listed entry with "and" in it as one item', () => {
    expect(things(itemCalls(fn('strike_off'), { thing: 'cheese' }, 'strike off the cheese and onion pasties', entries, wordNet))).toEqual(['cheese and onion pasties']);
  });
  it('takes the entry out of a sentence the item reader left whole', () => {
    expect(things(itemCalls(fn('take_down'), { thing: 'honestly we are fine for yeast' }, 'honestly we are fine for yeast', entries, wordNet))).toEqual(['yeast']);
  });
  it('keeps an item said beside the entries that the list does not hold', () => {
    expect(things(itemCalls(fn('take_down'), { thing: 'yeast and sugar' }, 'take down yeast and sugar', entries, wordNet))).toEqual(['yeast', 'sugar']);
  });
  it('keeps a WordNet "X and Y" lemma whole when putting it up, and splits a plain pair', () => {
    expect(things(itemCalls(fn('put_up'), { thing: 'fish and chips' }, 'put up fish and chips', entries, wordNet))).toEqual(['fish and chips']);
    expect(things(itemCalls(fn('put_up'), { thing: 'lentils and oats' }, 'put up lentils and oats', entries, wordNet))).toEqual(['lentils', 'oats']);
  });
  it('does not read entries into what is put up', () => {
    expect(things(itemCalls(fn('put_up'), { thing: 'we are out of flour' }, 'we are out of flour', entries, wordNet))).toEqual(['we are out of flour']);
  });
});

describe('everyItem: a quantifier for the whole list is no item', () => {
  const byName = new Map(board.functions.map((item) => [item.name, item]));
  const call = (name: string, thing: string) => ({ kind: 'call' as const, calls: [{ function: name, arguments: { thing }, confidence: 1, margin: 1 }], candidates: [], ranking: [] });
  it('declines "everything" and "all the things"', () => {
    expect(everyItem(call('take_down', 'everything'), byName, board.nouns, 'board')).toMatch(/one named item/);
    expect(everyItem(call('strike_off', 'all the things on the board'), byName, board.nouns, 'board')).toMatch(/one named item/);
  });
  it('lets a quantified item through', () => {
    expect(everyItem(call('take_down', 'all the flour'), byName, board.nouns, 'board')).toBeUndefined();
    expect(everyItem(call('put_up', 'some flour'), byName, board.nouns, 'board')).toBeUndefined();
    expect(everyItem(call('put_up', 'something for the picnic'), byName, board.nouns, 'board')).toBeUndefined();
  });
  it('asks which item an indefinite pronoun or quantifier said alone means', () => {
    for (const thing of ['something', 'anything on the board', 'some more']) expect(everyItem(call('put_up', thing), byName, board.nouns, 'board'), thing).toMatch(/names no item/);
  });
});

describe('withDoneReport: a deed said done on a listed entry is that entry ticked off', () => {
  const state = { wanted: ['flour', 'yeast', 'fix the shed door'], struck: [] };
  it('reads getting a listed thing as done', () => {
    expect(withDoneReport('we picked up the flour earlier', state, true, reading, wordNet)).toBe('mark flour as done');
    expect(withDoneReport('bought yeast', state, true, reading, wordNet)).toBe('mark yeast as done');
  });
  it('reads the entry\'s own deed said in the past as done', () => {
    expect(withDoneReport('the shed door got fixed', state, true, reading, wordNet)).toBe('mark fix the shed door as done');
  });
  it('leaves a denial, a question, a command and a thing not listed alone', () => {
    for (const text of ["we haven't bought the flour", 'did you get the flour?', 'get flour', 'bought some sugar', 'I forgot the yeast']) {
      expect(withDoneReport(text, state, true, reading, wordNet)).toBe(text);
    }
  });
});
