import { describe, expect, it } from 'vitest';
import { createRequestReader, type WordNet } from '@meshmind/language';
import { normaliseApiDocument, openLexicon, type MapResult } from '@meshmind/rag';
import type { DeviceDescription } from '@meshmind/protocol';
import { placeAsObject } from '../src/mapper/place-as-object';
import { withBareLevel } from '../src/mapper/bare-level';

const wordNet = openLexicon().wordNet as WordNet | undefined;
const read = createRequestReader();
// What a library's returns trolley (a device of this test, not of the evals) chose for a request: it rolls to a numbered crate.
const rolled = (crate: number): MapResult => ({ kind: 'call', calls: [{ function: 'roll_to_crate', arguments: { crate } }], candidates: [], ranking: [] }) as unknown as MapResult;

describe.skipIf(!wordNet)('a deed done to the numbered place the call only goes to (mapper/place-as-object.ts)', () => {
  it.each(['load crate 3', 'stock crate 3 with atlases', 'tidy up crate 3', 'empty crate 3', 'dust crate 3 please'])('declines "%s"', (request) => {
    expect(placeAsObject(rolled(3), read(request), 'trolley', wordNet)).toContain('crate 3');
  });

  it.each(['roll over to crate 3', 'reach crate 3', 'approach crate 3', 'check crate 3', 'search crate 3', 'load the atlases onto crate 3', 'is crate 3 loaded?', 'load crate 4'])('leaves "%s": motion, looking, a phrase that is no bare place, a question or another number', (request) => {
    expect(placeAsObject(rolled(3), read(request), 'trolley', wordNet)).toBeUndefined();
  });
});

// A projector screen of this test: its one number is a level, so "screen 40" is "set screen to 40".
const screen: DeviceDescription = {
  type: 'projector_screen', title: 'Projector screen', description: 'A motorised projector screen.', domain: 'home', version: '1.0.0',
  nouns: ['screen', 'projector screen'],
  state: { drop: { type: 'integer', description: 'How far down the screen hangs.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [{ name: 'set_drop', description: 'Lets the screen down to the given drop.', kind: 'action', parameters: [{ name: 'drop', type: 'integer', description: 'Drop.', unit: '%', minimum: 0, maximum: 100 }] }],
};

describe.skipIf(!wordNet)('withBareLevel leaves a deed done to a numbered thing (mapper/bare-level.ts)', () => {
  it.each(['vacuum aisle 5', 'map aisle 4', 'load rack 3'])('leaves "%s" as said: not the level of a "vacuum aisle"', (request) => {
    expect(withBareLevel(request, normaliseApiDocument(screen), read, wordNet)).toBe(request);
  });

  it('still reads the device\'s own noun phrase before a number as a level', () => {
    expect(withBareLevel('projector screen 40', normaliseApiDocument(screen), read, wordNet)).toBe('set projector screen to 40');
  });
});
