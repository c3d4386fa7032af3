import { describe, expect, it } from 'vitest';
import type { ParameterSpec } from '@meshmind/protocol';
import { openLexicon } from '@meshmind/rag';
import { comparativePreset, scaleDirection } from '../src/arguments/scale-direction';
import { extractArguments } from '../src/arguments/argument-extractor';
import { normaliseApiDocument } from '../src/api-document';

const wordNet = openLexicon().wordNet;

// Parameters written for this test: a bulb's white tone in kelvin (warm end low) and in mireds
// (warm end high), with their ends named only in notes; a heater's target with no named ends.
const kelvin: ParameterSpec = { name: 'white_tone', type: 'integer', description: 'White tone; 2200 K is warm, 5000 K is cool.', unit: 'K', minimum: 2200, maximum: 5000 };
const mireds: ParameterSpec = { name: 'mired', type: 'integer', description: 'Colour temperature in mireds; 153 is cool white, 454 is warm white.', minimum: 153, maximum: 454 };
const heat: ParameterSpec = { name: 'target', type: 'number', description: 'Target temperature.', unit: '°C', minimum: 5, maximum: 30 };
const volume: ParameterSpec = { name: 'volume', type: 'integer', description: 'Loudness; 10 is soft, 90 is loud.', minimum: 0, maximum: 100 };

describe('which way a comparative moves a scale whose ends the document names', () => {
  it.each([
    [kelvin, 'make the bulb warmer', -1],
    [kelvin, 'a bit cooler please', 1],
    [mireds, 'make the light warmer', 1],
    [mireds, 'cooler white', -1],
    [volume, 'make it louder', 1],
    [volume, 'softer please', -1],
  ] as const)('%#: "%s" -> %i', (parameter, text, direction) => expect(scaleDirection(parameter, text, wordNet)).toBe(direction));

  it.each([
    [heat, 'make the room warmer'],
    [kelvin, 'make it brighter'],
    [kelvin, 'make it warmer and cooler'],
  ] as const)('%#: "%s" leaves the usual direction', (parameter, text) => expect(scaleDirection(parameter, text, wordNet)).toBeUndefined());
});

describe('a relative change of such a scale', () => {
  const document = normaliseApiDocument({
    type: 'desk_bulb',
    title: 'Desk bulb',
    description: 'A tunable white bulb.',
    domain: 'home',
    version: '1.0.0',
    nouns: ['bulb'],
    state: { white_tone: { type: 'integer', description: 'White tone.', unit: 'K', minimum: 2200, maximum: 5000 } },
    functions: [{ name: 'set_white_tone', description: 'Sets the white tone.', kind: 'action', parameters: [kelvin], effects: [{ key: 'white_tone', parameter: 'white_tone' }] }],
  });
  const fn = document.functions[0]!;

  it.each([
    ['Make the bulb warmer.', 3500],
    ['Make the bulb a bit cooler.', 4500],
    ['Set the bulb to warm.', 2200],
  ])('"%s" from 4000 K -> %i K', (text, kelvins) => {
    expect(extractArguments(text, fn, { white_tone: 4000 }, {}, undefined, wordNet)).toEqual({ ok: true, arguments: { white_tone: kelvins } });
  });
});

describe('a comparative whose base names a value of the scale, with no current value known', () => {
  it.each([
    ['make the bulb a warmer white', 2200],
    ['a cooler tone please', 5000],
  ] as const)('"%s" -> the preset its base names, %i', (text, value) => expect(comparativePreset(kelvin, text, wordNet)).toBe(value));

  it.each([
    [kelvin, 'make it warmer and cooler'],
    [kelvin, 'make it brighter'],
    [heat, 'make the room warmer'],
  ] as const)('%#: "%s" names no one preset', (parameter, text) => expect(comparativePreset(parameter, text, wordNet)).toBeUndefined());

  it('is taken only where the current value is unknown', () => {
    const document = normaliseApiDocument({
      type: 'reading_lamp',
      title: 'Reading lamp',
      description: 'A tunable white lamp.',
      domain: 'home',
      version: '1.0.0',
      nouns: ['lamp'],
      state: { white_tone: { type: 'integer', description: 'White tone.', unit: 'K', minimum: 2200, maximum: 5000 } },
      functions: [{ name: 'set_white_tone', description: 'Sets the white tone.', kind: 'action', parameters: [kelvin], effects: [{ key: 'white_tone', parameter: 'white_tone' }] }],
    });
    const fn = document.functions[0]!;
    expect(extractArguments('give the lamp a cooler tone', fn, {}, {}, undefined, wordNet)).toEqual({ ok: true, arguments: { white_tone: 5000 } });
    expect(extractArguments('give the lamp a cooler tone', fn, { white_tone: 3000 }, {}, undefined, wordNet)).toEqual({ ok: true, arguments: { white_tone: 3500 } });
  });
});
