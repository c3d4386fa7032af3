import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createRequestReader } from '@meshmind/language';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { addresseeQuestion, addresseeWhQuestion, judgedMood } from '../src/mapper/addressee-question';

// A document written for this test: a hospital delivery cart that says where it is, reads its battery and lists the parcels it holds.
const cart = {
  type: 'delivery_cart', title: 'Delivery cart', description: 'A self-driving cart that carries parcels along hospital corridors.', domain: 'home', version: '1.0.0', nouns: ['cart', 'delivery cart'],
  state: {},
  functions: [
    { name: 'where_am_i', description: 'Works out where the cart is on the floor plan and returns its position.', kind: 'query', parameters: [], returns: { type: 'object', description: 'The (x, y) position in metres.' } },
    { name: 'battery_percent', description: 'Reads the remaining battery charge of the cart.', kind: 'query', parameters: [], returns: { type: 'number', description: 'Remaining charge in percent.' } },
    { name: 'ring_bell', description: 'Rings the bell on the cart to warn people nearby.', kind: 'action', parameters: [], returns: { type: 'boolean', description: 'Whether it rang.' } },
  ],
} as unknown as DeviceDescription;

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);
const read = createRequestReader();

describe('a yes/no question whose subject is the device (addressee-question.ts)', () => {
  it('gives the words after "you" of a question that opens with an auxiliary and "you"', () => {
    expect(addresseeQuestion(read('Are you sleepy?'))).toEqual(['sleepy']);
    expect(addresseeQuestion(read('hey, were you idle?'))).toEqual(['idle']);
    expect(addresseeQuestion(read('Do you have wheels?'))).toEqual(['have', 'wheels']);
  });

  it('leaves questions of a thing of the device, questions by a question word, and commands', () => {
    expect(addresseeQuestion(read('Is your battery flat?'))).toBeUndefined();
    expect(addresseeQuestion(read('Where are you?'))).toBeUndefined();
    expect(addresseeQuestion(read('ring your bell'))).toBeUndefined();
  });

  it('is judged for scope as a statement is, other questions as questions', () => {
    expect(judgedMood(read('Are you sleepy?'), 'question')).toBe('neutral');
    expect(judgedMood(read('Where are you?'), 'question')).toBe('question');
  });
});

describe('a wh-question whose subject is the device (addressee-question.ts)', () => {
  it('gives the question word, the auxiliary and the words after "you"', () => {
    expect(addresseeWhQuestion(read('What are you delivering?'))).toEqual({ asks: 'what', auxiliary: 'are', after: ['delivering'] });
    expect(addresseeWhQuestion(read("what're you humming?"))).toEqual({ asks: 'what', auxiliary: 'are', after: ['humming'] });
    expect(addresseeWhQuestion(read('Which ward are you bound for?'))).toEqual({ asks: 'which', auxiliary: 'are', after: ['bound', 'for'] });
    expect(addresseeWhQuestion(read('hey, why were you reversing?'))).toEqual({ asks: 'why', auxiliary: 'were', after: ['reversing'] });
  });

  it('leaves modal questions, questions of a thing of the device, and commands', () => {
    expect(addresseeWhQuestion(read('What can you carry?'))).toBeUndefined();
    expect(addresseeWhQuestion(read("What's your battery at?"))).toBeUndefined();
    expect(addresseeWhQuestion(read('ring your bell'))).toBeUndefined();
  });
});

describe('a deed of the device asked by a wh-question that no word of the called query meets is declined (addressee-state.ts)', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: cart, selfNoun: 'cart' });
  }, 60_000);

  it.each(['What are you delivering?', 'Why are you humming?', 'What were you sent to fetch?', 'Where are you driving?', 'Where are you off to?'])('"%s" reads out no position or battery', async (said) => {
    expect(called(await mapper.map(said, {}))).toBe('not_executable');
  });

  it.each(['Where are you parked?', 'Where have you got to?'])('"%s" still reads the position', async (said) => {
    expect(called(await mapper.map(said, {}))).toEqual(['where_am_i']);
  });

  it('a question whose words meet the query still reads it', async () => {
    expect(called(await mapper.map('What battery are you showing?', {}))).toEqual(['battery_percent']);
  });
});

describe('a state of the device no word of its position query meets is declined (addressee-state.ts)', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: cart, selfNoun: 'cart' });
  }, 60_000);

  it.each(['Are you sleepy?', 'Are you idle at the moment?', 'Are you bored?', 'Are you happy?', 'Are you jammed?'])('"%s" reads out no position', async (said) => {
    expect(called(await mapper.map(said, {}))).toBe('not_executable');
  });

  it.each(['Where are you?', 'Are you near the lifts?', 'Are you by ward 3?'])('"%s" still reads the position', async (said) => {
    expect(called(await mapper.map(said, {}))).toEqual(['where_am_i']);
  });

  it('a question of the battery still reads it', async () => {
    expect(called(await mapper.map('Are you low on charge?', {}))).toEqual(['battery_percent']);
  });
});
