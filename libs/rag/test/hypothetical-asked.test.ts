import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createRequestReader } from '@meshmind/language';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { supposedCase } from '../src/mapper/hypothetical-asked';

// A document written for this test: a garden mower robot that mows, goes back to its station and reads its battery.
const mower = {
  type: 'robot_mower', title: 'Robot mower', description: 'A robot lawn mower.', domain: 'home', version: '1.0.0', nouns: ['mower', 'robot mower'],
  state: {},
  functions: [
    { name: 'start_mowing', description: 'Starts mowing the lawn.', kind: 'action', parameters: [], returns: { type: 'boolean', description: 'Whether it started.' } },
    { name: 'return_to_station', description: 'Drives the mower back to its charging station.', kind: 'action', parameters: [], returns: { type: 'boolean', description: 'Whether it left.' } },
    { name: 'battery_level', description: 'Reads the battery level of the mower in percent.', kind: 'query', parameters: [], returns: { type: 'number', description: 'Percent.' } },
  ],
} as unknown as DeviceDescription;

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);
const read = createRequestReader();

describe('a supposed case (hypothetical-asked.ts)', () => {
  it('reads suppositions, cases in theory and questions under a condition that opens its clause', () => {
    expect(supposedCase(read('Suppose you mowed the lawn in the rain.'))).toBe('supposed');
    expect(supposedCase(read('What if you mowed at night?'))).toBe('supposed');
    expect(supposedCase(read('Could you in theory mow a hill?'))).toBe('supposed');
    expect(supposedCase(read('If the gate were shut, could you mow the back?'))).toBe('supposed');
    expect(supposedCase(read('What would happen if you mowed the wet lawn?'))).toBe('supposed');
    expect(supposedCase(read('In a storm, where would you go?'))).toBe('asked');
  });

  it('leaves requests, hedged requests and "if" that asks whether', () => {
    expect(supposedCase(read('Could you mow the lawn?'))).toBeUndefined();
    expect(supposedCase(read('If you can, could you mow the lawn?'))).toBeUndefined();
    expect(supposedCase(read('Could you see if the battery is low?'))).toBeUndefined();
    expect(supposedCase(read('Would you mow the lawn please?'))).toBeUndefined();
  });
});

describe('through the mapper', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: mower, selfNoun: 'mower' });
  }, 60_000);

  it.each(['What would happen if you mowed the lawn now?', 'Imagine you went back to your station.', 'If I told you to mow the lawn, what would you do?', 'Hypothetically, could you start mowing at midnight?'])('"%s" does nothing', async (said) => {
    expect(called(await mapper.map(said, {}))).toBe('not_executable');
  });

  it.each([['Could you mow the lawn?', 'start_mowing'], ['Would you go back to your charging station please?', 'return_to_station']])('"%s" is still done', async (said, call) => {
    expect(called(await mapper.map(said, {}))).toEqual([call]);
  });
});
