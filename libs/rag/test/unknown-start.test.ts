import { describe, expect, it } from 'vitest';
import { findNumbers } from '@meshmind/language';
import type { ParameterSpec } from '@meshmind/protocol';
import { numericValue } from '../src/arguments/parameter-values';

// A lawn mower's blade height and travel speed, a pan camera's tilt and a speaker's step, written for this test.
const speed: ParameterSpec = { name: 'speed', type: 'number', unit: 'm/s', minimum: 0.2, maximum: 1.5, description: 'Travel speed in metres per second.', required: true } as ParameterSpec;
const height: ParameterSpec = { name: 'height', type: 'integer', unit: 'mm', minimum: 20, maximum: 80, description: 'Cutting height of the blade.', required: true } as ParameterSpec;
const tilt: ParameterSpec = { name: 'tilt', type: 'number', unit: '°', minimum: -45, maximum: 45, description: 'Camera tilt in degrees.', required: true } as ParameterSpec;
const step: ParameterSpec = { name: 'step', type: 'integer', minimum: 1, maximum: 20, description: 'How much to raise the volume by.', required: true } as ParameterSpec;

const valueOf = (parameter: ParameterSpec, text: string, current?: number) =>
  numericValue(parameter, { text, mentions: findNumbers(text), taken: new Set(), ...(current === undefined ? {} : { current }) });

describe('a change said "by" an amount where the level it starts from is not known', () => {
  it('gives no value, rather than the amount as the level', () => {
    expect(valueOf(speed, 'speed up by half a metre per second')).toBeUndefined();
    expect(valueOf(speed, 'go faster by 0.3 m/s please')).toBeUndefined();
    expect(valueOf(height, 'raise the blades by 10 mm')).toBeUndefined();
  });

  it('adds the change to the level the device is at', () => {
    expect(valueOf(speed, 'speed up by 0.3 m/s', 0.8)).toBe(1.1);
  });

  it('reads an angle whose range runs both sides of nought from the horizon, and a step parameter as the change itself', () => {
    expect(valueOf(tilt, 'tilt the camera up by 15 degrees')).toBe(15);
    expect(valueOf({ ...tilt, minimum: undefined, maximum: undefined } as ParameterSpec, 'tilt the camera up by 15 degrees')).toBe(15);
    expect(valueOf(step, 'turn it up by 5')).toBe(5);
  });

  it('reads a level said with "to" as the level', () => {
    expect(valueOf(speed, 'speed up to 1.2 m/s')).toBe(1.2);
  });
});
