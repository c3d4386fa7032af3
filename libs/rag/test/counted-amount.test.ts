import { describe, expect, it } from 'vitest';
import { findNumbers } from '@meshmind/language';
import { normaliseApiDocument, type NormalisedFunction } from '@meshmind/rag';
import type { DeviceDescription } from '@meshmind/protocol';
import { extractArguments } from '../src/arguments/argument-extractor';
import { countedAmounts } from '../src/arguments/counted-amount';

// A towel rail written for this test: it warms to a set heat in °C and dims its glow in %.
const rail: DeviceDescription = {
  type: 'towel_rail', title: 'Towel rail', description: 'A heated towel rail.', domain: 'home', version: '1.0.0',
  nouns: ['towel rail', 'rail'],
  state: { heat: { type: 'number', description: 'Heat the rail holds.', unit: '°C', minimum: 30, maximum: 70 } },
  functions: [
    { name: 'set_heat', description: 'Warms the rail to the given heat.', kind: 'action', parameters: [{ name: 'heat', type: 'number', description: 'Rail heat.', unit: '°C', minimum: 30, maximum: 70 }], effects: [{ key: 'heat', parameter: 'heat' }] },
  ],
};
const setHeat = normaliseApiDocument(rail).functions[0] as NormalisedFunction;
const heat = (text: string) => {
  const extraction = extractArguments(text, setHeat, { heat: 50 });
  return extraction.ok ? extraction.arguments.heat : undefined;
};

describe('a count noun before a unit is that many of the unit', () => {
  it('moves a level by two for "a couple of degrees", either way', () => {
    expect(heat('a couple of degrees warmer')).toBe(52);
    expect(heat('make the rail a couple degrees cooler')).toBe(48);
    expect(heat('warm it up by a couple of degrees')).toBe(52);
  });

  it('counts only before a unit, and never a number already said', () => {
    expect(countedAmounts('add a couple of lemons', [])).toEqual([]);
    expect(countedAmounts('a few degrees warmer', [])).toEqual([]);
    const said = 'a couple of 5 degree steps';
    expect(countedAmounts(said, findNumbers(said))).toEqual([]);
    expect(countedAmounts('a couple of degrees', []).map((mention) => [mention.value, mention.following])).toEqual([[2, 'degrees']]);
  });
});
