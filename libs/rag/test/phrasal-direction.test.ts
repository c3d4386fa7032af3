import { beforeAll, describe, expect, it } from 'vitest';
import { stem } from '@meshmind/language';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import { particleVerb, undirectedVerbs } from '../src/mapper/phrasal-direction';

// A projector written for this test: it wakes from standby, sleeps, and raises or lowers its lamp's
// brightness by a step. "wake up" must wake it, not brighten it; "turn up" and "brighten up" still brighten.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet;

const projector = {
  type: 'projector',
  title: 'Projector',
  state: {},
  functions: [
    { name: 'power_on', kind: 'action', parameters: [], description: 'Wakes the projector from standby.' },
    { name: 'power_off', kind: 'action', parameters: [], description: 'Puts the projector to sleep.' },
    { name: 'brightness_up', kind: 'action', parameters: [], description: 'Raises the lamp brightness by a step.' },
    { name: 'brightness_down', kind: 'action', parameters: [], description: 'Lowers the lamp brightness by a step.' },
  ],
} as unknown as DeviceDescription;

describe.skipIf(!wordNet)('the particle of a phrasal verb that means its plain verb', () => {
  it('names the verb where the particle is the only word of direction and the phrasal verb means the verb', () => {
    expect(particleVerb(['wake', 'up', 'the', 'projector'], wordNet)).toBe(stem('wake'));
    expect(particleVerb(['please', 'wake', 'up', 'the', 'beamer'], wordNet)).toBe(stem('wake'));
    // "turn up" is first "appear": its particle is a direction.
    expect(particleVerb(['turn', 'up', 'the', 'brightness'], wordNet)).toBeUndefined();
    // Another word of direction said beside it ("wake up and raise the brightness") keeps the direction.
    expect(particleVerb(['wake', 'up', 'and', 'raise', 'the', 'brightness'], wordNet)).toBeUndefined();
    expect(particleVerb(['switch', 'it', 'on'], wordNet)).toBeUndefined();
  });

  it('lets only the document\'s functions without a direction own a verb', () => {
    const undirected = undirectedVerbs([
      { actionStems: new Set(['wake', 'power', 'on']), direction: 0 },
      { actionStems: new Set(['speed', 'up']), direction: 1 },
      { actionStems: new Set(['speed', 'set']), direction: 0 },
    ]);
    expect(undirected.has('wake')).toBe(true);
    // "speed" also names a raising function: "speed up" keeps its direction there.
    expect(undirected.has('speed')).toBe(false);
  });
});

describe.skipIf(!wordNet)('mapping wake-up requests to a projector', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  }, 120_000);

  it('wakes the projector for "wake up" however it is asked, and still brightens for a direction said', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: projector });
    for (const request of ['wake up the projector', 'please wake up the projector', 'could you wake up the beamer']) {
      const result = await mapper.map(request);
      expect(result.kind === 'call' ? result.calls[0]!.function : result.kind, request).toBe('power_on');
    }
    for (const request of ['turn up the brightness', 'make the picture brighter']) {
      const result = await mapper.map(request);
      expect(result.kind === 'call' ? result.calls[0]!.function : result.kind, request).toBe('brightness_up');
    }
  }, 120_000);
});
