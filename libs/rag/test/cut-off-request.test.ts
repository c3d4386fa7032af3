import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import { normaliseApiDocument as normaliseDocument } from '../src/api-document';
import type { MapResult } from '../src/mapper/api-mapper-options';
import { cutOffRequest } from '../src/mapper/cut-off-request';

// A garden gate and a packing list written for this test: a request cut off before its object asks for nothing yet.
const lexicon = openLexicon();

const gate = {
  type: 'garden_gate',
  title: 'Electric garden gate',
  nouns: ['gate', 'garden gate'],
  state: { gate_open: { type: 'boolean', description: 'Whether the gate stands open.' } },
  functions: [
    { name: 'swing_open', kind: 'action', parameters: [], description: 'Swings the garden gate open.', effects: [{ key: 'gate_open', value: true }] },
    { name: 'swing_shut', kind: 'action', parameters: [], description: 'Swings the garden gate shut.', effects: [{ key: 'gate_open', value: false }] },
  ],
} as unknown as DeviceDescription;

const packing = {
  type: 'packing_list',
  title: 'Holiday packing list',
  nouns: ['packing list', 'list'],
  state: { entries: { type: 'string_list', description: 'Things still to pack.' } },
  functions: [
    { name: 'pack_entry', kind: 'action', parameters: [{ name: 'entry', type: 'string', description: 'The thing to pack.' }], description: 'Puts a thing on the packing list.' },
    { name: 'drop_entry', kind: 'action', parameters: [{ name: 'entry', type: 'string', description: 'The thing to take off.' }], description: 'Takes a thing off the packing list.' },
    { name: 'read_entries', kind: 'query', parameters: [], description: 'Reads out what is still to pack.', returns: { type: 'string_list', description: 'entries' } },
  ],
} as unknown as DeviceDescription;

const chosen = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);

describe('a request cut off before its object', () => {
  it('is declined where it ends on an article or a possessive that opens a noun', () => {
    const document = normaliseDocument(gate);
    for (const text of ['swing the', 'open the', 'shut our', 'could you close my', 'open the, please']) {
      expect(cutOffRequest(text, document, 'gate')?.kind, text).toBe('not_executable');
    }
  });

  it('is declined where a lone word names a function that needs a free text', () => {
    const document = normaliseDocument(packing);
    expect(cutOffRequest('pack', document, 'list')?.kind).toBe('not_executable');
    expect(cutOffRequest('drop please', document, 'list')?.kind).toBe('not_executable');
  });

  it('leaves requests that end on a word that may end them', () => {
    const gateDocument = normaliseDocument(gate), packingDocument = normaliseDocument(packing);
    for (const text of ['open the gate', 'shut it', 'is the gate his', 'leave it to her', 'pack vitamin a']) {
      expect(cutOffRequest(text, gateDocument, 'gate'), text).toBeUndefined();
    }
    for (const text of ['pack the towels', 'read', 'entries']) {
      expect(cutOffRequest(text, packingDocument, 'list'), text).toBeUndefined();
    }
  });
});

describe('through the mapper', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it('makes no call for a cut-off request and still does a whole one', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: gate, selfNoun: 'gate' });
    expect((await mapper.map('swing the', { gate_open: false })).kind).toBe('not_executable');
    expect(chosen(await mapper.map('swing the gate open', { gate_open: false }))).toEqual(['swing_open']);
    const list = await createApiMapper({ embedder, lexicon, document: packing, selfNoun: 'list' });
    expect((await list.map('pack', { entries: [] })).kind).toBe('not_executable');
  });
});
