import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import { scalingDirection, scalingFactor } from '../src/arguments/scaling-verbs';

// A pond pump written for this test: its flow is a level in percent, read and set.
const lexicon = openLexicon();

const pump = {
  type: 'pond_pump',
  title: 'Pond pump',
  nouns: ['pond pump', 'pump'],
  state: { flow: { type: 'integer', description: 'Flow rate of the pump.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    {
      name: 'set_flow',
      kind: 'action',
      parameters: [{ name: 'flow', type: 'integer', description: 'Target flow rate.', unit: '%', minimum: 0, maximum: 100 }],
      description: 'Sets the flow rate of the pump.',
      effects: [{ key: 'flow', parameter: 'flow' }],
    },
    { name: 'get_flow', kind: 'query', parameters: [], description: 'Reads the current flow rate of the pump.', returns: { type: 'integer', description: 'Flow rate.', unit: '%' } },
  ],
} as unknown as DeviceDescription;

describe('a verb that multiplies a level', () => {
  it('gives its factor where it opens the request, after courtesy', () => {
    expect(scalingFactor('halve the flow')).toBe(0.5);
    expect(scalingFactor('could you double the pump flow')).toBe(2);
    expect(scalingFactor('please triple it')).toBe(3);
  });

  it('gives none where the word names a thing rather than opening the request', () => {
    expect(scalingFactor('turn on the double socket')).toBeUndefined();
    expect(scalingFactor('set the flow to half')).toBeUndefined();
    expect(scalingDirection('turn on the double socket')).toBe(0);
  });

  it('reads the idiom "in half" after any verb as a factor, and "by half" not', () => {
    expect(scalingFactor('cut the flow in half')).toBe(0.5);
    expect(scalingFactor('please slash the pump flow in half')).toBe(0.5);
    expect(scalingFactor('increase the flow by half')).toBeUndefined();
    expect(scalingDirection('chop the flow in half')).toBe(-1);
  });

  it('moves the level down for a factor below one and up above it', () => {
    expect(scalingDirection('halve the flow')).toBe(-1);
    expect(scalingDirection('double the flow')).toBe(1);
  });

  describe('through the mapper', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    });

    it('sets the current level times the factor, not a reading of it', async () => {
      const mapper = await createApiMapper({ embedder, lexicon, document: pump });
      for (const [text, flow] of [['halve the pump flow', 30], ['Double the flow of the pond pump.', 100], ['could you halve the flow rate', 30], ['cut the pump flow in half', 30]] as const) {
        const result = await mapper.map(text, { flow: 60 });
        expect(result.kind === 'call' ? 'call' : result.reason, text).toBe('call');
        if (result.kind === 'call') expect(result.calls[0], text).toMatchObject({ function: 'set_flow', arguments: { flow } });
      }
    });
  });
});
