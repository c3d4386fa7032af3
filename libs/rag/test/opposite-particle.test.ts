import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import type { WordNet } from '@meshmind/language';
import { createApiMapper, createEmbedderPool, normaliseApiDocument, openLexicon, type ApiMapper } from '@meshmind/rag';
import { wayBackGoal } from '../src/mapper/opposite-particle';

// Written for this test: a top-hung roof vent that is pushed out to open, whose document calls open "out".
const vent: DeviceDescription = {
  type: 'roof_vent', title: 'Roof vent', description: 'A motorised top-hung roof vent.', domain: 'home', version: '1.0.0',
  nouns: ['vent', 'roof vent'],
  state: {
    vent_state: { type: 'enum', description: 'Whether the vent is open or closed.', values: ['open', 'closed', 'opening', 'closing'], synonyms: { open: ['out', 'pushed out'], closed: ['shut'] } },
  },
  functions: [
    { name: 'open_vent', description: 'Pushes the vent out so that air comes in.', kind: 'action', parameters: [], effects: [{ key: 'vent_state', value: 'open' }] },
    { name: 'close_vent', description: 'Pulls the vent shut against its frame.', kind: 'action', parameters: [], effects: [{ key: 'vent_state', value: 'closed' }] },
  ],
};
const wordNet = openLexicon({ enabled: true }).wordNet as WordNet | undefined;

describe('a particle whose opposite the document names (opposite-particle.ts)', () => {
  it.skipIf(!wordNet)('asks for the antonym of the value its opposite names', () => {
    const document = normaliseApiDocument(vent);
    expect(wayBackGoal(document, ['the', 'vent', 'in'], wordNet)).toEqual({ particle: 'in', goal: { key: 'vent_state', value: 'closed' } });
    expect(wayBackGoal(document, ['in', 'the', 'roof', 'vent'], wordNet)?.goal.value).toBe('closed');
  });
  it.skipIf(!wordNet)('reads nothing where the object is not the device, or the particle is named itself', () => {
    const document = normaliseApiDocument(vent);
    expect(wayBackGoal(document, ['the', 'breeze', 'in'], wordNet)).toBeUndefined();
    expect(wayBackGoal(document, ['the', 'vent', 'out'], wordNet)).toBeUndefined();
  });
});

let mapper: ApiMapper;
beforeAll(async () => {
  const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  mapper = await createApiMapper({ embedder, lexicon: openLexicon({ enabled: true }), document: vent });
}, 120_000);

describe('a vent pulled in, end to end', () => {
  it('closes it', async () => {
    for (const text of ['pull the vent in', 'bring in the roof vent']) {
      const result = await mapper.map(text, { vent_state: 'open' });
      expect(result.kind === 'call' && result.calls[0]?.function, text).toBe('close_vent');
    }
  });
});
