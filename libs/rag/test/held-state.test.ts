import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import type { NormalisedFunction } from '../src/api-document';
import type { MapResult } from '../src/mapper/api-mapper-options';
import { heldState } from '../src/mapper/held-state';

// A loft hatch and a pond pump written for this test: a deed asked for that the state already holds makes no call.
const lexicon = openLexicon();

const hatch = {
  type: 'loft_hatch',
  title: 'Loft hatch',
  nouns: ['hatch', 'loft hatch'],
  state: { hatch_state: { type: 'string', enum: ['shut', 'open', 'opening'], description: 'Whether the hatch is shut or open.' } },
  functions: [
    { name: 'open_hatch', kind: 'action', parameters: [], description: 'Opens the loft hatch.', effects: [{ key: 'hatch_state', value: 'open', alsoAccepted: ['opening'] }] },
    { name: 'shut_hatch', kind: 'action', parameters: [], description: 'Shuts the loft hatch.', effects: [{ key: 'hatch_state', value: 'shut' }] },
    { name: 'get_hatch_state', kind: 'query', parameters: [], description: 'Reports whether the loft hatch is open.', returns: { type: 'string', description: 'open or shut' } },
  ],
} as unknown as DeviceDescription;

const pump = {
  type: 'pond_pump',
  title: 'Pond pump',
  nouns: ['pump', 'pond pump'],
  state: { running: { type: 'boolean', description: 'Whether the pump runs.' }, flow: { type: 'integer', description: 'Flow.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    { name: 'start_pump', kind: 'action', parameters: [], description: 'Starts the pond pump.', effects: [{ key: 'running', value: true }] },
    { name: 'stop_pump', kind: 'action', parameters: [], description: 'Stops the pond pump.', effects: [{ key: 'running', value: false }] },
    { name: 'toggle_pump', kind: 'action', parameters: [], description: 'Starts the pump if stopped, stops it if running.' },
    { name: 'set_flow', kind: 'action', parameters: [{ name: 'flow', type: 'integer', description: 'Flow.', unit: '%', minimum: 0, maximum: 100 }], description: 'Sets how hard the pump pushes water.', effects: [{ key: 'running', value: true }, { key: 'flow', parameter: 'flow' }] },
  ],
} as unknown as DeviceDescription;

const chosen = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);
const byName = new Map((pump as unknown as { functions: NormalisedFunction[] }).functions.map((fn) => [fn.name, fn]));
const called = (...calls: Array<[string, Record<string, unknown>?]>): MapResult =>
  ({ kind: 'call', calls: calls.map(([name, args]) => ({ function: name, arguments: args ?? {}, confidence: 1, margin: 0.3 })), candidates: [], ranking: [] }) as unknown as MapResult;

describe('a deed asked for that the state already holds', () => {
  it('answers, with no call, where every effect of the one action already holds', () => {
    expect(heldState(called(['start_pump']), { running: true }, byName).kind).toBe('not_executable');
    expect(heldState(called(['stop_pump']), { running: false }, byName).kind).toBe('not_executable');
    expect(heldState(called(['set_flow', { flow: 40 }]), { running: true, flow: 40 }, byName).kind).toBe('not_executable');
    const answer = heldState(called(['start_pump']), { running: true }, byName, 'pump');
    expect(answer.kind === 'not_executable' && answer.reason).toContain('already');
  });

  it('keeps the call where anything would change, or nothing says what it changes', () => {
    expect(chosen(heldState(called(['start_pump']), { running: false }, byName))).toEqual(['start_pump']);
    expect(chosen(heldState(called(['set_flow', { flow: 60 }]), { running: true, flow: 40 }, byName))).toEqual(['set_flow']);
    expect(chosen(heldState(called(['set_flow', { flow: 40 }]), { running: false, flow: 40 }, byName))).toEqual(['set_flow']);
    expect(chosen(heldState(called(['toggle_pump']), { running: true }, byName))).toEqual(['toggle_pump']);
    expect(chosen(heldState(called(['start_pump']), {}, byName))).toEqual(['start_pump']);
    expect(chosen(heldState(called(['start_pump'], ['set_flow', { flow: 40 }]), { running: true, flow: 40 }, byName))).toEqual(['start_pump', 'set_flow']);
  });

  describe('through the mapper', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    });

    it('answers a request for the state the device is already in', async () => {
      const loft = await createApiMapper({ embedder, lexicon, document: hatch, selfNoun: 'hatch' });
      expect((await loft.map('shut the loft hatch', { hatch_state: 'shut' })).kind).toBe('not_executable');
      expect((await loft.map('open the hatch please', { hatch_state: 'open' })).kind).toBe('not_executable');
      expect((await loft.map('open the hatch', { hatch_state: 'opening' })).kind).toBe('not_executable');
      const pond = await createApiMapper({ embedder, lexicon, document: pump, selfNoun: 'pump' });
      expect((await pond.map('start the pond pump', { running: true, flow: 50 })).kind).toBe('not_executable');
    });

    it('does the deed where the state is not yet so, and answers questions', async () => {
      const loft = await createApiMapper({ embedder, lexicon, document: hatch, selfNoun: 'hatch' });
      expect(chosen(await loft.map('shut the loft hatch', { hatch_state: 'open' }))).toEqual(['shut_hatch']);
      expect(chosen(await loft.map('open the hatch please', { hatch_state: 'shut' }))).toEqual(['open_hatch']);
      expect(chosen(await loft.map('is the loft hatch open?', { hatch_state: 'open' }))).toEqual(['get_hatch_state']);
      const pond = await createApiMapper({ embedder, lexicon, document: pump, selfNoun: 'pump' });
      expect(chosen(await pond.map('stop the pond pump', { running: true, flow: 50 }))).toEqual(['stop_pump']);
    });
  });
});
