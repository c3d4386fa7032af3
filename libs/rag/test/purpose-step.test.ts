import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { statesPurpose } from '../src/mapper/purpose-step';
import { retrievalText } from '../src/mapper/retrieval-text';

const lexicon = openLexicon();
const command = (text: string) => ({ text, query: retrievalText(text, 'mower', lexicon.wordNet), mood: 'command' as const });

describe.skipIf(!lexicon.wordNet)('a second step that states the first call\'s purpose (mapper/purpose-step.ts)', () => {
  it.each(['top up your battery', 'charge up', 'recharge your cells', 'refill the tank', 'fill up your battery'])('"%s" asks for a change, not a reading', (text) => {
    expect(statesPurpose(command(text), lexicon)).toBe(true);
  });

  it.each([
    'check the battery',
    'tell me your charge',
    'let me know the battery level',
    'find out how much charge is left',
    'report the level',
    'show me the charge',
    'give me the battery level', // a light verb says too little
  ])('"%s" asks to be told', (text) => {
    expect(statesPurpose(command(text), lexicon)).toBe(false);
  });

  it('a question is never a purpose', () => {
    expect(statesPurpose({ ...command('how full is your battery'), mood: 'question' }, lexicon)).toBe(false);
  });
});

// A document written for this test: a lawn mower robot that drives home to its base to charge and
// reads its battery; no eval robot or home device has it.
const mower: DeviceDescription = {
  type: 'lawn_mower',
  title: 'Lawn mower robot',
  description: 'A robot that mows the lawn and charges on its base.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['mower', 'robot'],
  state: {},
  functions: [
    { name: 'drive_home', description: 'Drives back to the charging base and docks there.', kind: 'action', parameters: [] },
    { name: 'mow_zone', description: 'Mows the grass of the given zone.', kind: 'action', parameters: [{ name: 'zone', type: 'integer', description: 'Zone number.', minimum: 1, maximum: 9 }] },
    { name: 'battery_percent', description: 'Reads how much charge the battery holds, in percent.', kind: 'query', parameters: [], returns: { type: 'integer', description: 'Charge in percent.' } },
    { name: 'raise_blade', description: 'Raises the cutting blade.', kind: 'action', parameters: [] },
  ],
};

const functions = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);

describe.skipIf(!lexicon.wordNet)('a mower told to go home and charge', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon, document: mower, selfNoun: 'mower' });
  });

  it.each([
    'Head back to your base and top up your battery.',
    'Drive home and charge up.',
    'Go back to the base and recharge your battery.',
  ])('"%s" drives home once', async (text) => {
    expect(functions(await mapper.map(text, {}))).toEqual(['drive_home']);
  });

  it('still reads the battery where the second step asks for it', async () => {
    expect(functions(await mapper.map('Mow zone 3 and check the battery.', {}))).toEqual(['mow_zone', 'battery_percent']);
  });
});
