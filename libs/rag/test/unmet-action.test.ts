import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { unmetActionCall } from '../src/mapper/unmet-action';

// A document written for this test: a hatch opener that raises, lowers and halts a loft hatch. It
// has no bolt, latch or lock, so a request for one of those is for something it cannot do.
const hatch: DeviceDescription = {
  type: 'loft_hatch',
  title: 'Loft hatch opener',
  description: 'A motor that swings a loft hatch open and shut.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['hatch', 'loft hatch', 'trapdoor'],
  state: { hatch_state: { type: 'enum', description: 'Whether the hatch is open or shut.', values: ['open', 'shut', 'moving'] } },
  functions: [
    { name: 'open_hatch', description: 'Swings the hatch open so the ladder can come down.', kind: 'action', parameters: [], effects: [{ key: 'hatch_state', value: 'open' }] },
    { name: 'shut_hatch', description: 'Swings the hatch shut.', kind: 'action', parameters: [], effects: [{ key: 'hatch_state', value: 'shut' }] },
    { name: 'halt_hatch', description: 'Halts the hatch motor where it is while it moves.', kind: 'action', parameters: [] },
    { name: 'get_hatch_state', description: 'Reports whether the hatch is open, shut or moving.', kind: 'query', parameters: [], returns: { type: 'enum', description: 'open, shut or moving' } },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('a verb the device does not do, with no clear function for the rest of the request, is declined', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: hatch });
  });
  // Named by its kind and its place only, as most devices are: no word of its name vouches for a verb.
  const references = { names: ['Loft Hatch', 'attic door'], words: ['hatch', 'loft hatch', 'trapdoor', 'loft', 'attic'], kinds: hatch.nouns };

  it.each(['Lock the loft hatch.', 'Padlock the attic door.', 'Latch the attic door.'])('"%s" is not mapped to another action', async (text) => {
    const result = await mapper.map(text, { hatch_state: 'shut' }, { references });
    expect(called(result)).toBe('not_executable');
  });

  it.each([
    ['Open the loft hatch.', 'open_hatch'],
    ['Shut the attic door.', 'shut_hatch'],
    ['Halt the hatch.', 'halt_hatch'],
  ])('"%s" still does what the device does', async (text, call) => {
    expect(called(await mapper.map(text, { hatch_state: 'shut' }, { references }))).toEqual([call]);
  });
});

describe('unmetActionCall', () => {
  const call = (margin: number, score = 0.4): MapResult => ({
    kind: 'call',
    calls: [{ function: 'a', arguments: {}, confidence: 0.5, margin }],
    candidates: ['a', 'b'],
    ranking: [{ function: 'a', score, confidence: 0.5 }],
    leads: [{ function: 'a', margin, wordsDisagree: false }],
  });
  it('keeps any call when the opening verb is one the device does', () => {
    expect(unmetActionCall(call(0.001), undefined)).toBe(false);
  });
  it('declines a near tie, or a weak fit, under a verb the device does not do', () => {
    expect(unmetActionCall(call(0.01), { below: 0.25 })).toBe(true);
    expect(unmetActionCall(call(0.2, 0.2), { below: 0.25 })).toBe(true);
  });
  it('keeps a clear lead under such a verb', () => {
    expect(unmetActionCall(call(0.2), { below: 0.25 })).toBe(false);
  });
  it('never turns a declined request into a call', () => {
    expect(unmetActionCall({ kind: 'not_executable', reason: 'x', candidates: [], ranking: [] }, { below: 0.25 })).toBe(false);
  });
});
