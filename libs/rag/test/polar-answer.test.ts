import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// A flood alarm written for this test: it says whether it is tripped, and what it watches for.
const alarm: DeviceDescription = {
  type: 'flood_alarm', title: 'Flood alarm', description: 'An alarm that watches for one hazard (flooding, frost, fumes) and trips when it finds it.', domain: 'home', version: '1.0.0',
  nouns: ['flood alarm', 'alarm', 'detector'],
  state: { tripped: { type: 'boolean', description: 'Whether the hazard has been found.' }, hazard: { type: 'string', description: 'What the alarm watches for, e.g. flood, frost, fumes.' } },
  functions: [
    { name: 'is_tripped', description: 'Reports whether the alarm has found its hazard right now.', kind: 'query', parameters: [], returns: { type: 'boolean', description: 'True when tripped.' } },
    { name: 'get_hazard', description: 'Reads what kind of hazard the alarm detects.', kind: 'query', parameters: [], returns: { type: 'string', description: 'A hazard such as flood or frost.' } },
  ],
};
const state = { tripped: false, hazard: 'flood', };
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('a yes/no question is answered by a yes or a no, never by a name', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: alarm });
  }, 60_000);

  it('reads whether it holds for a yes/no question', async () => {
    expect(called(await mapper.map('is the alarm going off?', state))).toEqual(['is_tripped']);
  });

  it('still reads the name where the question asks one', async () => {
    expect(called(await mapper.map('what kind of hazard does it watch for?', state))).toEqual(['get_hazard']);
  });
});
