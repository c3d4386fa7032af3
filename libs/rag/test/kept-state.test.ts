import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import type { NormalisedFunction } from '../src/api-document';
import type { MapResult } from '../src/mapper/api-mapper-options';
import { keepsState, keptState } from '../src/mapper/kept-state';

// A greenhouse misting pump and a loft hatch written for this test: a state asked to last that already holds makes no call.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet!;

const mister = {
  type: 'misting_pump',
  title: 'Greenhouse mister',
  nouns: ['mister', 'misting pump'],
  state: { running: { type: 'boolean', description: 'Whether the mister is spraying.' }, strength: { type: 'integer', description: 'Spray strength.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    { name: 'mister_on', kind: 'action', parameters: [], description: 'Switches the greenhouse mister on.', effects: [{ key: 'running', value: true }] },
    { name: 'mister_off', kind: 'action', parameters: [], description: 'Switches the greenhouse mister off.', effects: [{ key: 'running', value: false }] },
    { name: 'set_strength', kind: 'action', parameters: [{ name: 'strength', type: 'integer', description: 'Spray strength.', unit: '%', minimum: 0, maximum: 100 }], description: 'Sets how hard the mister sprays.', effects: [{ key: 'strength', parameter: 'strength' }] },
    { name: 'is_running', kind: 'query', parameters: [], description: 'Reports whether the mister is on.', returns: { type: 'boolean', description: 'true when on' } },
  ],
} as unknown as DeviceDescription;

const hatch = {
  type: 'loft_hatch',
  title: 'Loft hatch',
  nouns: ['hatch', 'loft hatch'],
  state: { hatch_state: { type: 'string', enum: ['shut', 'open'], description: 'Whether the hatch is shut or open.' } },
  functions: [
    { name: 'open_hatch', kind: 'action', parameters: [], description: 'Opens the loft hatch.', effects: [{ key: 'hatch_state', value: 'open' }] },
    { name: 'shut_hatch', kind: 'action', parameters: [], description: 'Shuts the loft hatch.', effects: [{ key: 'hatch_state', value: 'shut' }] },
  ],
} as unknown as DeviceDescription;

const chosen = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);
const byName = new Map((mister as unknown as { functions: NormalisedFunction[] }).functions.map((fn) => [fn.name, fn]));
const called = (name: string, args: Record<string, unknown> = {}): MapResult =>
  ({ kind: 'call', calls: [{ function: name, arguments: args, confidence: 1, margin: 0.3 }], candidates: [], ranking: [] }) as unknown as MapResult;

describe('a state asked to last', () => {
  it('knows the verbs of keeping and staying by their commonest WordNet sense', () => {
    for (const verb of ['keep', 'keeps', 'stay', 'stays', 'remain', 'maintain', 'hold']) expect(keepsState(verb, wordNet), verb).toBe(true);
    for (const verb of ['turn', 'switch', 'leave', 'open', 'make', 'stop', 'put']) expect(keepsState(verb, wordNet), verb).toBe(false);
  });

  it('declines a call whose every effect the state already holds', () => {
    expect(keptState(called('mister_on'), 'keep the mister running', { running: true }, byName, wordNet).kind).toBe('not_executable');
    expect(keptState(called('mister_off'), 'make sure the mister stays off', { running: false }, byName, wordNet).kind).toBe('not_executable');
    expect(keptState(called('set_strength', { strength: 40 }), 'the spray should remain at 40', { strength: 40 }, byName, wordNet).kind).toBe('not_executable');
  });

  it('keeps the call where the state is not yet so, or nothing says it is to last', () => {
    expect(chosen(keptState(called('mister_on'), 'keep the mister running', { running: false }, byName, wordNet))).toEqual(['mister_on']);
    expect(chosen(keptState(called('set_strength', { strength: 40 }), 'keep the spray at 40', { strength: 60 }, byName, wordNet))).toEqual(['set_strength']);
    expect(chosen(keptState(called('mister_on'), 'switch the mister on', { running: true }, byName, wordNet))).toEqual(['mister_on']);
    expect(keptState(called('is_running'), 'is the mister still on', { running: true }, byName, wordNet).kind).toBe('call');
  });

  describe('through the mapper', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    });

    it('makes no call for a state that already holds and is asked to last', async () => {
      const pump = await createApiMapper({ embedder, lexicon, document: mister, selfNoun: 'mister' });
      expect((await pump.map('keep the mister on', { running: true, strength: 50 })).kind).toBe('not_executable');
      expect((await pump.map('make sure the misting pump stays off', { running: false, strength: 50 })).kind).toBe('not_executable');
      const loft = await createApiMapper({ embedder, lexicon, document: hatch, selfNoun: 'hatch' });
      expect((await loft.map('keep the loft hatch shut', { hatch_state: 'shut' })).kind).toBe('not_executable');
    });

    it('does the deed where the state is not yet so', async () => {
      const pump = await createApiMapper({ embedder, lexicon, document: mister, selfNoun: 'mister' });
      expect(chosen(await pump.map('keep the mister on', { running: false, strength: 50 }))).toEqual(['mister_on']);
      const loft = await createApiMapper({ embedder, lexicon, document: hatch, selfNoun: 'hatch' });
      expect(chosen(await loft.map('keep the loft hatch shut', { hatch_state: 'open' }))).toEqual(['shut_hatch']);
      expect(chosen(await loft.map('shut the loft hatch', { hatch_state: 'open' }))).toEqual(['shut_hatch']);
    });
  });
});
