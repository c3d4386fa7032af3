import { describe, expect, it } from 'vitest';
import { findNumbers } from '@meshmind/language';
import type { ParameterSpec } from '@meshmind/protocol';
import { numericValue } from '../src/arguments/parameter-values';

// A pan-tilt doorbell camera and a sun-tracking panel written for this test.
const tilt: ParameterSpec = { name: 'tilt', type: 'number', unit: '°', minimum: -45, maximum: 45, required: true } as ParameterSpec;
const elevation: ParameterSpec = { name: 'elevation', type: 'number', unit: '°', minimum: 0, maximum: 90, required: true } as ParameterSpec;
const brightness: ParameterSpec = { name: 'brightness', type: 'integer', unit: '%', minimum: 0, maximum: 100, required: true } as ParameterSpec;

const valueOf = (parameter: ParameterSpec, text: string) => numericValue(parameter, { text, mentions: findNumbers(text), taken: new Set() });

describe('an angle said by where it points', () => {
  it('reads "level", "horizontal" and "straight ahead" as nought where the range runs both sides of it', () => {
    expect(valueOf(tilt, 'put the doorbell camera back level')).toBe(0);
    expect(valueOf(tilt, 'Tilt it to horizontal, please')).toBe(0);
    expect(valueOf(tilt, 'point the camera straight ahead')).toBe(0);
  });

  it('reads "straight up" and "straight down" as the ends of such a range', () => {
    expect(valueOf(tilt, 'make the camera look straight up')).toBe(45);
    expect(valueOf(tilt, 'aim it straight down at the porch')).toBe(-45);
    expect(valueOf(elevation, 'point the panel straight up')).toBeUndefined();
  });

  it('keeps a number said with it', () => {
    expect(valueOf(tilt, 'tilt the camera 20 degrees above level')).toBe(20);
  });

  it('reads nothing where nought is an end of the range or the parameter is no angle', () => {
    expect(valueOf(elevation, 'lay the panel level')).toBeUndefined();
    expect(valueOf(brightness, 'keep the light level')).toBeUndefined();
  });
});
