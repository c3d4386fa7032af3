import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// A desk fan written for this test: it wakes from sleep, steps its speed up and down, and sleeps.
const deskFan: DeviceDescription = {
  type: 'desk_fan', title: 'Desk fan', description: 'A small fan on a desk.', domain: 'home', version: '1.0.0',
  nouns: ['fan', 'desk fan'],
  state: { awake: { type: 'boolean', description: 'Whether it is awake.' } },
  functions: [
    { name: 'wake', description: 'Wakes the fan from sleep.', kind: 'action', parameters: [] },
    { name: 'sleep', description: 'Puts the fan to sleep.', kind: 'action', parameters: [] },
    { name: 'speed_up', description: 'Raises the speed by a step.', kind: 'action', parameters: [] },
    { name: 'speed_down', description: 'Lowers the speed by a step.', kind: 'action', parameters: [] },
  ],
};

describe('a particle that says no more than its verb', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: deskFan });
  }, 60_000);
  const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

  it('reads the verb alone, before or after the object', async () => {
    for (const said of ['wake up the fan', 'wake the fan up', 'wake the desk fan up please']) expect(called(await mapper.map(said)), said).toEqual(['wake']);
  });

  it('keeps a particle that says which way a level goes', async () => {
    expect(called(await mapper.map('turn the fan up'))).toEqual(['speed_up']);
    expect(called(await mapper.map('speed up the fan'))).toEqual(['speed_up']);
  });
});

describe('the particle of a word that is a verb only with it', () => {
  it('is read off at the clause end: "max the heater out" says the maximum, not "out" as off', async () => {
    const { withoutPlainParticle } = await import('../src/mapper/plain-particle');
    const wordNet = openLexicon().wordNet;
    expect(withoutPlainParticle('max the heater out', [], wordNet)).toBe('max the heater');
    expect(withoutPlainParticle('max the volume out please', [], wordNet)).toBe('max the volume please');
    // A verb of its own keeps its particle for the other readers ("turn it out" is "turn out").
    expect(withoutPlainParticle('turn the lamp out', [], wordNet)).toBe('turn the lamp out');
    expect(withoutPlainParticle('max out', [], wordNet)).toBe('max out');
  });
});
