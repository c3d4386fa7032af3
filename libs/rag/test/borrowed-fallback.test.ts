import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { robotDescription, ROBOT_DIALECTS } from '@meshmind/devices';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

// A fallback declined because every word that explains it was spent on a better candidate
// (fallback-call.ts borrowsWords) is not called, yet it stays a reading that a lower candidate must beat:
// to the Chinese-documented robot, "go down" ("set", as the sun sets) explains both the speed and the
// mapping, and "basement" meets the dock only through WordNet's "base". Before, the mapping was dropped
// from the margin and the return to the dock won alone.
describe('a fallback that borrows its words still competes for the margin (#17)', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    const dialect = ROBOT_DIALECTS.find((item) => item.id === 'python-zh')!;
    const selfNoun = robotDescription(dialect.id, { shelves: 12, width: 20, height: 20 }).nouns[0];
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon: openLexicon({ enabled: true }), cacheDir: mkdtempSync(join(tmpdir(), 'borrowed-')), document: dialect.document, ...(selfNoun ? { selfNoun } : {}) });
  });

  it.each(['Please go down to the basement.', 'Go down into the basement.', 'Go down to the ground floor.'])('"%s" is not a return to the dock', async (text) => {
    expect(await mapper.map(text, {}).then(called)).toBe('not_executable');
  });

  it('still docks where the dock is said', async () => {
    expect(await mapper.map('Go down to the dock.', {}).then(called)).toEqual(['return_to_dock']);
  });
});
