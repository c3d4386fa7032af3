import { describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createRequestReader } from '@meshmind/language';
import { normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { withLevelOn, withNamedActionOn } from '../src/mapper/on-goal';

const wordNet = openLexicon().wordNet;
const reading = createRequestReader();

// A kitchen radio written for this test: on and off, a loudness level, a pause and a record action.
const radio: DeviceDescription = {
  type: 'kitchen_radio', title: 'Kitchen radio', description: 'A small radio on the kitchen shelf.', domain: 'home', version: '1.0.0',
  nouns: ['radio', 'wireless'],
  state: { on: { type: 'boolean', description: 'Whether it is on.' }, loudness: { type: 'integer', description: 'Loudness.', minimum: 0, maximum: 40 } },
  functions: [
    { name: 'power_on', description: 'Switches the radio on.', kind: 'action', parameters: [], effects: [{ key: 'on', value: true }] },
    { name: 'set_loudness', description: 'Sets the loudness.', kind: 'action', parameters: [{ name: 'loudness', type: 'integer', description: 'Loudness.', minimum: 0, maximum: 40 }], effects: [{ key: 'loudness', parameter: 'loudness' }] },
    { name: 'pause', description: 'Holds the programme where it is.', kind: 'action', parameters: [] },
    { name: 'record', description: 'Records the programme.', kind: 'action', parameters: [] },
    { name: 'get_loudness', description: 'Reads the loudness.', kind: 'query', parameters: [] },
  ],
};
// A doorbell written for this test: no number anywhere.
const bell: DeviceDescription = {
  type: 'door_bell', title: 'Doorbell', description: 'A doorbell.', domain: 'home', version: '1.0.0', nouns: ['bell'],
  state: { on: { type: 'boolean', description: 'Whether it rings.' } },
  functions: [{ name: 'silence', description: 'Stops the bell ringing.', kind: 'action', parameters: [] }],
};
const radioDocument = normaliseApiDocument(radio);
const bellDocument = normaliseApiDocument(bell);

describe('withLevelOn: "on" between a thing and a bare number is the level it is put at', () => {
  it.each([
    ['put the wireless on 20', 'put the wireless to 20'],
    ['keep the radio on twelve please', 'keep the radio to twelve please'],
    ['leave it on 15 percent', 'leave it to 15 percent'],
  ])('%s', (said, meant) => expect(withLevelOn(said, radioDocument, reading)).toBe(meant));

  it.each([
    'turn on 2', // the phrasal verb's particle right after the verb
    'is the radio on 20', // a question asks, it does not set
    'put the radio on 5 minutes', // a span, not a level
    'put the radio on channel 4', // a word between "on" and the number
    'record it on 12 May', // a date
  ])('leaves "%s" as said', (said) => expect(withLevelOn(said, radioDocument, reading)).toBe(said));

  it('leaves a document that takes no number as said', () => {
    expect(withLevelOn('put the bell on 3', bellDocument, reading)).toBe('put the bell on 3');
  });
});

describe.skipIf(!wordNet)('withNamedActionOn: "on" before the word of one action is that action done to the object', () => {
  it.each([
    ['put the wireless on pause', 'pause the wireless'],
    ['stick the programme on record please', 'record the programme please'],
  ])('%s', (said, meant) => expect(withNamedActionOn(said, radioDocument, wordNet)).toBe(meant));

  it.each([
    'put the radio on', // the particle itself
    'put the radio on the shelf', // a place, several words
    'put it on loudness', // a noun and no verb: not said as a deed
    'put the radio on hold', // no action's word
  ])('leaves "%s" as said', (said) => expect(withNamedActionOn(said, radioDocument, wordNet)).toBe(said));
});
