import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { conditionalRequest } from '../src/mapper/unheld-condition';

// A document written for this test: a hospital delivery cart that drives to a ward and rings its bell; it keeps its bell's loudness as state.
const cart = {
  type: 'delivery_cart', title: 'Delivery cart', description: 'A self-driving cart that carries parcels along hospital corridors.', domain: 'home', version: '1.0.0', nouns: ['cart', 'delivery cart'],
  state: { loudness: { type: 'number', description: 'How loud the bell rings, 0-10.' } },
  functions: [
    { name: 'drive_to_ward', description: 'Drives the cart to the numbered ward.', kind: 'action', parameters: [{ name: 'ward', type: 'integer', description: 'Ward number.', minimum: 1, maximum: 12, required: true }], returns: { type: 'boolean', description: 'Whether it arrived.' } },
    { name: 'ring_bell', description: 'Rings the bell on the cart to warn people nearby.', kind: 'action', parameters: [], returns: { type: 'boolean', description: 'Whether it rang.' } },
    { name: 'set_loudness', description: 'Sets how loud the bell rings.', kind: 'action', parameters: [{ name: 'loudness', type: 'integer', description: 'Loudness 0-10.', minimum: 0, maximum: 10, required: true }], returns: { type: 'boolean', description: 'Whether it was set.' } },
  ],
} as unknown as DeviceDescription;

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('a command under a condition the device cannot check (unheld-condition.ts)', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: cart, selfNoun: 'cart' });
  }, 60_000);

  it('reads the condition and the command of "if X, Y"', () => {
    expect(conditionalRequest('If the corridor is clear, ring the bell.')).toEqual({ condition: 'the corridor is clear', command: 'ring the bell' });
    expect(conditionalRequest('unless matron says no, then drive to ward 2')).toEqual({ condition: 'matron says no', command: 'drive to ward 2' });
    expect(conditionalRequest('ring the bell')).toBeUndefined();
    expect(conditionalRequest('if the bell is loud, is it?')).toBeUndefined();
  });

  it('reads a condition of an event to come said after the command, with or without its comma', () => {
    expect(conditionalRequest('ring the bell if matron calls')).toEqual({ condition: 'matron calls', command: 'ring the bell' });
    expect(conditionalRequest('drive to ward 2, unless somebody stops you')).toEqual({ condition: 'somebody stops you', command: 'drive to ward 2' });
    // A state after "if" may be the "whether" of a question; "in case" after the command is its purpose; a hedge is courtesy.
    expect(conditionalRequest('tell me if the corridor is clear')).toBeUndefined();
    expect(conditionalRequest("ring the bell if there's a queue")).toBeUndefined();
    expect(conditionalRequest('ring the bell in case matron comes')).toBeUndefined();
  });

  it('reads the other openers of a condition, and "should" before its subject', () => {
    expect(conditionalRequest('assuming the lift works, drive to ward 3')).toEqual({ condition: 'the lift works', command: 'drive to ward 3' });
    expect(conditionalRequest("as long as it's quiet, ring the bell")).toEqual({ condition: "it's quiet", command: 'ring the bell' });
    expect(conditionalRequest('should anyone ask, drive to ward 5')).toEqual({ condition: 'anyone ask', command: 'drive to ward 5' });
    expect(conditionalRequest('should be fine, drive to ward 5')).toBeUndefined();
  });

  it('reads a state after "unless", or after "if" that no verb of asking comes before, as a condition', () => {
    const wordNet = openLexicon().wordNet;
    expect(conditionalRequest("drive to ward 2 unless it's late")).toEqual({ condition: "it's late", command: 'drive to ward 2' });
    expect(conditionalRequest("only drive to ward 4 if you've got the parcels", wordNet)).toEqual({ condition: "you've got the parcels", command: 'only drive to ward 4' });
    expect(conditionalRequest("ring the bell if there's a queue", wordNet)).toEqual({ condition: "there's a queue", command: 'ring the bell' });
    // A verb that asks "whether", or the person it is asked for, before "if": a question, not a condition.
    expect(conditionalRequest('tell me if the corridor is clear', wordNet)).toBeUndefined();
    expect(conditionalRequest("find out if ward 3's free", wordNet)).toBeUndefined();
    expect(conditionalRequest('check if the bell is loud', wordNet)).toBeUndefined();
  });

  it.each(["Only drive to ward 4 if you've got the parcels.", "Ring the bell unless it's night.", 'Assuming matron agrees, drive to ward 7.'])('"%s" does nothing now', async (said) => {
    expect(called(await mapper.map(said, { loudness: 5 }))).toBe('not_executable');
  });

  it.each(['ring the bell if matron calls', 'drive to ward 2 if the lift breaks down'])('"%s" does nothing now', async (said) => {
    expect(called(await mapper.map(said, { loudness: 5 }))).toBe('not_executable');
  });

  it('does a command hedged after it: "if you can"', async () => {
    expect(called(await mapper.map('ring the bell if you can', { loudness: 5 }))).not.toBe('not_executable');
  });

  it.each(['If the corridor is crowded, ring the bell.', "If you've delivered the parcels, drive to ward 2.", 'If nobody signs for it, drive to ward 6.', "If there's a queue at ward 3, go there."])('"%s" does nothing', async (said) => {
    expect(called(await mapper.map(said, { loudness: 5 }))).toBe('not_executable');
  });

  it.each([['If you can, ring the bell.', 'ring_bell'], ["If it's no trouble, drive to ward 4.", 'drive_to_ward'], ['Ring the bell.', 'ring_bell']])('"%s" is done: a hedge is no condition', async (said, fn) => {
    expect(called(await mapper.map(said, { loudness: 5 }))).toEqual([fn]);
  });
});
