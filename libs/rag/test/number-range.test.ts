import { describe, expect, it } from 'vitest';
import type { ParameterSpec } from '@meshmind/protocol';
import { beyondRange, onlyBeyondRange } from '../src/mapper/number-range';

// A projector's lamp power (10..100 %) and its throw distance (50..900 cm), written for this test.
const power: ParameterSpec = { name: 'power', type: 'integer', description: 'Lamp power.', unit: '%', minimum: 10, maximum: 100 };
const distance: ParameterSpec = { name: 'distance', type: 'number', description: 'Throw distance.', unit: 'cm', minimum: 50, maximum: 900 };
const label: ParameterSpec = { name: 'label', type: 'string', description: 'A name.' };

describe('a bare number against a parameter\'s declared range', () => {
  it('lies beyond the range of one parameter and within another', () => {
    expect(beyondRange(power, 300)).toBe(true);
    expect(beyondRange(distance, 300)).toBe(false);
    expect(beyondRange(power, 5)).toBe(true);
    expect(beyondRange(power, 40)).toBe(false);
  });

  it('says nothing of a parameter that is no number or declares no bounds', () => {
    expect(beyondRange(label, 3)).toBe(false);
    expect(beyondRange({ name: 'count', type: 'integer', description: 'How many.' }, 1e6)).toBe(false);
  });

  it('counts a parameter as given elsewhere only where every number said lies beyond it', () => {
    expect(onlyBeyondRange(power, [300])).toBe(true);
    expect(onlyBeyondRange(power, [300, 40])).toBe(false);
    expect(onlyBeyondRange(power, [])).toBe(false);
  });
});
