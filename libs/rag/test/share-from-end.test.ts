import { describe, expect, it } from 'vitest';
import type { ParameterSpec } from '@meshmind/protocol';
import { normaliseApiDocument } from '@meshmind/rag';
import { extractArguments } from '../src/arguments/argument-extractor';
import { shareFromLowEnd } from '../src/arguments/share-from-end';

// A patio awning and a roof vent written for this test: their notes name the ends of the scale.
const extension: ParameterSpec = { name: 'extension', type: 'integer', description: 'Target extension; 0 is retracted, 100 fully extended.', unit: '%', minimum: 0, maximum: 100 };
const awning = normaliseApiDocument({
  type: 'awning',
  title: 'Patio awning',
  state: { extension: { type: 'integer', description: 'How far the awning is out.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [{ name: 'set_extension', kind: 'action', parameters: [extension], description: 'Moves the awning out to the given extension.', effects: [{ key: 'extension', parameter: 'extension' }] }],
} as never);
const vent = { name: 'opening', type: 'integer', description: 'Target opening; 0 is closed, 100 fully open.', unit: '%', minimum: 0, maximum: 100 } as ParameterSpec;

describe('a share of the travel said with the verb of the low end', () => {
  it('is measured from the other end', () => {
    expect(shareFromLowEnd(extension, 'retract the awning three quarters of the way')).toBe(true);
    expect(shareFromLowEnd(vent, 'close the vent a third of the way')).toBe(true);
  });

  it('is the level itself with the high end\'s verb or none', () => {
    expect(shareFromLowEnd(extension, 'extend the awning three quarters of the way')).toBe(false);
    expect(shareFromLowEnd(vent, 'open the vent a third of the way')).toBe(false);
    expect(shareFromLowEnd(vent, 'set the vent to a third')).toBe(false);
  });

  it('gives the level left once the share is travelled from the high end', () => {
    const fn = awning.functions[0]!;
    const read = (text: string) => extractArguments(text, fn, { extension: 100 });
    expect(read('retract the awning three quarters of the way')).toEqual({ ok: true, arguments: { extension: 25 } });
    expect(read('retract the awning a quarter of the way')).toEqual({ ok: true, arguments: { extension: 75 } });
    expect(read('extend the awning a quarter of the way')).toEqual({ ok: true, arguments: { extension: 25 } });
    // A share in digits is the level wanted.
    expect(read('retract the awning to 30%')).toEqual({ ok: true, arguments: { extension: 30 } });
  });
});
