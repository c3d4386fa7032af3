import { describe, expect, it } from 'vitest';
import { stem } from '@meshmind/language';
import { openLexicon } from '@meshmind/rag';
import type { DeviceDescription } from '@meshmind/protocol';
import { normaliseApiDocument } from '@meshmind/rag';
import { functionProfile } from '../src/mapper/evidence';
import { exampleObjectWords } from '../src/mapper/example-object';
import { withMeantVerb } from '../src/mapper/verb-sense';

const forms = (...verbs: string[]) => new Set(verbs.map(stem));

describe("a WordNet example's object", () => {
  it('is the noun phrase right after the verb, without its determiner', () => {
    expect(exampleObjectWords('draw the curtains', forms('draw'))).toEqual(['curtains']);
    expect(exampleObjectWords('Draw the bedroom curtains, please', forms('draw'))).toEqual(['bedroom', 'curtains']);
    expect(exampleObjectWords('she polished his old boots', forms('polish'))).toEqual(['old', 'boots']);
  });

  it('skips the particle that belongs to the verb and stops where a preposition opens a place', () => {
    expect(exampleObjectWords('can you wash away the spots on the windows?', forms('wash'))).not.toContain('windows');
    expect(exampleObjectWords('he scrubbed the stains from the kitchen floor', forms('scrub'))).toEqual(['stains']);
    expect(exampleObjectWords('they pulled up the weeds in the yard', forms('pull'))).toEqual(['weeds']);
  });

  it('falls back to every content word where the verb is not found as said (an irregular form)', () => {
    expect(exampleObjectWords('he drew the blinds at dusk', forms('draw'))).toEqual(expect.arrayContaining(['blinds', 'dusk']));
  });
});

// A window cleaner of our own that only takes photos and moves between bays; and a shutter.
const wordNet = openLexicon().wordNet;
function profilesOf(functions: Array<{ name: string; description: string }>) {
  const description = { type: 'test', title: 'Test device', state: {}, functions: functions.map((fn) => ({ kind: 'action' as const, parameters: [], ...fn })) } as unknown as DeviceDescription;
  return normaliseApiDocument(description).functions.map((fn) => functionProfile(fn, fn.name.split('_'), 'en'));
}
const inspector = profilesOf([
  { name: 'take_snapshot', description: 'Takes a snapshot with the front camera.' },
  { name: 'go_to_bay', description: 'Drives to the given bay.' },
]);
const shutter = profilesOf([
  { name: 'close_shutter', description: 'Closes the shutter.' },
  { name: 'open_shutter', description: 'Opens the shutter.' },
]);

describe.skipIf(!wordNet)('the sense a verb is read in, by its examples', () => {
  it('is not chosen by a word of the example that is not what the verb acts on', () => {
    // WordNet's "wash" (remove, a kind of take) has the example "wash away the spots on the windows".
    expect(withMeantVerb('wash the windows', inspector, wordNet)).toBe('wash the windows');
    expect(withMeantVerb('Please wash the front windows', inspector, wordNet)).toBe('Please wash the front windows');
    expect(withMeantVerb('wash the bay 3 windows', inspector, wordNet)).toBe('wash the bay 3 windows');
  });

  it('is still chosen where the example acts on the request\'s object', () => {
    expect(withMeantVerb('draw the curtains', shutter, wordNet)).toBe('close the curtains');
    expect(withMeantVerb('draw the shades in the loft', shutter, wordNet)).toBe('close the shades in the loft');
  });
});
