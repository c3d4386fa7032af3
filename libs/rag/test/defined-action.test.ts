import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { normaliseApiDocument } from '../src/api-document';
import { functionViews } from '../src/mapper/function-views';
import { DefinedActions } from '../src/mapper/defined-action';

// Documents written for this test, not types of the homes or warehouse dialects the evals use: a
// library book cart and a pharmacy drawer robot, each with a move, a listing of what is stored and a
// search for gaps that all take the same numbered thing. Neither document says "inventory".
const bookcase = { name: 'bookcase', type: 'integer', description: 'Bookcase number.', minimum: 1, maximum: 40 } as const;
const cart: DeviceDescription = {
  type: 'book_cart',
  title: 'Library book cart',
  description: 'A robot book cart that drives between the bookcases of a library.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['cart'],
  state: {},
  functions: [
    { name: 'go_to_bookcase', description: 'Moves the cart to the bookcase with the given number.', kind: 'action', parameters: [bookcase] },
    { name: 'list_bookcase_items', description: 'Lists the titles of the items standing in a bookcase.', kind: 'query', parameters: [bookcase], returns: { type: 'string_list', description: 'Titles.' } },
    { name: 'find_gaps', description: 'Finds the empty places in a bookcase.', kind: 'query', parameters: [bookcase], returns: { type: 'string_list', description: 'Places.' } },
    { name: 'return_to_desk', description: 'Returns the cart to the front desk.', kind: 'action', parameters: [] },
    { name: 'battery_level', description: 'Reports the charge left in the battery.', kind: 'query', parameters: [], returns: { type: 'integer', description: 'Charge.', unit: '%' } },
  ],
};

const drawer = { name: 'drawer', type: 'integer', description: 'Drawer number.', minimum: 1, maximum: 60 } as const;
const pharmacy: DeviceDescription = {
  type: 'drawer_robot',
  title: 'Pharmacy drawer robot',
  description: 'A robot arm that serves the numbered drawers of a pharmacy.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['robot'],
  state: {},
  functions: [
    { name: 'reach_drawer', description: 'Moves the arm to the drawer with the given number.', kind: 'action', parameters: [drawer] },
    { name: 'read_drawer_labels', description: 'Reads the labels of the items kept in a drawer.', kind: 'query', parameters: [drawer], returns: { type: 'string_list', description: 'Labels.' } },
    { name: 'count_empty_compartments', description: 'Counts the empty compartments of a drawer.', kind: 'query', parameters: [drawer], returns: { type: 'integer', description: 'Compartments.' } },
  ],
};

const lexicon = openLexicon();
const wordNet = lexicon.wordNet;
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => [call.function, call.arguments]) : result.reason);

function definedActions(description: DeviceDescription): DefinedActions {
  const document = normaliseApiDocument(description);
  return new DefinedActions(document.functions, functionViews(document, lexicon).documents, lexicon);
}

describe.skipIf(!wordNet)('an action the document has no word for, read by its WordNet definition (mapper/defined-action.ts)', () => {
  it('reads the definitions of a word, commonest sense first, without their examples', () => {
    expect(wordNet!.definitions('inventory', 'noun')[0]).toBe('a detailed list of all the items in stock');
    expect(wordNet!.definitions('inventory', 'verb')).toEqual(['make or include in an itemized record or report']);
    expect(wordNet!.definitions('qwxz', 'noun')).toEqual([]);
  });

  it('points an unknown action at the function whose words its definition says', () => {
    const defined = definedActions(cart);
    const fits = (query: string) => normaliseApiDocument(cart).functions.map((fn) => [fn.name, defined.fit(fn, query)]);
    expect(fits('inventory of bookcase 3')).toEqual([['go_to_bookcase', 0], ['list_bookcase_items', 1], ['find_gaps', 0], ['return_to_desk', 0], ['battery_level', 0]]);
    expect(fits('Inventory bookcase 12 for me')).toEqual(fits('inventory of bookcase 3'));
  });

  it('says nothing where the document has a word for the action, or where the request opens with no verb', () => {
    const defined = definedActions(cart);
    for (const fn of normaliseApiDocument(cart).functions) {
      expect(defined.fit(fn, 'go to bookcase 3')).toBe(0);
      expect(defined.fit(fn, 'list the titles in bookcase 3')).toBe(0);
      expect(defined.fit(fn, 'what is in bookcase 3')).toBe(0);
    }
  });

  it('reads a noun used as a verb by what its noun and verb definitions both say, not by a word of one of them', () => {
    // "latch": the noun is "a doorlock that can only be opened from the outside with a key", the verb
    // "fasten with a latch"; latching a gate is no opening of it.
    const gate: DeviceDescription = {
      type: 'gate_opener',
      title: 'Garden gate opener',
      description: 'A motor that swings a garden gate.',
      domain: 'home',
      version: '1.0.0',
      nouns: ['gate'],
      state: {},
      functions: [
        { name: 'open_gate', description: 'Swings the gate open.', kind: 'action', parameters: [] },
        { name: 'close_gate', description: 'Swings the gate shut.', kind: 'action', parameters: [] },
      ],
    };
    const defined = definedActions(gate);
    for (const fn of normaliseApiDocument(gate).functions) expect(defined.fit(fn, 'latch the gate')).toBe(0);
  });

  it('reads no verb that is only a verb by its definition: "dim" is defined by the headlights it switches', () => {
    const heater: DeviceDescription = {
      type: 'heater_switch',
      title: 'Heater switch',
      description: 'A smart switch on a patio heater.',
      domain: 'home',
      version: '1.0.0',
      nouns: ['heater'],
      state: {},
      functions: [
        { name: 'switch_on', description: 'Switches the heater on.', kind: 'action', parameters: [] },
        { name: 'switch_off', description: 'Switches the heater off.', kind: 'action', parameters: [] },
        { name: 'is_on', description: 'Whether the heater is on.', kind: 'query', parameters: [], returns: { type: 'boolean', description: 'On.' } },
      ],
    };
    const defined = definedActions(heater);
    for (const fn of normaliseApiDocument(heater).functions) expect(defined.fit(fn, 'dim the heater')).toBe(0);
  });

  describe('through the mapper', () => {
    let cartMapper: ApiMapper;
    let pharmacyMapper: ApiMapper;
    beforeAll(async () => {
      const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
      cartMapper = await createApiMapper({ embedder, lexicon, document: cart, selfNoun: 'cart' });
      pharmacyMapper = await createApiMapper({ embedder, lexicon, document: pharmacy, selfNoun: 'robot' });
    }, 120_000);

    it.each([
      ['Take an inventory of bookcase 3', 3],
      ['inventory bookcase 12 for me', 12],
      ['could you inventory the second bookcase', 2],
    ])('lists what stands in the bookcase for "%s", not a drive to it', async (request, number) => {
      expect(called(await cartMapper.map(request))).toEqual([['list_bookcase_items', { bookcase: number }]]);
    });

    it.each([
      ['Take an inventory of drawer 14', 14],
      ['Inventory drawer 9, please.', 9],
      ['please take an inventory of the fifth drawer', 5],
    ])('reads the labels in the drawer for "%s"', async (request, number) => {
      expect(called(await pharmacyMapper.map(request))).toEqual([['read_drawer_labels', { drawer: number }]]);
    });

    it('still moves where the request says to go', async () => {
      expect(called(await cartMapper.map('go to bookcase 7'))).toEqual([['go_to_bookcase', { bookcase: 7 }]]);
      expect(called(await pharmacyMapper.map('move the arm to drawer 3'))).toEqual([['reach_drawer', { drawer: 3 }]]);
    });
  });
});
