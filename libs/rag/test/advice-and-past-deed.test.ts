import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import type { MapResult } from '../src/mapper/api-mapper-options';
import { adviceAsked } from '../src/mapper/advice-asked';
import { pastBase, speakersPastDeed } from '../src/mapper/speakers-past-deed';

// A heated towel rail and a cat flap written for this test: a question of advice, or a deed the speaker already did, asks the device for nothing.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet!;

const towelRail = {
  type: 'towel_rail',
  title: 'Heated towel rail',
  nouns: ['towel rail', 'rail', 'radiator'],
  state: { heating: { type: 'boolean', description: 'Whether the rail is heating.' } },
  functions: [
    { name: 'heat_on', kind: 'action', parameters: [], description: 'Switches the towel rail on so it warms the towels.', effects: [{ key: 'heating', value: true }] },
    { name: 'heat_off', kind: 'action', parameters: [], description: 'Switches the towel rail off.', effects: [{ key: 'heating', value: false }] },
    { name: 'is_heating', kind: 'query', parameters: [], description: 'Reports whether the towel rail is on.', returns: { type: 'boolean', description: 'true when heating' } },
  ],
} as unknown as DeviceDescription;

const catFlap = {
  type: 'cat_flap',
  title: 'Microchip cat flap',
  nouns: ['cat flap', 'flap'],
  state: { latched: { type: 'boolean', description: 'Whether the flap is latched shut.' } },
  functions: [
    { name: 'latch_flap', kind: 'action', parameters: [], description: 'Latches the cat flap so no cat gets through.', effects: [{ key: 'latched', value: true }] },
    { name: 'release_flap', kind: 'action', parameters: [], description: 'Unlatches the cat flap so the cat can come and go.', effects: [{ key: 'latched', value: false }] },
  ],
} as unknown as DeviceDescription;

const chosen = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);

describe('a question of advice or an offer', () => {
  it('reads the deed after the modal and the speaker, or the clause of another subject', () => {
    expect(adviceAsked('should I switch the towel rail off?')).toEqual({ deed: 'switch the towel rail off', bySpeaker: true });
    expect(adviceAsked('ok, shall I just latch the flap')).toEqual({ deed: 'latch the flap', bySpeaker: true });
    expect(adviceAsked('ought we to switch the rail on')).toEqual({ deed: 'switch the rail on', bySpeaker: true });
    expect(adviceAsked('should the rail be warming')).toEqual({ deed: 'the rail be warming', bySpeaker: false });
  });

  it('leaves requests, statements and questions to the addressee to the mapper', () => {
    for (const text of ['should you need it, switch the rail on', 'switch the rail on', 'shall we warm the towels', 'should be warm by now', 'could you latch the flap']) {
      expect(adviceAsked(text), text).toBeUndefined();
    }
  });
});

describe("the speaker's own deed, done already", () => {
  it('reads the base form of a regular past', () => {
    expect(pastBase('latched', wordNet)).toBe('latch');
    expect(pastBase('switched', wordNet)).toBe('switch');
    expect(pastBase('latch', wordNet)).toBeUndefined();
    expect(pastBase('shut', wordNet)).toBeUndefined();
  });

  it('reads the deed after the speaker, a perfect and adverbs', () => {
    expect(speakersPastDeed('I switched the towel rail off already', wordNet)).toBe('switch the towel rail off');
    expect(speakersPastDeed("we've just latched the cat flap ourselves", wordNet)).toBe('latch the cat flap');
    expect(speakersPastDeed("I'd switched it on", wordNet)).toBe('switch it on');
  });

  it('leaves requests, second clauses, questions and other verbs to the mapper', () => {
    for (const text of ['I switched it off, switch it back on', 'I need the rail on', 'latch the flap', 'I switch it off at night', 'did I switch the rail off?', 'you switched it off']) {
      expect(speakersPastDeed(text, wordNet), text).toBeUndefined();
    }
  });
});

describe('through the mapper', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it('makes no call for a question of advice, an offer or a deed already done', async () => {
    const rail = await createApiMapper({ embedder, lexicon, document: towelRail, selfNoun: 'towel rail' });
    expect((await rail.map('should I switch the towel rail off', { heating: true })).kind).toBe('not_executable');
    expect((await rail.map('should the towel rail be on', { heating: false })).kind).toBe('not_executable');
    expect((await rail.map("I've switched the towel rail off already", { heating: false })).kind).toBe('not_executable');
    const flap = await createApiMapper({ embedder, lexicon, document: catFlap, selfNoun: 'cat flap' });
    expect((await flap.map('shall I unlatch the cat flap', { latched: true })).kind).toBe('not_executable');
    expect((await flap.map('I latched the cat flap just now', { latched: true })).kind).toBe('not_executable');
  });

  // A past deed of the speaker's that is not the device's own, but a deed done to the world (a thing changed, moved,
  // touched: WordNet's verb files), asks for nothing either: the call its other words met was not asked for (regress26).
  it('makes no call for a deed the speaker did to the world', async () => {
    const rail = await createApiMapper({ embedder, lexicon, document: towelRail, selfNoun: 'towel rail' });
    for (const text of ['I just moved the towel rail', "We've cleaned the towel rail", 'I dusted the towel rail an hour ago']) {
      expect((await rail.map(text, { heating: false })).kind, text).toBe('not_executable');
    }
  });

  it('still does what is asked', async () => {
    const rail = await createApiMapper({ embedder, lexicon, document: towelRail, selfNoun: 'towel rail' });
    expect(chosen(await rail.map('switch the towel rail off', { heating: true }))).toEqual(['heat_off']);
    const flap = await createApiMapper({ embedder, lexicon, document: catFlap, selfNoun: 'cat flap' });
    expect(chosen(await flap.map('latch the cat flap', { latched: false }))).toEqual(['latch_flap']);
  });
});
