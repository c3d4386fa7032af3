import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import type { MapResult } from '../src/mapper/api-mapper-options';

// A gate bolt written for this test: its noun, its verb and its function's name are one word.
const lexicon = openLexicon();

const gateBolt = {
  type: 'gate_bolt',
  title: 'Motorised gate bolt',
  nouns: ['bolt', 'gate bolt'],
  state: { bolted: { type: 'boolean', description: 'Whether the gate is bolted.' } },
  functions: [
    { name: 'bolt', kind: 'action', parameters: [], description: 'Shoots the bolt so the garden gate stays shut.', effects: [{ key: 'bolted', value: true }] },
    { name: 'unbolt', kind: 'action', parameters: [], description: 'Draws the bolt back so the garden gate can open.', effects: [{ key: 'bolted', value: false }] },
    { name: 'is_bolted', kind: 'query', parameters: [], description: 'Reports whether the gate is bolted.', returns: { type: 'boolean', description: 'true when bolted' } },
  ],
} as unknown as DeviceDescription;

const chosen = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);

describe("a forbidden or already done deed whose verb is the device's noun and its function's name", () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it('is declined, though the noun keeps the verb out of the words read', async () => {
    const bolt = await createApiMapper({ embedder, lexicon, document: gateBolt, selfNoun: 'bolt' });
    expect((await bolt.map("don't bolt me in", { bolted: false })).kind).toBe('not_executable');
    expect((await bolt.map('never bolt it', { bolted: false })).kind).toBe('not_executable');
    expect((await bolt.map('I bolted it myself', { bolted: true })).kind).toBe('not_executable');
  });

  it('still does what is asked, and a negation of another verb', async () => {
    const bolt = await createApiMapper({ embedder, lexicon, document: gateBolt, selfNoun: 'bolt' });
    expect(chosen(await bolt.map('bolt it', { bolted: false }))).toEqual(['bolt']);
    expect(chosen(await bolt.map("don't forget to bolt it", { bolted: false }))).toEqual(['bolt']);
  });
});
