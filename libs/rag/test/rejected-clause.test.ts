import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import type { MapResult } from '../src/mapper/api-mapper-options';
import { cellarHatch } from './support/cellar-hatch';
import { withoutRejectedClause } from '../src/mapper/rejected-clause';

// A cellar hatch and a pond pump written for this test: a deed taken back in the same breath is not done, the one kept is.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet!;

const pondPump = {
  type: 'pond_pump',
  title: 'Pond pump',
  nouns: ['pump', 'pond pump', 'fountain'],
  state: { running: { type: 'boolean', description: 'Whether the pump runs.' } },
  functions: [
    { name: 'start_pump', kind: 'action', parameters: [], description: 'Starts the pond pump so the fountain runs.', effects: [{ key: 'running', value: true }] },
    { name: 'stop_pump', kind: 'action', parameters: [], description: 'Stops the pond pump.', effects: [{ key: 'running', value: false }] },
    { name: 'pause_pump', kind: 'action', parameters: [], description: 'Pauses the pump for a while.', effects: [{ key: 'running', value: false }] },
  ],
} as unknown as DeviceDescription;

const chosen = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);

describe('a clause taken back', () => {
  it('reads the request without a clause opened by a negation, where a deed is left', () => {
    expect(withoutRejectedClause('not unbolt, bolt it', wordNet)).toBe('bolt it');
    expect(withoutRejectedClause("pause the pump, don't stop it", wordNet)).toBe('pause the pump');
    expect(withoutRejectedClause("no, don't stop it, just pause it", wordNet)).toBe('just pause it');
    expect(withoutRejectedClause('not on, off', wordNet)).toBe('off');
  });

  it('leaves a request with no deed left, or no clause taken back, as said', () => {
    for (const text of ['not the cellar, the pond', "whatever you do, don't stop the pump", 'bolt it, then start the pump', 'not now', 'start the pump, please?']) {
      expect(withoutRejectedClause(text, wordNet), text).toBe(text);
    }
  });
});

describe('through the mapper', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it('does the deed kept, not the one taken back', async () => {
    const hatch = await createApiMapper({ embedder, lexicon, document: cellarHatch, selfNoun: 'hatch' });
    expect(chosen(await hatch.map('not unbolt, bolt it', { hatch_state: 'unbolted' }))).toEqual(['bolt']);
    const pump = await createApiMapper({ embedder, lexicon, document: pondPump, selfNoun: 'pump' });
    expect(chosen(await pump.map("pause the pump, don't stop it", { running: true }))).toEqual(['pause_pump']);
  });
});
