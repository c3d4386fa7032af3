import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import type { MapResult } from '../src/mapper/api-mapper-options';

// A dehumidifier written for this test: it runs, stops, takes a fan level and a target humidity, and has no modes.
const lexicon = openLexicon();

const dehumidifier = {
  type: 'dehumidifier',
  title: 'Dehumidifier',
  nouns: ['dehumidifier'],
  state: { running: { type: 'boolean', description: 'Whether it is drying the air.' } },
  functions: [
    { name: 'start', kind: 'action', parameters: [], description: 'Starts drying the air.', effects: [{ key: 'running', value: true }] },
    { name: 'stop', kind: 'action', parameters: [], description: 'Stops drying the air.', effects: [{ key: 'running', value: false }] },
    {
      name: 'set_target_humidity', kind: 'action', description: 'Sets the relative humidity to dry the room down to.',
      parameters: [{ name: 'humidity', type: 'integer', description: 'Target humidity; 40 is dry, 55 comfortable.', unit: '%', minimum: 30, maximum: 70 }],
    },
    {
      name: 'set_sweep', kind: 'action', description: 'Turns the louvre sweep on or off.',
      parameters: [{ name: 'sweeping', type: 'boolean', description: 'True to sweep.' }],
    },
  ],
} as unknown as DeviceDescription;

const chosen = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);

describe('an option the document never speaks of', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it('is declined, not set through the nearest setter', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: dehumidifier, selfNoun: 'dehumidifier' });
    for (const text of ['set the dehumidifier to turbo', 'switch the dehumidifier to holiday mode', 'put the dehumidifier on holiday mode']) {
      const result = await mapper.map(text);
      expect(result.kind, text).toBe('not_executable');
    }
  });

  it('leaves values the document speaks of, numbers and amounts', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: dehumidifier, selfNoun: 'dehumidifier' });
    expect(chosen(await mapper.map('set the dehumidifier to 45%'))).toEqual(['set_target_humidity']);
    expect(chosen(await mapper.map('start the dehumidifier'))).toEqual(['start']);
  });
});
