import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// A document written for this test: a shed door switch that only says whether the door is closed.
const shedDoor: DeviceDescription = {
  type: 'shed_door_switch', title: 'Shed door switch', description: 'A reed switch on the garden shed door.', domain: 'home', version: '1.0.0',
  nouns: ['shed door switch', 'door switch'],
  state: { closed: { type: 'boolean', description: 'Whether the shed door is closed.' } },
  functions: [
    { name: 'is_closed', description: 'Reports whether the shed door is closed.', kind: 'query', parameters: [], returns: { type: 'boolean', description: 'True when closed, false when open.' } },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('a yes-or-no question whose predicate the reading does not tell is declined', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: shedDoor });
  }, 60_000);

  it.each(['is the shed warm', 'is it dark in the shed', 'is the shed door padlocked', 'is the shed door painted', 'is the back door padlocked', 'is the side door bolted'])('declines "%s"', async (said) => {
    expect(called(await mapper.map(said, { closed: true }))).toBe('not_executable');
  });

  it.each(['is the shed door shut', 'is the shed door open', 'is the shed door closed properly', 'is the shed door still open', 'is the shed door open 30%?', 'is the back door shut'])('answers "%s"', async (said) => {
    expect(called(await mapper.map(said, { closed: true }))).toEqual(['is_closed']);
  });
});
