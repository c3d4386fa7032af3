import { beforeAll, describe, expect, it } from 'vitest';
import type { Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import type { MapResult } from '../src/mapper/api-mapper-options';
import { cellarHatch } from './support/cellar-hatch';
import { deedForbidden } from '../src/mapper/forbidden-deed';
import { deedPassedOn } from '../src/mapper/passed-negation';

// A cellar hatch written for this test: a deed said needless is not done.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet!;

const chosen = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);

describe('a deed said needless', () => {
  it('reads the deed after the negated modal of necessity', () => {
    expect(deedForbidden('no need to bolt the hatch')).toBe('bolt the hatch');
    expect(deedForbidden("there's no need to start the fountain")).toBe('start the fountain');
    expect(deedForbidden('we need to bolt the hatch')).toBeUndefined();
  });

  it('passes the negation of a verb of effort to the deed, not that of forgetting', () => {
    expect(deedPassedOn('bother bolting the hatch', wordNet)).toBe(true);
    expect(deedPassedOn('try to start the pump', wordNet)).toBe(true);
    expect(deedPassedOn('forget to bolt the hatch', wordNet)).toBe(false);
  });
});

describe('through the mapper', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it('does not do a deed said needless', async () => {
    const hatch = await createApiMapper({ embedder, lexicon, document: cellarHatch, selfNoun: 'hatch' });
    expect((await hatch.map('no need to bolt the hatch', { hatch_state: 'unbolted' })).kind).toBe('not_executable');
    expect((await hatch.map("don't bother bolting it", { hatch_state: 'unbolted' })).kind).toBe('not_executable');
    expect(chosen(await hatch.map("don't forget to bolt the hatch", { hatch_state: 'unbolted' }))).toEqual(['bolt']);
  });

});
