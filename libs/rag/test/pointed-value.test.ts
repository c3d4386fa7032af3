import { describe, expect, it } from 'vitest';
import { createRequestReader } from '@meshmind/language';
import type { NormalisedFunction } from '@meshmind/rag';
import { pointedValueFit } from '../src/mapper/pointed-value';

// A pan-tilt doorbell camera of our own: a tilt that runs both sides of the horizon, a snapshot, a battery reading.
const functions: NormalisedFunction[] = [
  { name: 'set_tilt', description: 'Tilts the doorbell camera.', kind: 'action', parameters: [{ name: 'tilt', type: 'number', unit: '°', minimum: -45, maximum: 45, description: 'Tilt in degrees.' }] },
  { name: 'snapshot', description: 'Takes a still picture with the doorbell camera.', kind: 'action', parameters: [] },
  { name: 'battery_level', description: 'Reads the battery level.', kind: 'query', parameters: [] },
] as NormalisedFunction[];
const [tilt, snapshot, battery] = functions as [NormalisedFunction, NormalisedFunction, NormalisedFunction];
const read = createRequestReader();

describe('a direction said in words is a value only an angle that spans the horizon holds (mapper/pointed-value.ts)', () => {
  it('favours the function that holds it and weighs against the ones that drop it', () => {
    for (const request of ['Look straight up.', 'gaze straight down at the porch', 'make the doorbell peer straight ahead', 'turn your eye to horizontal']) {
      expect(pointedValueFit(tilt, read(request), functions)).toBe(0.5);
      expect(pointedValueFit(snapshot, read(request), functions)).toBe(-0.5);
    }
  });

  it('reads "level" as no direction: it is far more often a noun', () => {
    expect(pointedValueFit(tilt, read('check the battery level'), functions)).toBe(0);
    expect(pointedValueFit(battery, read('report your charge level now'), functions)).toBe(0);
  });

  it('says nothing of a question, nor where no function holds such an angle', () => {
    expect(pointedValueFit(snapshot, read('are you looking straight up?'), functions)).toBe(0);
    expect(pointedValueFit(snapshot, read('look straight up'), [snapshot, battery])).toBe(0);
    const panel = { name: 'set_elevation', description: 'Raises the solar panel.', kind: 'action', parameters: [{ name: 'elevation', type: 'number', unit: '°', minimum: 0, maximum: 90 }] } as NormalisedFunction;
    expect(pointedValueFit(snapshot, read('point straight down'), [panel, snapshot])).toBe(0);
  });
});
