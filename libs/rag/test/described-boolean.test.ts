import { describe, expect, it } from 'vitest';
import type { ParameterSpec } from '@meshmind/protocol';
import { openLexicon } from '@meshmind/rag';
import type { NormalisedFunction } from '../src/api-document';
import { describedBoolean, saidBoolean } from '../src/arguments/described-boolean';

// Flags of devices written for this test: a heated towel rail's boost, a doorbell's chime, a camera's night vision.
const boost = { name: 'boosted', type: 'boolean', description: 'True to heat at full power, false to idle gently.' } as ParameterSpec;
const chime = { name: 'silenced', type: 'boolean', description: 'True to silence the chime, false to unsilence it.' } as ParameterSpec;
const plain = { name: 'enabled', type: 'boolean', description: 'Whether night vision is used.' } as ParameterSpec;

describe('a flag read from what its description says each value does', () => {
  it('takes the value whose words the request says', () => {
    expect(describedBoolean(boost, 'let the rail idle gently for now')).toBe(false);
    expect(describedBoolean(boost, 'give it full power')).toBe(true);
    expect(describedBoolean(chime, 'silence the doorbell')).toBe(true);
  });

  it("turns a side round where a negation is said outside that side's words, not where the side's own word is negated", () => {
    expect(describedBoolean(boost, 'stop the full power heating')).toBe(false);
    expect(describedBoolean(chime, 'unsilence the doorbell')).toBe(false);
  });

  it('leaves the plain reading where neither side or both are met, or the description says no sides', () => {
    expect(describedBoolean(boost, 'boost it')).toBeUndefined();
    expect(describedBoolean(boost, 'full power, then idle')).toBeUndefined();
    expect(describedBoolean(plain, 'night vision off')).toBeUndefined();
  });
});

describe('a flag the request must say something of', () => {
  const wordNet = openLexicon().wordNet;
  const setBoost = { name: 'set_boost', kind: 'action', description: 'Turns the rapid heating of the towel rail on or off.', parameters: [boost] } as unknown as NormalisedFunction;
  const nouns = new Set(['towel rail', 'rail']);

  it('is filled where a word of the function, its flag or their notes is said', () => {
    expect(saidBoolean(setBoost, boost, 'boost the rail', wordNet, nouns)).toBe(true);
    expect(saidBoolean(setBoost, boost, 'no rapid heating on the rail', wordNet, nouns)).toBe(false);
    expect(saidBoolean(setBoost, boost, 'let it idle gently', wordNet, nouns)).toBe(false);
  });

  it("is not filled by the device's own noun or a switch word alone", () => {
    expect(saidBoolean(setBoost, boost, 'set a reminder on the towel rail', wordNet, nouns)).toBeUndefined();
    expect(saidBoolean(setBoost, boost, 'set the rail to eco', wordNet, nouns)).toBeUndefined();
  });
});
