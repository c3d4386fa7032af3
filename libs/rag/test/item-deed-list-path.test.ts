import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// A device written for this test: a seed order for an allotment, worded unlike the catalog's to-do list.
const seeds: DeviceDescription = {
  type: 'seed_order', title: 'Seed order', description: 'The seeds and sets to order for the allotment.', domain: 'home', version: '1.0.0',
  nouns: ['seed order', 'order list', 'list'],
  state: { wanted: { type: 'string_list', description: 'Seeds still to order.' } },
  functions: [
    { name: 'add_seed', description: 'Adds a seed to the order list.', kind: 'action', parameters: [{ name: 'seed', type: 'string', description: "The seed to order, e.g. 'runner beans'." }] },
    { name: 'strike_seed', description: 'Deletes a seed from the order list.', kind: 'action', parameters: [{ name: 'seed', type: 'string', description: 'The seed to delete, as written.' }] },
    { name: 'read_order', description: 'Reads the seeds still to order.', kind: 'query', parameters: [] },
  ],
};
const state = { wanted: ['leeks', 'shallots'] };
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('a verb of putting before several items and the list they go on', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: seeds });
  }, 120_000);

  // Cut at "and", the first clause ("put parsnips") says no path; the phrase after the last item does.
  it.each(['put carrots and beetroot on the list', 'put parsnips and kale on the order list please'])('adds "%s"', async (text) => {
    const result = await mapper.map(text, state);
    expect(called(result)).toEqual(['add_seed', 'add_seed']);
  });

  it.each(['sort the leeks and shallots on the list', 'print the list and the leeks'])('still declines "%s"', async (text) => {
    expect(called(await mapper.map(text, state))).toBe('not_executable');
  });
});
