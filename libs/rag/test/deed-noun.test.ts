import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { openLexicon as openLanguageLexicon } from '@meshmind/language';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { namesDeed, placeServed, servesMadeObject } from '../src/mapper/deed-noun';

// A device written for this test: a library cart that drives itself to a numbered rack and reads the
// spines of the books on a rack. It carries nothing: a thing taken somewhere is not its deed.
const cart: DeviceDescription = {
  type: 'library_cart', title: 'Library cart', description: 'A self-driving book cart.', domain: 'warehouse', version: '1.0.0',
  nouns: ['cart', 'book cart'],
  state: {},
  functions: [
    { name: 'drive_to_rack', description: 'Drives the cart to the numbered rack.', kind: 'action', parameters: [{ name: 'rack', type: 'integer', description: 'The rack number.', required: true, minimum: 1, maximum: 30 }] },
    { name: 'read_spines', description: 'Reads the spines of the books on a rack and returns their titles.', kind: 'query', parameters: [{ name: 'rack', type: 'integer', description: 'The rack number.', required: true, minimum: 1, maximum: 30 }] },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('a light verb\'s object read as a thing, not a deed nor a place', () => {
  const wordNet = openLanguageLexicon().wordNet!;

  it('reads a noun that is also a verb as the deed only where its commonest sense is no made thing', () => {
    for (const deed of ['inventory', 'wash', 'look']) expect(namesDeed(deed, wordNet), deed).toBe(true);
    for (const thing of ['crate', 'box', 'tote']) expect(namesDeed(thing, wordNet), thing).toBe(false);
  });

  it('reads a thing taken to or from a place as a place only by its commonest sense', () => {
    expect(placeServed({ object: 'box', following: ['to', 'rack', '4'] }, wordNet)).toBe(false);
    expect(placeServed({ object: 'box', following: ['from', 'rack', '4'] }, wordNet)).toBe(false);
    // Said alone, any common sense of a place still counts, and a room is first a place.
    expect(placeServed({ object: 'box', following: [] }, wordNet)).toBe(true);
    expect(placeServed({ object: 'kitchen', following: ['to', 'rack', '4'] }, wordNet)).toBe(true);
    // A way is first a how, no made thing: "make your way to the charger" is still a path.
    expect(placeServed({ object: 'way', following: ['to', 'charger'] }, wordNet)).toBe(true);
  });

  it('does not read the notes\' made thing as what is acted on where the request names it after the object', () => {
    const isDevice = (word: string) => word === 'cart';
    expect(servesMadeObject('Moves the cart to the given shelf.', { object: 'crate', following: ['to', 'shelf', '4'] }, isDevice, wordNet)).toBe(false);
    expect(servesMadeObject('Moves the cart to the given shelf.', { object: 'crate', following: [] }, isDevice, wordNet)).toBe(true);
  });
});

describe('a library cart asked to carry a thing to a rack', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon: openLexicon({ enabled: true }), document: cart, selfNoun: 'cart' });
  }, 180_000);

  it('declines to carry a crate, a box or a tote to a rack: it would only drive there', async () => {
    for (const text of ['carry the crate to rack 4', 'take this box to rack 7', 'carry the tote over to rack 2 please']) {
      expect(called(await mapper.map(text)), text).toBe('not_executable');
    }
  });

  it('still drives itself to a rack', async () => {
    const result = await mapper.map('drive to rack 4');
    expect(called(result)).toEqual(['drive_to_rack']);
    expect(result.kind === 'call' && result.calls[0]!.arguments).toEqual({ rack: 4 });
  });
});
