import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import type { MapResult } from '../src/mapper/api-mapper-options';
import { awaitedEvent } from '../src/mapper/awaited-event';

// A library's returns trolley written for this test (not a device of the evals): it rolls to a numbered crate or back to its bay.
const lexicon = openLexicon();
const trolley = {
  type: 'returns_trolley', title: 'Returns trolley', description: 'A self-driving library returns trolley.', domain: 'warehouse', version: '1.0.0',
  nouns: ['trolley'],
  state: {},
  functions: [
    { name: 'roll_to_crate', kind: 'action', description: 'Rolls the trolley to a numbered crate.', parameters: [{ name: 'crate', type: 'integer', description: 'Crate number.', minimum: 1, maximum: 40 }] },
    { name: 'return_to_bay', kind: 'action', description: 'Rolls the trolley back to its charging bay.', parameters: [] },
  ],
} as unknown as DeviceDescription;

const chosen = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);

describe('a command said to wait for an event', () => {
  it('reads the clause first, set off by its comma, whoever its subject', () => {
    expect(awaitedEvent('Once the aisle clears, roll to crate 10.')).toEqual({ clause: 'the aisle clears', command: 'roll to crate 10' });
    expect(awaitedEvent('after you charge, then roll to crate 12')).toEqual({ clause: 'you charge', command: 'roll to crate 12' });
    expect(awaitedEvent('Next time you pass crate 8, go back to your bay')).toEqual({ clause: 'you pass crate 8', command: 'go back to your bay' });
    expect(awaitedEvent('As soon as the van arrives, roll to crate 1')).toEqual({ clause: 'the van arrives', command: 'roll to crate 1' });
  });

  it('reads the addressee\'s clause after the command, and what follows its comma as the command\'s', () => {
    expect(awaitedEvent('Roll to crate 4 when you get there')).toEqual({ clause: 'you get there', command: 'Roll to crate 4' });
    expect(awaitedEvent("go back to your bay once you're done, thanks")).toEqual({ clause: "you're done", command: 'go back to your bay, thanks' });
  });

  it('leaves questions, "before" and requests that wait for nothing', () => {
    for (const text of ['When did you last roll to crate 3?', 'Once more, roll to crate 3', 'Before you go back to your bay, roll to crate 14', 'roll to crate 3 and then go back to your bay', 'when the aisle clears?']) {
      expect(awaitedEvent(text), text).toBeUndefined();
    }
  });
});

describe('through the mapper', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it('declines a command that waits for an event, and keeps one that only offers a moment', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: trolley, selfNoun: 'trolley' });
    for (const text of ['Once the aisle clears, roll to crate 10.', 'After you charge, roll to crate 12.', 'Roll to crate 4 when you get there.', 'When the van comes, go back to your bay.']) {
      expect((await mapper.map(text, {})).kind, text).toBe('not_executable');
    }
    for (const text of ['Roll to crate 6 when you get a chance.', "Roll to crate 9 when you're ready.", 'Once you have a moment, go back to your bay.', 'Roll to crate 2 when you can.']) {
      expect(chosen(await mapper.map(text, {})).length, text).toBe(1);
    }
  });
});
