import { beforeAll, describe, expect, it } from 'vitest';
import { getDeviceDescription } from '@meshmind/devices';
import type { Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';

describe('abstention: a call that barely leads the next function is not made', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });
  it('reports each call with its margin over the next feasible function', async () => {
    const mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: getDeviceDescription('light')!, minimumMargin: 0 });
    const result = await mapper.map('Switch the lamp off.');
    expect(result.kind).toBe('call');
    if (result.kind === 'call') expect(result.calls[0]!.margin).toBeGreaterThan(0);
  });
  it('declines, naming both functions, when the lead is under the minimum margin', async () => {
    const mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: getDeviceDescription('light')!, minimumMargin: 10 });
    const result = await mapper.map('Switch the lamp off.');
    expect(result.kind).toBe('not_executable');
    if (result.kind === 'not_executable') expect(result.reason).toMatch(/fits turn_off and \w+ about equally/);
  });
});
