import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createRequestReader } from '@meshmind/language';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { pastClause } from '../src/mapper/past-deed-said';

// A document written for this test: a hospital delivery cart that drives to a ward, rings its bell and reads its battery.
const cart = {
  type: 'delivery_cart', title: 'Delivery cart', description: 'A self-driving cart that carries parcels along hospital corridors.', domain: 'home', version: '1.0.0', nouns: ['cart', 'delivery cart'],
  state: {},
  functions: [
    { name: 'drive_to_ward', description: 'Drives the cart to the numbered ward.', kind: 'action', parameters: [{ name: 'ward', type: 'integer', description: 'Ward number.', minimum: 1, maximum: 12, required: true }], returns: { type: 'boolean', description: 'Whether it arrived.' } },
    { name: 'ring_bell', description: 'Rings the bell on the cart to warn people nearby.', kind: 'action', parameters: [], returns: { type: 'boolean', description: 'Whether it rang.' } },
    { name: 'battery_percent', description: 'Reads the remaining battery charge of the cart.', kind: 'query', parameters: [], returns: { type: 'number', description: 'Remaining charge in percent.' } },
  ],
} as unknown as DeviceDescription;

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);
const read = createRequestReader();

describe('a clause that says or asks what was done (past-deed-said.ts)', () => {
  let mapper: ApiMapper;
  let wordNet: NonNullable<ReturnType<typeof openLexicon>['wordNet']>;
  beforeAll(async () => {
    const lexicon = openLexicon();
    wordNet = lexicon.wordNet!;
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon, document: cart, selfNoun: 'cart' });
  }, 60_000);

  it('reads a past said of the device or of another, not a command', () => {
    expect(pastClause(read('did you ring the bell?'), wordNet)).toBeDefined();
    expect(pastClause(read('you drove to ward 3 already, yeah?'), wordNet)).toBeDefined();
    expect(pastClause(read('I reckoned you went to ward 2'), wordNet)).toBeDefined();
    expect(pastClause(read('the porter rang the bell'), wordNet)).toBeDefined();
    expect(pastClause(read('drive back to where you were'), wordNet)).toBeUndefined();
    expect(pastClause(read('you rang it, so drive to ward 4'), wordNet)).toBeUndefined();
    expect(pastClause(read('ring the bell'), wordNet)).toBeUndefined();
  });

  it('reads a perfect asked with its auxiliary first, and an indefinite subject', () => {
    expect(pastClause(read('why have you rung the bell?'), wordNet)).toBeDefined();
    expect(pastClause(read('why has it driven off?'), wordNet)).toBeDefined();
    expect(pastClause(read('somebody drove you to ward 6'), wordNet)).toBeDefined();
    expect(pastClause(read('have a ring of the bell'), wordNet)).toBeUndefined();
  });

  it('reads a perfect said after its subject, its auxiliary whole or contracted, but not "have got"', () => {
    expect(pastClause(read("you've driven to the wrong ward"), wordNet)).toBeDefined();
    expect(pastClause(read('you have rung the bell twice'), wordNet)).toBeDefined();
    expect(pastClause(read("that's the third time you've gone to ward 2"), wordNet)).toBeDefined();
    expect(pastClause(read("the porter's already rung the bell"), wordNet)).toBeUndefined();
    expect(pastClause(read("you've got enough battery"), wordNet)).toBeUndefined();
    expect(pastClause(read("you've got to drive to ward 4"), wordNet)).toBeUndefined();
  });

  it.each(['Did you ring the bell?', 'You drove to ward 3 already?', 'Why did you go to ward 7?', 'I reckoned you went to ward 2.', 'The porter rang the bell.', 'Why have you rung the bell?', 'Somebody rang the bell.'])('"%s" does nothing', async (said) => {
    expect(called(await mapper.map(said, {}))).toBe('not_executable');
  });

  it.each([['Ring the bell.', 'ring_bell'], ['Drive to ward 5.', 'drive_to_ward']])('"%s" is still done', async (said, fn) => {
    expect(called(await mapper.map(said, {}))).toEqual([fn]);
  });

  it('a query may still answer a question of what was done', async () => {
    expect(called(await mapper.map('Did you run your battery down?', {}))).toEqual(['battery_percent']);
  });
});
