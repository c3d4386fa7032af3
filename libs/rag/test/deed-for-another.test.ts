import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';

// A library book trolley written for this test: it drives to a numbered bay, photographs and tells where it is.
// A deed asked of someone else through it ("have the porter ...", "tell Ana where you are") is not its own.
const lexicon = openLexicon();

const trolley = {
  type: 'book_trolley',
  title: 'Library book trolley',
  nouns: ['trolley'],
  state: {},
  functions: [
    { name: 'go_to_bay', kind: 'action', parameters: [{ name: 'bay', type: 'integer', minimum: 1, maximum: 40, description: 'Number of the bay to drive to.' }], description: 'Drives the trolley to a numbered bay of shelves.' },
    { name: 'where_am_i', kind: 'query', parameters: [], description: 'Tells where the trolley is now.' },
    { name: 'photograph_bay', kind: 'action', parameters: [], description: 'Takes a photograph of the bay in front of it.' },
  ],
} as unknown as DeviceDescription;

const chosen = (result: { kind: string; calls?: { function: string }[] }) => (result.kind === 'call' ? result.calls!.map((call) => call.function) : []);

describe('a deed asked of someone else through the device', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it('declines a deed a causative or a telling verb asks of a third party', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: trolley, selfNoun: 'trolley' });
    for (const text of ['Have the porter go to bay 12.', 'Tell Ana where you are.', 'Let the librarian know you are at bay 3.', 'Ask the porter to photograph bay 7.']) {
      const result = await mapper.map(text);
      expect(result.kind, text).toBe('not_executable');
    }
  });

  it('does what the speaker asks of it, told to the speaker', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: trolley, selfNoun: 'trolley' });
    expect(chosen(await mapper.map('Go to bay 12.'))).toEqual(['go_to_bay']);
    expect(chosen(await mapper.map('Tell me where you are.'))).toEqual(['where_am_i']);
    expect(chosen(await mapper.map('Make your way to bay 3.'))).toEqual(['go_to_bay']);
  });
});
