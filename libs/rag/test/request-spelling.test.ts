import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { typingDistance } from '@meshmind/language';
import { createApiMapper, createEmbedderPool, normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { spelledAsMeant } from '../src/mapper/spelled-as-meant';

const lexicon = openLexicon();
const wordNet = lexicon.wordNet;

// A sluice gate written for this test: it opens, closes and stops, and reports its level.
const sluice = {
  type: 'sluice_gate',
  title: 'Sluice gate',
  description: 'A motorised sluice gate on a mill stream.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['sluice', 'gate', 'sluice gate'],
  state: { level: { type: 'integer', description: 'How far the gate is raised.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    { name: 'open_sluice', kind: 'action', parameters: [], description: 'Opens the gate fully so the water runs.' },
    { name: 'close_sluice', kind: 'action', parameters: [], description: 'Closes the gate so the water stops.' },
    { name: 'stop_sluice', kind: 'action', parameters: [], description: 'Stops the gate where it is.' },
    { name: 'read_level', kind: 'query', parameters: [], description: 'Reads how far the gate is raised.', returns: { type: 'integer', description: 'Level.', unit: '%' } },
  ],
} as unknown as DeviceDescription;

// A plug whose two functions share their verb and differ by a particle.
const plug = {
  type: 'smart_plug',
  title: 'Smart plug',
  description: 'A plug socket that switches what is plugged into it.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['plug', 'socket'],
  state: { on: { type: 'boolean', description: 'Whether the socket is switched on.' } },
  functions: [
    { name: 'turn_on', kind: 'action', parameters: [], description: 'Switches the socket on.' },
    { name: 'turn_off', kind: 'action', parameters: [], description: 'Switches the socket off.' },
  ],
} as unknown as DeviceDescription;

describe('spelledAsMeant on a verb typed with a slip', () => {
  const document = normaliseApiDocument(plug);
  it.each([
    ['Trun on the plug', 'Turn on the plug'],
    // "plaese" is no word of the document, but a slip of the courtesy word "please" (lexicon-slip.ts).
    ['plaese tunr the socket off', 'please turn the socket off'],
    ['tunr it off', 'turn it off'],
  ])('"%s" reads as "%s"', (text, expected) => {
    expect(spelledAsMeant(text, document, wordNet)).toBe(expected);
  });

  it.each(['turn on the plug', 'run the plug', 'Zorg on the plug'])('"%s" stays as typed: a known word, or no slip of one', (text) => {
    expect(spelledAsMeant(text, document, wordNet)).toBe(text);
  });
});

describe('two neighbouring letters swapped are one slip', () => {
  it('counts a swap as one edit and other slips as before', () => {
    expect(typingDistance('opne', 'open', 1)).toBe(1);
    expect(typingDistance('colse', 'close', 1)).toBe(1);
    expect(typingDistance('opn', 'open', 1)).toBe(1);
    expect(typingDistance('nope', 'open', 1)).toBe(2);
  });

  describe('through the mapper', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    });

    it.each([
      ['trun on the plug', 'turn_on'],
      ['trun off the plug', 'turn_off'],
    ])('"%s" reads the verb with its particle', async (text, expected) => {
      const mapper = await createApiMapper({ embedder, lexicon, document: plug });
      const result = await mapper.map(text);
      expect(result.kind === 'call' ? result.calls[0]!.function : result.kind, text).toBe(expected);
    });

    it.each([
      ['opne the sluice', 'open_sluice'],
      ['Opne the sluice gate please', 'open_sluice'],
      ['stpo the gate', 'stop_sluice'],
      ['colse the sluice gate', 'close_sluice'],
      ['please cloes the gate', 'close_sluice'],
    ])('"%s" is read as the word the typist meant', async (text, expected) => {
      const mapper = await createApiMapper({ embedder, lexicon, document: sluice });
      const result = await mapper.map(text);
      expect(result.kind === 'call' ? result.calls[0]!.function : result.kind, text).toBe(expected);
    });
  });
});
