import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import type { MapResult } from '../src/mapper/api-mapper-options';
import { speakersDeed } from '../src/mapper/speakers-own-deed';

// A hob extractor and a garden gate written for this test: the speaker saying what they will do asks the device for nothing.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet!;

const extractor = {
  type: 'hob_extractor',
  title: 'Cooker hood',
  nouns: ['extractor', 'cooker hood', 'hood'],
  state: { running: { type: 'boolean', description: 'Whether the extractor fan runs.' } },
  functions: [
    { name: 'start_extractor', kind: 'action', parameters: [], description: 'Switches the extractor on.', effects: [{ key: 'running', value: true }] },
    { name: 'stop_extractor', kind: 'action', parameters: [], description: 'Switches the extractor off.', effects: [{ key: 'running', value: false }] },
    { name: 'is_running', kind: 'query', parameters: [], description: 'Reports whether the extractor is on.', returns: { type: 'boolean', description: 'true when on' } },
  ],
} as unknown as DeviceDescription;

const gate = {
  type: 'garden_gate',
  title: 'Motorised garden gate',
  nouns: ['gate', 'garden gate'],
  state: { closed: { type: 'boolean', description: 'Whether the gate is closed.' } },
  functions: [
    { name: 'close_gate', kind: 'action', parameters: [], description: 'Closes the garden gate.', effects: [{ key: 'closed', value: true }] },
    { name: 'open_gate', kind: 'action', parameters: [], description: 'Opens the garden gate.', effects: [{ key: 'closed', value: false }], sensitive: true },
  ],
} as unknown as DeviceDescription;

const chosen = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);

describe("the speaker's own deed to come", () => {
  it('reads the deed after the speaker and an auxiliary of the future or of going to', () => {
    expect(speakersDeed("I'll switch the hood off myself", wordNet)).toBe('switch the hood off');
    expect(speakersDeed('we were about to open the gate', wordNet)).toBe('open the gate');
    expect(speakersDeed('i am going to switch the extractor on', wordNet)).toBe('switch the extractor on');
    expect(speakersDeed("ok I'm gonna just latch it", wordNet)).toBe('latch it');
  });

  it('leaves requests, second clauses and verbs of receiving or needing to the mapper', () => {
    for (const text of [
      "I'm going to cook, switch the hood on",
      "I'll need you to switch the hood on",
      "I'll have the extractor on please",
      'I need the hood on',
      'switch the hood off',
      "I can't hear myself think",
      'will you switch the hood off',
    ]) {
      expect(speakersDeed(text, wordNet), text).toBeUndefined();
    }
  });

  describe('through the mapper', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    });

    it('makes no call for what the speaker will do', async () => {
      const hood = await createApiMapper({ embedder, lexicon, document: extractor, selfNoun: 'extractor' });
      expect((await hood.map("I'll switch the extractor off myself", { running: true })).kind).toBe('not_executable');
      expect((await hood.map('I was going to switch the hood on', { running: false })).kind).toBe('not_executable');
      const latch = await createApiMapper({ embedder, lexicon, document: gate, selfNoun: 'gate' });
      expect((await latch.map("we'll open the gate ourselves", { closed: true })).kind).toBe('not_executable');
    });

    it('still does what is asked', async () => {
      const hood = await createApiMapper({ embedder, lexicon, document: extractor, selfNoun: 'extractor' });
      expect(chosen(await hood.map("I'm cooking, switch the extractor on", { running: false }))).toEqual(['start_extractor']);
      const latch = await createApiMapper({ embedder, lexicon, document: gate, selfNoun: 'gate' });
      expect(chosen(await latch.map('close the gate', { closed: false }))).toEqual(['close_gate']);
    });
  });
});
