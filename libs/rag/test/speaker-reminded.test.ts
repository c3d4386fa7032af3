import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import type { MapResult } from '../src/mapper/api-mapper-options';
import { remindedDeed } from '../src/mapper/speaker-reminded';

// An electric blanket written for this test: a device that does a deed cannot remind anyone of it.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet!;

const blanket = {
  type: 'electric_blanket',
  title: 'Electric blanket',
  nouns: ['electric blanket', 'blanket'],
  state: { warming: { type: 'boolean', description: 'Whether the blanket is warming.' } },
  functions: [
    { name: 'warm_up', kind: 'action', parameters: [], description: 'Switches the electric blanket on to warm the bed.', effects: [{ key: 'warming', value: true }] },
    { name: 'switch_off', kind: 'action', parameters: [], description: 'Switches the electric blanket off.', effects: [{ key: 'warming', value: false }] },
  ],
} as unknown as DeviceDescription;

const chosen = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);

describe('a reminder asked for', () => {
  it('reads the deed after a verb of telling or minding, the speaker and "to"', () => {
    expect(remindedDeed('remind me to switch the blanket off', wordNet)).toBe('switch the blanket off');
    expect(remindedDeed('please tell us to warm the bed up', wordNet)).toBe('warm the bed up');
  });

  it('leaves letting, readings and commands to the mapper', () => {
    for (const text of ['let me switch the blanket off', 'remind me whether the blanket is on', 'help me to warm the bed', 'switch the blanket off', 'remind me']) {
      expect(remindedDeed(text, wordNet), text).toBeUndefined();
    }
  });

  describe('through the mapper', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    });

    it('makes no call for a reminder, and still does what is asked', async () => {
      const bed = await createApiMapper({ embedder, lexicon, document: blanket, selfNoun: 'electric blanket' });
      expect((await bed.map('remind me to switch the blanket off', { warming: true })).kind).toBe('not_executable');
      expect((await bed.map('could you remind us to switch the electric blanket off at bedtime', { warming: true })).kind).toBe('not_executable');
      expect(chosen(await bed.map('switch the blanket off', { warming: true }))).toEqual(['switch_off']);
    });
  });
});
