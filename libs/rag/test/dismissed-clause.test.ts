import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import { normaliseApiDocument } from '../src/api-document';
import type { MapResult } from '../src/mapper/api-mapper-options';
import { withoutDismissedClause } from '../src/mapper/dismissed-clause';

// A hospital courier cart written for this test: a ward or a stop put out of mind before the one meant is not where it goes.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet!;

const courierCart = {
  type: 'courier_cart',
  title: 'Courier cart',
  nouns: ['cart', 'courier cart'],
  state: {
    ward: { type: 'integer', description: 'Ward the cart stands at (0: none).', minimum: 0, maximum: 30 },
    docked: { type: 'boolean', description: 'Whether the cart is in its bay.' },
  },
  functions: [
    { name: 'drive_to_ward', kind: 'action', description: 'Drives the cart to the ward with the given number.', parameters: [{ name: 'ward', type: 'integer', description: 'Ward number.', minimum: 1, maximum: 30, required: true }], effects: [{ key: 'ward', parameter: 'ward' }] },
    { name: 'return_to_bay', kind: 'action', description: 'Sends the cart back to its charging bay.', parameters: [], effects: [{ key: 'docked', value: true }] },
    { name: 'open_drawer', kind: 'action', description: 'Unlatches the delivery drawer.', parameters: [] },
  ],
} as unknown as DeviceDescription;

// A radio whose own notes skip: "skip" is its deed there, never a dismissal.
const radio = {
  type: 'radio',
  title: 'Radio',
  nouns: ['radio'],
  state: {},
  functions: [
    { name: 'next_station', kind: 'action', description: 'Skips to the next preset station.', parameters: [] },
    { name: 'louder', kind: 'action', description: 'Raises the volume one step.', parameters: [] },
  ],
} as unknown as DeviceDescription;

const cart = normaliseApiDocument(courierCart);
const chosen = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`) : []);

describe('a clause put out of mind', () => {
  it('reads the request as the command after a clause that dismisses a thing', () => {
    expect(withoutDismissedClause('forget ward 12, drive to ward 9', cart, wordNet)).toBe('drive to ward 9');
    expect(withoutDismissedClause('Ignore ward 3 and go back to your bay.', cart, wordNet)).toBe('go back to your bay.');
    expect(withoutDismissedClause('never mind ward 20, take the cart to ward 4', cart, wordNet)).toBe('take the cart to ward 4');
    expect(withoutDismissedClause('ok, scrap the trip to ward 7 and go to ward 2 instead', cart, wordNet)).toBe('go to ward 2');
    expect(withoutDismissedClause('I know I said ward 5 but drive to ward 15', cart, wordNet)).toBe('drive to ward 15');
  });

  it('leaves a halt, a handling verb, a device deed, a statement after it or a pointer back as said', () => {
    for (const text of [
      'stop at ward 3 and open the drawer',
      'drop the speed and drive to ward 6',
      'grab the parcel and drive to ward 6',
      'forget ward 12, it is closed',
      'forget ward 12',
      'never mind ward 12, go there later',
      'I said ward 5, drive to ward 15',
      'I asked for ward 5 but you went to 4',
      'forget ward 12, drive to ward 9?',
    ]) {
      expect(withoutDismissedClause(text, cart, wordNet), text).toBe(text);
    }
    expect(withoutDismissedClause('skip this station and turn it up', normaliseApiDocument(radio), wordNet)).toBe('skip this station and turn it up');
    expect(withoutDismissedClause('skip this station, go louder', normaliseApiDocument(radio), wordNet)).toBe('skip this station, go louder');
  });
});

describe('through the mapper', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it('drives to the ward meant, not the one dismissed', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: courierCart, selfNoun: 'cart' });
    expect(chosen(await mapper.map('forget ward 12, drive to ward 9', {}))).toEqual(['drive_to_ward{"ward":9}']);
    expect(chosen(await mapper.map('I know I said ward 5 but drive to ward 15 please', {}))).toEqual(['drive_to_ward{"ward":15}']);
  });
});
