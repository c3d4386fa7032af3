import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import { withLetThrough } from '../src/mapper/let-through';

// A field gate written for this test: it opens, closes and stops. Letting someone through it is opening it.
const lexicon = openLexicon();

const gate = {
  type: 'field_gate',
  title: 'Field gate',
  nouns: ['gate', 'field gate'],
  state: { position: { type: 'string', description: 'open or shut' } },
  functions: [
    { name: 'swing_open', kind: 'action', parameters: [], description: 'Opens the gate.' },
    { name: 'swing_shut', kind: 'action', parameters: [], description: 'Closes the gate.' },
    { name: 'halt_gate', kind: 'action', parameters: [], description: 'Stops the gate where it is.' },
  ],
} as unknown as DeviceDescription;

describe('letting someone through', () => {
  it('reads as opening what follows the particle', () => {
    expect(withLetThrough('let me into the paddock')).toBe('open the paddock');
    expect(withLetThrough('please let the sheep out through the gate')).toBe('please open the gate');
    expect(withLetThrough('let me out of the barn')).toBe('open the barn');
    expect(withLetThrough('Let my little brother in.')).toBe('open');
    expect(withLetThrough('could you let us through')).toBe('could you open');
  });

  it('leaves "let" that lets no one through alone', () => {
    for (const text of ['let me see the camera', 'let the light stay on', 'let it run for an hour', 'close the gate']) expect(withLetThrough(text), text).toBe(text);
  });

  describe('through the mapper', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    });

    it('opens the gate', async () => {
      const mapper = await createApiMapper({ embedder, lexicon, document: gate, selfNoun: 'gate' });
      for (const text of ['let me into the field', 'let the horses out of the gate', 'let the tractor through the gate']) {
        const result = await mapper.map(text);
        expect(result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind, text).toEqual(['swing_open']);
      }
    });
  });
});
