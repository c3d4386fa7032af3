import { beforeAll, describe, expect, it } from 'vitest';
import { getDeviceDescription } from '@meshmind/devices';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper } from '@meshmind/rag';
import { splitItems } from '@meshmind/language';
import { takesOneItem } from '../src/arguments/list-items';
import { itemValue } from '../src/arguments/string-values';

describe('splitItems: coordinated noun phrases are several items', () => {
  it('splits "X and Y" into two items', () => {
    expect(splitItems('bread and butter')).toEqual(['bread', 'butter']);
  });
  it('splits a comma list with a last "and", dropping articles', () => {
    expect(splitItems('nails, a drill bit and some glue')).toEqual(['nails', 'drill bit', 'glue']);
  });
  it('splits an Oxford comma and "or"', () => {
    expect(splitItems('rice, pasta, and noodles')).toEqual(['rice', 'pasta', 'noodles']);
    expect(splitItems('cheddar or brie')).toEqual(['cheddar', 'brie']);
  });
  it('splits "plus" and "as well as", said between things as "and" is', () => {
    expect(splitItems('firelighters plus kindling')).toEqual(['firelighters', 'kindling']);
    expect(splitItems('a torch as well as  some spare bulbs')).toEqual(['torch', 'spare bulbs']);
    expect(splitItems('twine, pegs as well as a mallet')).toEqual(['twine', 'pegs', 'mallet']);
  });
  it('keeps a single item whole', () => {
    expect(splitItems('washing up liquid')).toEqual(['washing up liquid']);
  });
  it('spreads items only over a function with one free-text parameter', () => {
    const nameOrSecret = (name: string) => /name|password/.test(name);
    expect(takesOneItem([{ name: 'item', type: 'string' }], nameOrSecret)).toBe(true);
    expect(takesOneItem([{ name: 'network_name', type: 'string' }], nameOrSecret)).toBe(false);
    expect(takesOneItem([{ name: 'item', type: 'string' }, { name: 'due', type: 'string' }], nameOrSecret)).toBe(false);
  });
});

describe('itemValue: the item without the command around it', () => {
  it('drops a verb it does not know when a place phrase closes the item', () => {
    expect(itemValue('Stick bin bags on the shopping list.')).toBe('bin bags');
    expect(itemValue('Pop some sugar onto the grocery list')).toBe('sugar');
  });
  it('drops an opening verb WordNet knows where the list name was read out', () => {
    const isVerb = (word: string) => ['stick', 'pop', 'bung'].includes(word);
    expect(itemValue('Stick bin bags', isVerb)).toBe('bin bags');
    expect(itemValue('Bung some cheese', isVerb)).toBe('cheese');
    expect(itemValue('Stick bin bags')).toBe('Stick bin bags');
  });
  it('drops a courtesy word at the end', () => {
    expect(itemValue('Add flour to the list please')).toBe('flour');
    expect(itemValue('add candles, thanks')).toBe('candles');
  });
  it('drops a preposition left where the list name was read out', () => {
    expect(itemValue('Put a tape measure on the')).toBe('tape measure');
    expect(itemValue('add lemons to the please')).toBe('lemons');
  });
});

describe('a list device adds each of several items', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: getDeviceDescription('todo_list')! });
  });
  it('makes one add_item call per item', async () => {
    const result = await mapper.map('Add milk, cereal and bananas to the shopping list.');
    expect(result.kind).toBe('call');
    if (result.kind !== 'call') return;
    expect(result.calls.map((call) => [call.function, call.arguments.item])).toEqual([
      ['add_item', 'milk'],
      ['add_item', 'cereal'],
      ['add_item', 'bananas'],
    ]);
  });
  it('reads "put X on the list" as adding, by the path its preposition gives', async () => {
    for (const said of ['Put eggs on the shopping list.', 'Stick oranges on my list.', 'Pop batteries onto the list.']) {
      const references = { names: ['Shopping list'], words: ['list', 'shopping list'] };
      // Read without the list's name, a near tie with list_items may be declined; never a wrong call.
      const read = await mapper.map(said, {}, { references });
      if (read.kind === 'call') expect([read.calls[0]!.function, read.calls[0]!.arguments.item], said).toEqual(['add_item', said.split(' ')[1]]);
      else expect(read.reason, said).toMatch(/about equally/);
      const result = await mapper.map(said);
      if (result.kind === 'call') expect(result.calls[0]!.function, said).toBe('add_item');
      else expect(result.reason, said).toMatch(/about equally/);
    }
    // The plainest phrasing is never a near tie.
    expect(await mapper.map('Put eggs on the shopping list.')).toMatchObject({ kind: 'call', calls: [{ function: 'add_item', arguments: { item: 'eggs' } }] });
  });
  it('reads "take X off the list" as taking it away, never adding', async () => {
    const result = await mapper.map('Take the cheese off the shopping list.');
    expect(result.kind === 'call' ? result.calls[0]!.function : 'none').not.toBe('add_item');
  });
  it('keeps a quoted item as one', async () => {
    const result = await mapper.map('Add "salt and vinegar crisps" to the list.');
    expect(result).toMatchObject({ kind: 'call', calls: [{ function: 'add_item', arguments: { item: 'salt and vinegar crisps' } }] });
  });
  it('ticks off two items', async () => {
    const result = await mapper.map('Tick off soap and shampoo on my shopping list.');
    expect(result.kind === 'call' ? result.calls.map((call) => [call.function, call.arguments.item]) : result).toEqual([
      ['complete_item', 'soap'],
      ['complete_item', 'shampoo'],
    ]);
  });
});

describe('path of a request and of a function description', () => {
  const nouns = new Set(['list', 'shopping']);
  it('reads onto and off the device', async () => {
    const { functionPath, requestPath } = await import('../src/mapper/path');
    expect(functionPath('Adds an item to the end of the list.', nouns)).toBe(1);
    expect(functionPath('Deletes an item from the list.', nouns)).toBe(-1);
    expect(functionPath('Reads the items that are still on the list.', nouns)).toBe(0);
    expect(requestPath('put eggs on the shopping list', nouns)).toBe(1);
    expect(requestPath('tick off rye bread on the shopping list', nouns)).toBe(-1);
    expect(requestPath('put eggs on the', nouns)).toBe(1);
    expect(requestPath('what is on sale', nouns)).toBe(0);
  });
});
