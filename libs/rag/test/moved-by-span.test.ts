import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// An audiobook player written for this test: it moves by whole chapters only, no parameter holds a time.
const audiobook: DeviceDescription = {
  type: 'audiobook_player',
  title: 'Audiobook player',
  description: 'A bedside player for spoken books.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['audiobook player', 'book player'],
  state: { playing: { type: 'boolean', description: 'Whether the book is being read aloud.' } },
  functions: [
    { name: 'play', description: 'Starts reading the book aloud.', kind: 'action', parameters: [], effects: [{ key: 'playing', value: true }] },
    { name: 'pause', description: 'Pauses the reading.', kind: 'action', parameters: [], effects: [{ key: 'playing', value: false }] },
    { name: 'next_chapter', description: 'Skips ahead to the next chapter.', kind: 'action', parameters: [] },
    { name: 'previous_chapter', description: 'Goes back to the previous chapter.', kind: 'action', parameters: [] },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('a span of time after a way forward or back is a seek no chapter skip makes (span-not-held.ts)', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: audiobook });
  }, 180_000);
  const state = { playing: true };

  it('declines a move by a span said without a digit, keeps a move by a chapter', async () => {
    expect(called(await mapper.map('jump ahead a couple of minutes', state))).toBe('not_executable');
    expect(called(await mapper.map('go back a few minutes in the book', state))).toBe('not_executable');
    expect(called(await mapper.map('skip ahead a chapter', state))).toEqual(['next_chapter']);
    expect(called(await mapper.map('go back a chapter', state))).toEqual(['previous_chapter']);
  }, 120_000);
});
