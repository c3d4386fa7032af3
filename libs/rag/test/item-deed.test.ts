import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { verbPath } from '../src/mapper/item-deed';

// A device written for this test: a packing list for a trip, worded unlike the catalog's to-do list.
const packing: DeviceDescription = {
  type: 'packing_list', title: 'Packing list', description: 'The things to pack for a trip.', domain: 'home', version: '1.0.0',
  nouns: ['packing list', 'list'],
  state: { entries: { type: 'string_list', description: 'Things still to pack.' } },
  functions: [
    { name: 'add_entry', description: 'Adds a thing to pack to the packing list.', kind: 'action', parameters: [{ name: 'entry', type: 'string', description: "The thing to pack, e.g. 'sun cream' or 'charge the camera'." }] },
    { name: 'tick_entry', description: 'Ticks a packed thing off the list.', kind: 'action', parameters: [{ name: 'entry', type: 'string', description: 'The thing packed, as written.' }] },
    { name: 'remove_entry', description: 'Deletes a thing from the list without ticking it off.', kind: 'action', parameters: [{ name: 'entry', type: 'string', description: 'The thing to delete, as written.' }] },
    { name: 'read_entries', description: 'Reads the things still to pack.', kind: 'query', parameters: [] },
  ],
};
const state = { entries: ['passport', 'charger', 'towels', 'umbrella'] };

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('the path of the phrase after a verb', () => {
  const nouns = new Set(['packing', 'list']);

  it('reads a goal or a source that names the device right after the thing moved', () => {
    expect(verbPath('chuck some plasters on the packing list', nouns)).toBe(1);
    expect(verbPath('pop it onto my list please', nouns)).toBe(1);
    expect(verbPath('scratch the towels off the list', nouns)).toBe(-1);
    expect(verbPath('cross off the towels from my list', nouns)).toBe(-1);
  });

  it('reads no path where the phrase names something else or nothing is moved', () => {
    expect(verbPath('shift the towels to the bottom of the list', nouns)).toBe(0);
    expect(verbPath('mail the list to my sister', nouns)).toBe(0);
    expect(verbPath('buy everything on the packing list', nouns)).toBe(0);
    expect(verbPath('copy the packing list to the list', nouns)).toBe(0);
  });
});

describe('a command to a list whose verb no function does', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: packing });
  }, 120_000);

  it.each([
    'alphabetise the packing list',
    'print my packing list',
    'share the list with my sister',
    'purchase everything on the packing list',
    'sort my list by size',
    'prioritise the passport',
    'go through the packing list for me',
    'run through my list',
  ])('declines "%s"', async (text) => {
    expect(called(await mapper.map(text, state))).toBe('not_executable');
  });

  it('says what the deed was and what the list can do instead', async () => {
    const result = await mapper.map('print my packing list', state);
    expect(result.kind === 'not_executable' && result.reason).toMatch(/cannot print .*: none of its functions does that; it can: add entry, tick entry, remove entry/);
  });

  it.each([
    ['erase the towels', /"erase" is what remove entry does/],
    ['get rid of the umbrella', /"get rid of" is what remove entry does/],
  ])('asks which is meant where the verb of "%s" names another function than the one its words reached', async (text, reason) => {
    const result = await mapper.map(text, state);
    if (result.kind === 'call') expect(result.calls.map((call) => call.function)).toEqual(['remove_entry']);
    else expect(result.reason).toMatch(reason);
  });

  it('reads a particle after the verb as the verb\'s, not the entry\'s', async () => {
    const result = await mapper.map('mark off the charger', state);
    expect(result.kind === 'call' && result.calls[0]!.arguments).toEqual({ entry: 'charger' });
  });

  it.each([
    ['add sun cream to the packing list', 'add_entry'],
    ['stick the adapter on the list', 'add_entry'],
    ['tick off the charger', 'tick_entry'],
    ['got the passport, tick it off', 'tick_entry'],
    ['delete the umbrella', 'remove_entry'],
    ["what's on the packing list", 'read_entries'],
    ['read me the packing list', 'read_entries'],
  ])('still calls "%s"', async (text, expected) => {
    expect(called(await mapper.map(text, state))).toEqual([expected]);
  });
});
