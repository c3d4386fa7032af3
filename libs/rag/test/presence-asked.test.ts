import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper } from '@meshmind/rag';
import { asksPresence } from '../src/mapper/presence-asked';

// Two devices written for this test: a gate latch contact, and a porch camera that spots people.
const gate = {
  type: 'gate_contact', title: 'Gate contact', description: 'A contact on the garden gate.', domain: 'home', version: '1.0.0', nouns: ['gate contact', 'gate sensor'],
  state: { latched: { type: 'boolean', description: 'Whether the gate is latched shut.' } },
  functions: [{ name: 'is_latched', description: 'Reports whether the gate is latched shut.', kind: 'query', parameters: [], returns: { type: 'boolean', description: 'True when latched.' } }],
} as unknown as DeviceDescription;
const porch = {
  type: 'porch_camera', title: 'Porch camera', description: 'A camera over the porch.', domain: 'home', version: '1.0.0', nouns: ['porch camera', 'camera'],
  state: { seen: { type: 'boolean', description: 'Whether someone is in view.' } },
  functions: [{ name: 'is_visitor_seen', description: 'Reports whether a visitor is standing in view.', kind: 'query', parameters: [], returns: { type: 'boolean', description: 'True while a visitor is seen.' } }],
} as unknown as DeviceDescription;

const outcome = (result: Awaited<ReturnType<ApiMapper['map']>>) => (result.kind === 'call' ? result.calls.map((call) => call.function).join(',') : 'declined');

describe('a question whether anyone is there', () => {
  it('is told by an indefinite pronoun of persons as its subject', () => {
    expect(asksPresence('is there somebody by the gate')).toBe(true);
    expect(asksPresence('anyone out front?')).toBe(true);
    expect(asksPresence('did someone leave the gate open')).toBe(false);
    expect(asksPresence('is the gate latched')).toBe(false);
  });

  describe('through the mapper', () => {
    let gateMapper: ApiMapper;
    let porchMapper: ApiMapper;
    beforeAll(async () => {
      const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
      gateMapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: gate });
      porchMapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: porch });
    }, 60_000);

    it('is declined by a reading that speaks of no person', async () => {
      const result = await gateMapper.map('is there somebody by the gate', { latched: true });
      expect(outcome(result)).toBe('declined');
      if (result.kind === 'not_executable') expect(result.reason).toContain('not whether anyone is there');
    });

    it('is answered by a reading that speaks of one', async () => {
      expect(outcome(await porchMapper.map('is anybody at the porch', { seen: false }))).toBe('is_visitor_seen');
    });

    it('leaves the reading its own question', async () => {
      expect(outcome(await gateMapper.map('is the gate latched?', { latched: true }))).toBe('is_latched');
    });
  });
});
