import { beforeAll, describe, expect, it } from 'vitest';
import { createEmbedderPool, openLexicon } from '@meshmind/rag';
import { evaluate, summarise, type CaseResult } from './eval/rag-eval-core';

// Floors sit a few points under what `npm run eval:rag` measures (BENCHMARKS.md), far above chance
// (1 in 15 for the robot API, 1 in 2..16 for home devices), so they catch regressions, not noise.
const FLOORS = { top1: 0.82, top3: 0.96, argumentAccuracy: 0.97, dialectTop1: 0.7 };

let results: CaseResult[];

beforeAll(async () => {
  const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  results = await evaluate({ embedder, lexicon: openLexicon() });
}, 120_000);

describe('retrieval on the labelled set', () => {
  it('covers every robot dialect and every catalog device type with at least 400 cases', () => {
    const groups = new Set(results.map((result) => result.group));
    expect([...groups].filter((group) => group.startsWith('robot:'))).toHaveLength(10);
    expect([...groups].filter((group) => group.startsWith('home:')).length).toBeGreaterThanOrEqual(15);
    expect(results.length).toBeGreaterThanOrEqual(400);
  });

  for (const split of ['dev', 'heldout'] as const) {
    it(`holds the accuracy floors on the ${split} split`, () => {
      const summary = summarise(results.filter((result) => result.split === split));
      expect(summary.top1).toBeGreaterThanOrEqual(FLOORS.top1);
      expect(summary.top3).toBeGreaterThanOrEqual(FLOORS.top3);
      expect(summary.argumentAccuracy).toBeGreaterThanOrEqual(FLOORS.argumentAccuracy);
    });
  }

  it('reads every vendor dialect well above chance, the German and French ones included', () => {
    for (const group of new Set(results.filter((result) => result.group.startsWith('robot:')).map((result) => result.group))) {
      expect(summarise(results.filter((result) => result.group === group)).top1, group).toBeGreaterThanOrEqual(FLOORS.dialectTop1);
    }
  });
});
