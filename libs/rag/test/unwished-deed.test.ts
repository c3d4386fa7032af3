import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import type { MapResult } from '../src/mapper/api-mapper-options';
import { needlessDeed, unwishedDeed } from '../src/mapper/unwished-deed';

// A shed door bolt written for this test: a deed the speaker says they do not want done asks for none.
const lexicon = openLexicon();

const bolt = {
  type: 'shed_bolt',
  title: 'Shed door bolt',
  nouns: ['shed bolt', 'bolt', 'shed door'],
  state: { bolted: { type: 'boolean', description: 'Whether the shed door is bolted.' } },
  functions: [
    { name: 'bolt_door', kind: 'action', parameters: [], description: 'Bolts the shed door shut.', effects: [{ key: 'bolted', value: true }] },
    { name: 'unbolt_door', kind: 'action', parameters: [], description: 'Draws the bolt back so the shed door opens.', effects: [{ key: 'bolted', value: false }] },
  ],
} as unknown as DeviceDescription;

const chosen = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);

describe('the deed the speaker does not wish done', () => {
  it('reads the deed after the addressee and a negated auxiliary, or after "you to" past the speaker\'s negation', () => {
    expect(unwishedDeed("I'd rather you didn't bolt the shed")).toBe('bolt the shed');
    expect(unwishedDeed('we would prefer you did not unbolt it')).toBe('unbolt it');
    expect(unwishedDeed("I wasn't asking you to bolt it")).toBe('bolt it');
    expect(unwishedDeed('we do not need you to unbolt the shed door')).toBe('unbolt the shed door');
    expect(unwishedDeed("I'm not asking you to bolt it")).toBe('bolt it');
  });

  it('reads a gerund after the addressee, and a modal of duty under a negated opinion', () => {
    expect(unwishedDeed("I don't want you bolting the shed")).toBe('bolting the shed');
    expect(unwishedDeed('we do not want you unbolting it right now')).toBe('unbolting it right now');
    expect(unwishedDeed("I don't think you should unbolt it")).toBe('unbolt it');
    expect(unwishedDeed("I don't reckon you ought to bolt the door")).toBe('bolt the door');
    expect(unwishedDeed('I do not believe you must bolt it')).toBe('bolt it');
  });

  it('leaves wishes, questions, further clauses and other subjects to the mapper', () => {
    for (const text of ["I'd like you to bolt the shed", "I'd rather you bolted it", "why don't you bolt it", "I didn't hear you, bolt it", "I think you should unbolt it", "I want you bolting it", "you didn't bolt it", "I'd rather you didn't bolt it but unbolt the gate"]) {
      expect(unwishedDeed(text), text).toBeUndefined();
    }
  });
});

describe('the deed the speaker says is not needed', () => {
  it('reads the deed after a negated semi-modal of need, "no need to" or "not necessary to"', () => {
    expect(needlessDeed('No need to bolt the shed.')).toBe('bolt the shed');
    expect(needlessDeed("there's no need for you to unbolt it")).toBe('unbolt it');
    expect(needlessDeed("You don't have to bolt the door")).toBe('bolt the door');
    expect(needlessDeed('you do not need to unbolt it')).toBe('unbolt it');
    expect(needlessDeed("you needn't bolt it")).toBe('bolt it');
    expect(needlessDeed("Don't bother bolting it")).toBe('bolting it');
    expect(needlessDeed("it's not necessary to unbolt the shed")).toBe('unbolt the shed');
  });

  it('reads a gerund after "no point"', () => {
    expect(needlessDeed("There's no point bolting the shed.")).toBe('bolting the shed');
    expect(needlessDeed('no use in unbolting it')).toBe('unbolting it');
    expect(needlessDeed('there is no sense bolting it now')).toBe('bolting it now');
  });

  it('leaves "no point" without a deed, and a deed the speaker does not need to do', () => {
    for (const text of ['no point, bolt it anyway', 'there is no point', "I don't want to bolt it", "we don't have the key", "I don't want you to wait"]) {
      expect(needlessDeed(text), text).toBeUndefined();
    }
  });

  it('leaves the speaker\'s own need, questions of need, further clauses and other negations', () => {
    for (const text of ["I don't need to bolt it", "don't you have to bolt it?", 'no need to ask, just bolt it', "don't bolt it", "you don't have the key", 'do you need to unbolt it?', "don't forget to bolt it"]) {
      expect(needlessDeed(text), text).toBeUndefined();
    }
  });
});

describe('through the mapper', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it('makes no call for a deed not wished and still does one wished', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: bolt, selfNoun: 'shed bolt' });
    expect((await mapper.map("I'd rather you didn't bolt the shed door", { bolted: false })).kind).toBe('not_executable');
    expect((await mapper.map("I wasn't asking you to unbolt it", { bolted: true })).kind).toBe('not_executable');
    expect(chosen(await mapper.map("I'd like you to bolt the shed door", { bolted: false }))).toEqual(['bolt_door']);
  });

  it('makes no call for a deed said not to be needed', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: bolt, selfNoun: 'shed bolt' });
    for (const text of ['No need to bolt the shed door.', "You don't have to unbolt it.", "There's no need to bolt the shed."]) {
      expect((await mapper.map(text, { bolted: false })).kind, text).toBe('not_executable');
    }
    expect(chosen(await mapper.map('You have to bolt the shed door', { bolted: false }))).toEqual(['bolt_door']);
  });
});
