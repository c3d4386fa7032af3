import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { withChatSpellings } from '../src/mapper/chat-spellings';

// A document written for this test: a parcel locker bank that finds free lockers, lists what a locker holds and reads its battery.
const lockers = {
  type: 'parcel_lockers', title: 'Parcel locker bank', description: 'A bank of numbered parcel lockers in a building lobby.', domain: 'home', version: '1.0.0', nouns: ['locker bank', 'lockers'],
  state: { battery: { type: 'number', description: 'Remaining battery charge.', unit: '%' } },
  functions: [
    { name: 'find_free_lockers', description: 'Finds the empty compartments in the given column and returns their numbers.', kind: 'query', parameters: [{ name: 'column', type: 'integer', minimum: 1, maximum: 8, required: true, description: 'Column number.' }], returns: { type: 'array', description: 'Free compartment numbers.' } },
    { name: 'list_parcels', description: 'Reads the labels of the parcels stored in the given column.', kind: 'query', parameters: [{ name: 'column', type: 'integer', minimum: 1, maximum: 8, required: true, description: 'Column number.' }], returns: { type: 'array', description: 'Parcel labels.' } },
    { name: 'get_battery', description: 'Reads the remaining battery charge of the locker bank.', kind: 'query', parameters: [], returns: { type: 'number', description: 'Remaining charge.' } },
  ],
} as unknown as DeviceDescription;

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('chat spellings of the addressee are read as the words (chat-spellings.ts)', () => {
  it('reads "u", "ur", "urself" and "yr" as the second person, keeping the case typed', () => {
    expect(withChatSpellings('could u check column 3 for space')).toBe('could you check column 3 for space');
    expect(withChatSpellings('whats ur charge at')).toBe('whats your charge at');
    expect(withChatSpellings('U can lock urself now')).toBe('You can lock yourself now');
    expect(withChatSpellings('is yr battery low')).toBe('is your battery low');
  });

  it('reads "r" as "are" only beside the addressee or after a question word', () => {
    expect(withChatSpellings('where r u')).toBe('where are you');
    expect(withChatSpellings('r u there')).toBe('are you there');
    expect(withChatSpellings('set column r to 3')).toBe('set column r to 3');
  });

  it('leaves names, keys and quoted words as typed', () => {
    expect(withChatSpellings('add a u-bend to the list')).toBe('add a u-bend to the list');
    expect(withChatSpellings("join 'u' with key ur2026")).toBe("join 'u' with key ur2026");
    expect(withChatSpellings("name it U2")).toBe('name it U2');
  });
});

describe('a request typed with chat spellings maps as the words it stands for', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: lockers });
  }, 60_000);

  it.each([
    ['could u check column 3 for space', ['find_free_lockers']],
    ['can u see if column 5 has room', ['find_free_lockers']],
    ['could u tell me what parcels r in column 2', ['list_parcels']],
    ['whats ur battery at', ['get_battery']],
  ])('"%s"', async (said, expected) => {
    expect(called(await mapper.map(said, { battery: 80 }))).toEqual(expected);
  });
});
