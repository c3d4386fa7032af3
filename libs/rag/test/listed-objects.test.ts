import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { throughListedObjects } from '../src/mapper/listed-objects';

// A device written for this test: a seed-swap list at an allotment, worded unlike the catalog's to-do list.
const swaps: DeviceDescription = {
  type: 'swap_list', title: 'Seed swap list', description: 'The seeds we mean to swap at the allotment.', domain: 'home', version: '1.0.0',
  nouns: ['swap list', 'list'],
  state: { seeds: { type: 'string_list', description: 'Seeds still to swap.' } },
  functions: [
    { name: 'add_seed', description: 'Adds a seed to the swap list.', kind: 'action', parameters: [{ name: 'seed', type: 'string', description: "The seed, e.g. 'runner beans'." }] },
    { name: 'remove_seed', description: 'Deletes a seed from the list.', kind: 'action', parameters: [{ name: 'seed', type: 'string', description: 'The seed to delete, as written.' }] },
    { name: 'read_seeds', description: 'Reads the seeds still to swap.', kind: 'query', parameters: [] },
  ],
};
const state = { seeds: ['borage', 'chard'] };
const added = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => `${call.function}:${String(Object.values(call.arguments)[0])}`) : [result.kind]);

describe('the clauses a verb heads as a list of its objects', () => {
  const hasVerb = (clause: string) => /^(put|sow|water)\b/.test(clause);

  it('runs on through the clauses that open with no verb of their own', () => {
    expect(throughListedObjects(['put leeks', 'kale', 'beets on the list'], 0, hasVerb)).toBe('put leeks, kale, beets on the list');
  });

  it('stops at the next clause with a verb', () => {
    expect(throughListedObjects(['put leeks', 'water the beds'], 0, hasVerb)).toBe('put leeks');
    expect(throughListedObjects(['put leeks', 'kale', 'sow the peas'], 0, hasVerb)).toBe('put leeks, kale');
  });
});

describe('items said as a list before the phrase that names the list (#17 lists)', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: swaps });
  }, 120_000);

  it('adds each item where a verb of placing heads several', async () => {
    expect(added(await mapper.map('put leeks and kale on the swap list', state))).toEqual(['add_seed:leeks', 'add_seed:kale']);
    expect(added(await mapper.map('pop parsnips, squash and beetroot on the list', state))).toEqual(['add_seed:parsnips', 'add_seed:squash', 'add_seed:beetroot']);
  });

  it('still declines a verb no function does, said of several items', async () => {
    expect((await mapper.map('sort leeks and kale by name', state)).kind).toBe('not_executable');
  });
});
