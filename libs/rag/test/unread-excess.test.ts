import { describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { statesExcess, withStatedExcess } from '../src/mapper/stated-excess';
import { withRemedyOption } from '../src/mapper/remedy-option';
import { statedQuality, unreadExcess } from '../src/mapper/unread-excess';

const wordNet = openLexicon().wordNet;

// A cooker extractor hood and a desk lamp written for this test: the hood's document speaks of its
// speed only (no strength, no noise); the lamp's of its brightness.
const hood: DeviceDescription = {
  type: 'extractor_hood', title: 'Extractor hood', description: 'A hood over the hob that draws cooking smells out.', domain: 'home', version: '1.0.0',
  nouns: ['extractor', 'hood', 'extractor hood'],
  state: { running: { type: 'boolean', description: 'Whether the hood draws air.' }, level: { type: 'integer', description: 'Speed step of the motor.', minimum: 1, maximum: 3 } },
  functions: [
    { name: 'start_hood', description: 'Starts the hood at its last speed step.', kind: 'action', parameters: [], effects: [{ key: 'running', value: true }] },
    { name: 'stop_hood', description: 'Stops the hood.', kind: 'action', parameters: [], effects: [{ key: 'running', value: false }] },
    { name: 'set_level', description: 'Sets the speed step of the motor and starts the hood.', kind: 'action', parameters: [{ name: 'level', type: 'integer', description: 'Speed step.', minimum: 1, maximum: 3 }] },
  ],
};
const deskLamp: DeviceDescription = {
  type: 'desk_lamp', title: 'Desk lamp', description: 'A lamp on the desk that can be dimmed.', domain: 'home', version: '1.0.0',
  nouns: ['lamp', 'desk lamp'],
  state: { lit: { type: 'boolean', description: 'Whether the lamp is lit.' }, brightness: { type: 'integer', description: 'Brightness of the lamp.', unit: '%', minimum: 1, maximum: 100 } },
  functions: [
    { name: 'set_lamp_brightness', description: 'Dims or brightens the lamp to the given level.', kind: 'action', parameters: [{ name: 'brightness', type: 'integer', description: 'Brightness.', unit: '%', minimum: 1, maximum: 100 }] },
    { name: 'light_lamp', description: 'Lights the lamp.', kind: 'action', parameters: [] },
  ],
};
const hoodDocument = normaliseApiDocument(hood);
const lampDocument = normaliseApiDocument(deskLamp);

describe.skipIf(!wordNet)('a quality said too much or enough that no reading turns into a change of the device', () => {
  it.each([
    "the extractor's too strong",
    'that hood is way too noisy',
    "the hood's far too fierce, my eyes are watering",
    "the hood is not strong enough",
    "it's loud enough now",
  ])('"%s" is declined with a question', (text) => {
    // Nothing else reads it: no scale of the hood's document, no option of it.
    expect(withStatedExcess(text, wordNet, hoodDocument)).toBe(text);
    expect(withRemedyOption(text, hoodDocument, { running: true, level: 2 }, wordNet)).toBe(text);
    const result = unreadExcess(text, hoodDocument, { running: true, level: 2 }, 'hood', wordNet);
    expect(result?.kind, text).toBe('not_executable');
  });

  it.each([
    "the hood's too strong, turn it down",
    "too noisy, set it to 1",
    'is the hood too loud?',
    "the hood is too strong. a notch lower",
    'switch the hood on',
    'the hood, please',
  ])('"%s" is left to the mapper: an order, a number, a direction, a question or no quality', (text) => {
    expect(unreadExcess(text, hoodDocument, { running: true, level: 2 }, 'hood', wordNet)).toBeUndefined();
  });

  it('leaves a stated excess on the scale the document speaks of to stated-excess.ts', () => {
    const text = "it's too dark in the study";
    expect(withStatedExcess(text, wordNet, lampDocument)).not.toBe(text);
    expect(unreadExcess(text, lampDocument, { lit: true, brightness: 40 }, 'lamp', wordNet)).toBeUndefined();
  });

  it('reads the quality a clause states', () => {
    expect(statedQuality('the hood is way too noisy', wordNet!)).toBe('noisy');
    expect(statedQuality("it's bright enough", wordNet!)).toBe('bright');
    expect(statedQuality("it isn't bright enough", wordNet!)).toBe('not bright');
    expect(statedQuality('turn the hood on too', wordNet!)).toBeUndefined();
  });
});

describe.skipIf(!wordNet)('a quality said sufficient is no complaint', () => {
  it.each(["it's bright enough in here", "it's quiet enough now", 'it is warm enough'])('"%s" states no wish', (text) => {
    expect(statesExcess(text, wordNet!)).toBe(false);
    expect(withStatedExcess(text, wordNet, lampDocument)).toBe(text);
  });

  it('still reads the quality said of the place without "enough"', () => {
    expect(withStatedExcess("it's bright in here", wordNet, lampDocument)).toBe('make it dimmer in here');
  });
});
