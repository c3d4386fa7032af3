import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import type { MapResult } from '../src/mapper/api-mapper-options';
import { irregularPastBase } from '../src/mapper/irregular-past';
import { speakersPastDeed } from '../src/mapper/speakers-past-deed';

// A loft hatch written for this test: a deed the speaker did, said in an irregular past, asks for nothing.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet!;

const hatch = {
  type: 'loft_hatch',
  title: 'Motorised loft hatch',
  nouns: ['loft hatch', 'hatch'],
  state: { hatch_open: { type: 'boolean', description: 'Whether the hatch is open.' } },
  functions: [
    { name: 'open_hatch', kind: 'action', parameters: [], description: 'Opens the loft hatch and lowers the ladder.', effects: [{ key: 'hatch_open', value: true }] },
    { name: 'shut_hatch', kind: 'action', parameters: [], description: 'Shuts the loft hatch.', effects: [{ key: 'hatch_open', value: false }] },
  ],
} as unknown as DeviceDescription;

const chosen = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);

describe('an irregular past of the speaker', () => {
  it('reads the base of a form WordNet lists as an exception, and of a form that is its own base only where marked', () => {
    expect(irregularPastBase('done', wordNet, false)).toBe('do');
    expect(irregularPastBase('shut', wordNet, true)).toBe('shut');
    expect(irregularPastBase('shut', wordNet, false)).toBeUndefined();
    expect(irregularPastBase('opens', wordNet, true)).toBeUndefined();
  });

  it('reads the deed of the speaker\'s statement', () => {
    expect(speakersPastDeed('I shut the loft hatch already', wordNet)).toBe('shut the loft hatch');
    expect(speakersPastDeed("we've shut the hatch", wordNet)).toBe('shut the hatch');
    expect(speakersPastDeed('I shut the hatch at night', wordNet)).toBeUndefined();
    expect(speakersPastDeed("I'd shut the hatch", wordNet)).toBeUndefined();
  });
});

describe('through the mapper', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it('makes no call for a deed already done and still does one asked', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: hatch, selfNoun: 'loft hatch' });
    expect((await mapper.map('I shut the loft hatch already', { hatch_open: false })).kind).toBe('not_executable');
    expect(chosen(await mapper.map('shut the loft hatch', { hatch_open: true }))).toEqual(['shut_hatch']);
  });
});
