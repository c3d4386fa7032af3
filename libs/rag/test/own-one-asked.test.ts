import { describe, expect, it } from 'vitest';
import { createRequestReader, type WordNet } from '@meshmind/language';
import { normaliseApiDocument, openLexicon, type MapResult } from '@meshmind/rag';
import type { LlmindApiEntry } from '@meshmind/protocol';
import { ownOneAsked } from '../src/mapper/own-one-asked';

// A camera drone written for this test: it pairs with a remote or a headset, lists the remotes in
// range, and reads its altitude.
const entry = (name: string, input: string[], types: string[], output: string, notes: string): LlmindApiEntry => ({ name, input_argument: input, input_type: types, output, notes, programming_language: 'Python' });
const drone = normaliseApiDocument([
  entry('list_remotes', [], [], 'list[str]', 'Lists the remote controls in radio range.'),
  entry('pair_remote', ['remote_name'], ['str'], 'bool', 'Pairs the drone with the named remote control.'),
  entry('read_altitude', [], [], 'float', 'Reads the altitude in metres.'),
]);
const byName = new Map(drone.functions.map((fn) => [fn.name, fn]));
const wordNet = openLexicon().wordNet as WordNet | undefined;
const read = createRequestReader();
const calling = (name: string) => ({ kind: 'call', calls: [{ function: name, arguments: {}, confidence: 0.5, margin: 0.1 }], ranking: [] }) as unknown as MapResult;
const asked = (text: string, name = 'list_remotes', explainers?: string[]) =>
  ownOneAsked(calling(name), read(text), byName, new Set(['drone']), wordNet, 'drone', explainers ? () => new Set(explainers) : undefined);

describe('a question about the device own one thing is not answered by a list or another reading (own-one-asked.ts)', () => {
  it.skipIf(!wordNet)('declines a list for the one thing the device is joined to or keeps', () => {
    expect(asked('which remote are you paired with?')).toContain('which remote is its own');
    expect(asked('what controller are you hooked up to right now?')).toBeDefined();
    expect(asked('is your remote switched on?')).toBeDefined();
    expect(asked("what's the name of your headset?")).toBeDefined();
    expect(asked('are you linked to the red remote?')).toBeDefined();
  });

  it.skipIf(!wordNet)('lets a list answer things in the plural, things seen, and the device itself', () => {
    expect(asked('which remotes are you near?')).toBeUndefined();
    expect(asked('what remote can you pick up from here?')).toBeUndefined();
    expect(asked('list the remotes in range')).toBeUndefined();
    expect(asked('what remotes are around your drone?')).toBeUndefined();
    expect(asked('is your drone ok?')).toBeUndefined();
    expect(asked('what remote can you see from your spot?')).toBeUndefined();
  });

  it.skipIf(!wordNet)('declines another reading only where the joined thing is explained by a function other than the call', () => {
    expect(asked('which remote are you paired with?', 'read_altitude', ['pair_remote'])).toContain('pair remote');
    expect(asked('which remote are you paired with?', 'read_altitude', ['read_altitude'])).toBeUndefined();
    expect(asked("what's your remote?", 'read_altitude', ['pair_remote'])).toBeUndefined(); // only the device's own, not joined: a reading may tell it
    expect(asked('how high are you?', 'read_altitude', ['read_altitude'])).toBeUndefined();
  });
});
