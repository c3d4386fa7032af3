import { describe, expect, it } from 'vitest';
import { normaliseApiDocument, openLexicon } from '@meshmind/rag';
import type { DeviceDescription } from '@meshmind/protocol';
import { functionProfile } from '../src/mapper/evidence';
import { withMeantVerb } from '../src/mapper/verb-sense';

// A pantry robot written for this test: it takes photos, so "take" is a word of its document.
const wordNet = openLexicon().wordNet;

function profilesOf(functions: Array<{ name: string; description: string }>) {
  const description = { type: 'test', title: 'Test device', state: {}, functions: functions.map((fn) => ({ kind: 'action' as const, parameters: [], ...fn })) } as unknown as DeviceDescription;
  return normaliseApiDocument(description).functions.map((fn) => functionProfile(fn, fn.name.split('_'), 'en'));
}

const pantry = profilesOf([
  { name: 'take_photo', description: 'Takes a photo of the cupboard.' },
  { name: 'inventory_cupboard', description: 'Inventories the cupboard and lists what it holds.' },
  { name: 'open_door', description: 'Opens the cupboard door.' },
]);

describe.skipIf(!wordNet)('a light verb and the noun WordNet reads as one verb with it', () => {
  it('reads the one verb of the pair that the document uses, though the light verb is a word of the document too', () => {
    expect(withMeantVerb('take stock of the cupboard', pantry, wordNet)).toBe('inventory of the cupboard');
    expect(withMeantVerb('Take stock of the top cupboard please', pantry, wordNet)).toBe('inventory of the top cupboard please');
  });

  it('keeps a verb of the document that is not light with its own reading ("open up" to a door that opens)', () => {
    expect(withMeantVerb('open up the cupboard', pantry, wordNet)).toBe('open up the cupboard');
  });

  it('keeps the light verb where its pair with the next word is no verb of WordNet', () => {
    expect(withMeantVerb('take a photo of the cupboard', pantry, wordNet)).toBe('take a photo of the cupboard');
  });
});
