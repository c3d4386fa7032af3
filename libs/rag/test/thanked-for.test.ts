import { describe, expect, it } from 'vitest';
import { openLexicon, type MapResult } from '@meshmind/rag';
import { thankedFor } from '../src/mapper/thanked-for';

// A call the mapper made for the request (its function is any: thanks ask for none of them).
const call = { kind: 'call', calls: [{ function: 'take_picture', arguments: {} }] } as unknown as MapResult;
const wordNet = openLexicon().wordNet;

describe.skipIf(!wordNet)('thanks said for a thing asks for nothing new (mapper/thanked-for.ts)', () => {
  it.each([
    'Another fuzzy picture, cheers for that.',
    'thanks a lot for the blurry shot of the floor',
    'thank you for the lovely map of the car park',
    'cheers for nothing',
    'great photo of my thumb, thanks for that',
  ])('declines "%s"', (text) => {
    expect(thankedFor(call, text, 'robot', wordNet)).toBeDefined();
  });

  it.each([
    // an order or a question beside the thanks is read as said
    'thanks for the photo, now go to shelf 5',
    'cheers for that, take another one',
    'thanks for waiting, where are you now?',
    // thanks closing a command is courtesy
    'take a photo, thanks',
    'dock please, cheers',
    // "please" before "for" asks
    'please look for open spaces on shelf 3',
    'pls look for a free slot',
  ])('leaves "%s" to the mapper', (text) => {
    expect(thankedFor(call, text, 'robot', wordNet)).toBeUndefined();
  });
});
