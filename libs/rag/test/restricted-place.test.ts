import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper } from '@meshmind/rag';

// A robot mower written for this test: it mows the whole lawn and takes no area.
const mower = {
  type: 'mower', title: 'Robot mower', description: 'A robot lawn mower that mows the whole lawn and returns to its base.', domain: 'home', version: '1.0.0', nouns: ['mower', 'robot mower'],
  state: { status: { type: 'enum', description: 'What it does.', values: ['mowing', 'docked'] } },
  functions: [
    { name: 'start_mowing', description: 'Starts mowing the whole lawn.', kind: 'action', parameters: [], effects: [{ key: 'status', value: 'mowing' }] },
    { name: 'return_to_base', description: 'Sends the mower back to its base.', kind: 'action', parameters: [], effects: [{ key: 'status', value: 'docked' }] },
  ],
} as unknown as DeviceDescription;

const called = (result: Awaited<ReturnType<ApiMapper['map']>>) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('a deed kept to one place that the call cannot keep to', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: mower });
  }, 60_000);

  it('is declined where a restricting word stands by a place', async () => {
    for (const text of ['mow only the front garden', 'start mowing the orchard only', 'mow just the courtyard']) expect(called(await mapper.map(text)), text).toBe('not_executable');
  });

  it('stands where the restricting word says no place', async () => {
    for (const text of ['just start mowing', 'only start mowing now', 'mow just a strip']) expect(called(await mapper.map(text)), text).toEqual(['start_mowing']);
  });
});

// A floor sweeper written for this test: its noun is its purpose's ("sweep"), so a request by that verb is read as its start.
const sweeper = {
  type: 'sweeper', title: 'Robot sweeper', description: 'A robot sweeper that sweeps the whole floor and returns to its dock.', domain: 'home', version: '1.0.0', nouns: ['sweeper', 'robot sweeper'],
  state: { status: { type: 'enum', description: 'What it does.', values: ['cleaning', 'docked'] } },
  functions: [
    { name: 'start_cleaning', description: 'Starts a cleaning run of the whole floor.', kind: 'action', parameters: [], effects: [{ key: 'status', value: 'cleaning' }] },
    { name: 'return_to_dock', description: 'Sends the sweeper back to its dock.', kind: 'action', parameters: [], effects: [{ key: 'status', value: 'docked' }] },
  ],
} as unknown as DeviceDescription;

describe('a place said by several nouns, or lost when the verb is read as the start', () => {
  let mowing: ApiMapper;
  let sweeping: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mowing = await createApiMapper({ embedder, lexicon: openLexicon(), document: mower });
    sweeping = await createApiMapper({ embedder, lexicon: openLexicon(), document: sweeper });
  }, 60_000);

  it('is declined where the nouns before "only" end in a place', async () => {
    for (const text of ['mow the back garden only', 'start mowing the kitchen garden only']) expect(called(await mowing.map(text)), text).toBe('not_executable');
  });

  it('is declined as said where the reading left the place out', async () => {
    for (const text of ['sweep the hall only', 'sweep the dining room only']) expect(called(await sweeping.map(text)), text).toBe('not_executable');
    expect(called(await sweeping.map('sweep the house'))).toEqual(['start_cleaning']);
  });
});
