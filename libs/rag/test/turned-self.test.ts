import { describe, expect, it } from 'vitest';
import { createRequestReader, type WordNet } from '@meshmind/language';
import { openLexicon, type MapResult } from '@meshmind/rag';
import type { NormalisedFunction } from '../src/api-document';
import { turnedSelf, turnsVerb } from '../src/mapper/turned-self';

// A survey rover of my own: it tilts its mast camera, drives to a point, and (a second model) pans its turret.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet as WordNet | undefined;
const read = createRequestReader();
const functions: NormalisedFunction[] = [
  { name: 'tilt_mast_camera', description: 'Tilts the mast camera up or down to the given angle.', parameters: [{ name: 'angle', type: 'number', description: 'angle', unit: '°', required: true }] },
  { name: 'drive_to_point', description: 'Drives to the point (x, y).', parameters: [{ name: 'x', type: 'number', description: 'x', required: true }, { name: 'y', type: 'number', description: 'y', required: true }] },
  { name: 'pan_turret', description: 'Pans the turret left or right by the given angle.', parameters: [{ name: 'angle', type: 'number', description: 'angle', unit: '°', required: true }] },
];
const byName = new Map(functions.map((fn) => [fn.name, fn]));
const calling = (name: string) => ({ kind: 'call', calls: [{ function: name, arguments: { angle: 90 }, confidence: 0.5, margin: 0.1 }], ranking: [] }) as unknown as MapResult;
const turned = (text: string, name = 'tilt_mast_camera') => turnedSelf(calling(name), read(text), byName, new Set(['rover']), wordNet);

describe('a turn of the device itself on the spot', () => {
  it.skipIf(!wordNet)('reads turning verbs from WordNet', () => {
    for (const verb of ['turn', 'rotate', 'spin', 'pivot', 'swivel']) expect(turnsVerb(verb, wordNet!)).toBe(true);
    for (const verb of ['tilt', 'look', 'go', 'drive', 'point']) expect(turnsVerb(verb, wordNet!)).toBe(false);
  });

  it.skipIf(!wordNet)('is declined where the call only tilts a camera or drives', () => {
    expect(turned('turn right 90 degrees')).toBe('turn right');
    expect(turned('rover, rotate left 45')).toBeDefined();
    expect(turned('spin round')).toBeDefined();
    expect(turned('please turn around', 'drive_to_point')).toBeDefined();
    expect(turned('pivot to your left')).toBeDefined();
  });

  it.skipIf(!wordNet)('lets a tilt, a thing turned, a switch, a way back, a sideways function and a question stand', () => {
    expect(turned('turn the camera up 20 degrees')).toBeUndefined();
    expect(turned('tilt up 30 degrees')).toBeUndefined();
    expect(turned('turn off the floodlight')).toBeUndefined();
    expect(turned('turn back to the start', 'drive_to_point')).toBeUndefined();
    expect(turned('turn right 90 degrees', 'pan_turret')).toBeUndefined();
    expect(turned('did you turn right?')).toBeUndefined();
  });
});
