import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';

// A hospital meal trolley of my own: it halts, parks at its charger and takes a picture of a tray.
// A deed done to a living thing (a porter, a nurse, a bee) is that one's, not the trolley's.
const lexicon = openLexicon();

const trolley = {
  type: 'meal_trolley',
  title: 'Hospital meal trolley',
  nouns: ['trolley', 'meal trolley'],
  state: {},
  functions: [
    { name: 'halt', kind: 'action', parameters: [], description: 'Stops the wheels and the motors at once.' },
    { name: 'park_at_charger', kind: 'action', parameters: [], description: 'Drives back to its charging bay and docks to recharge.' },
    { name: 'snap_tray', kind: 'action', parameters: [], description: 'Takes a photo of the tray with the front camera.' },
  ],
} as unknown as DeviceDescription;

const chosen = (result: { kind: string; calls?: { function: string }[] }) => (result.kind === 'call' ? result.calls!.map((call) => call.function) : []);

describe('a deed on a living thing, which goes about by itself', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it.skipIf(!lexicon.wordNet)('declines a deed done to a person or an animal', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: trolley, selfNoun: 'trolley' });
    for (const text of ['halt the porter', 'stop the nurse!', 'dock the drone']) {
      const result = await mapper.map(text);
      expect(result.kind, text).toBe('not_executable');
    }
  });

  it.skipIf(!lexicon.wordNet)('does its own deeds on its own parts, and pictures of a person', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: trolley, selfNoun: 'trolley' });
    expect(chosen(await mapper.map('halt the motors!'))).toEqual(['halt']);
    expect(chosen(await mapper.map('stop the trolley'))).toEqual(['halt']);
    expect(chosen(await mapper.map('photograph the porter'))).toEqual(['snap_tray']);
  });
});

describe('a living sense of a word that names a setting', () => {
  it.skipIf(!lexicon.wordNet)('is not read where the call is given a value', async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    const warmer = {
      type: 'plate_warmer', title: 'Plate warmer', nouns: ['warmer'], state: {},
      functions: [{ name: 'set_temperature', kind: 'action', parameters: [{ name: 'temperature', type: 'number', unit: '°C', minimum: 30, maximum: 90, description: 'Target temperature.' }], description: 'Sets the warming temperature.' }],
    } as unknown as DeviceDescription;
    const mapper = await createApiMapper({ embedder, lexicon, document: warmer, selfNoun: 'warmer' });
    expect(chosen(await mapper.map('put the temp to 65'))).toEqual(['set_temperature']);
  });
});
