import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper } from '@meshmind/rag';
import { ofTimePast } from '../src/mapper/time-past-place';

// A library book-cart robot written for this test: it rolls to a numbered bay, back to its charger, and takes pictures.
const cart = {
  type: 'cart_robot', title: 'Library cart robot', description: 'A robot cart that carries books between the numbered bays of a library.', domain: 'work', version: '1.0.0', nouns: ['robot', 'cart'],
  state: { status: { type: 'enum', description: 'What it does.', values: ['idle', 'moving', 'docked'] }, last_bay: { type: 'integer', description: 'The bay it last stopped at.' } },
  functions: [
    { name: 'roll_to_bay', description: 'Moves the cart to a numbered bay.', kind: 'action', parameters: [{ name: 'bay', type: 'integer', minimum: 1, maximum: 60, description: 'The bay number.' }], effects: [{ key: 'status', value: 'moving' }] },
    { name: 'return_to_charger', description: 'Sends the cart back to its charger.', kind: 'action', parameters: [], effects: [{ key: 'status', value: 'docked' }] },
    { name: 'take_picture', description: 'Takes a picture with the front camera.', kind: 'action', parameters: [] },
    { name: 'halt', description: 'Stops the cart at once.', kind: 'action', parameters: [], effects: [{ key: 'status', value: 'idle' }] },
  ],
} as unknown as DeviceDescription;

const called = (result: Awaited<ReturnType<ApiMapper['map']>>) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('a place named through an adjective of time past (time-past-place.ts)', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: cart });
  }, 60_000);

  it('knows adjectives of time past and habit by WordNet, not others', () => {
    const wordNet = openLexicon().wordNet!;
    for (const word of ['previous', 'former', 'prior', 'earlier', 'erstwhile', 'usual', 'customary', 'recent']) expect(ofTimePast(word, wordNet), word).toBe(true);
    for (const word of ['next', 'nearest', 'empty', 'big', 'front', 'new', 'current', 'sticky', 'lowest', 'garden']) expect(ofTimePast(word, wordNet), word).toBe(false);
  });

  it.each([
    'roll back to your former spot',
    'head to the earlier bay',
    'take me back to your prior position',
    'go back to the usual place',
    'take a picture at your erstwhile location',
    "return to yesterday's spot",
    'go back to the bay from before',
    'same place as before, please',
  ])('"%s" is declined: the document reaches no such place', async (text) => {
    expect(called(await mapper.map(text, { status: 'idle' })), text).toBe('not_executable');
  });

  it.each([
    ['go back to bay 12, the one from earlier', 'roll_to_bay'],
    ['head back to your charger', 'return_to_charger'],
    ['roll to the first bay', 'roll_to_bay'],
    ['take a picture of the next visitor', 'take_picture'],
  ])('"%s" is still done: a value said, or a place the document names', async (text, fn) => {
    expect(called(await mapper.map(text, { status: 'idle' })), text).toEqual([fn]);
  });
});
