import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';

// A hospital delivery tug written for this test: it goes back to base to charge, tells its charge and
// tilts its camera. "The scanner's battery", "the pager's camera" are another owner's, not the tug's.
const lexicon = openLexicon();

const tug = {
  type: 'delivery_tug',
  title: 'Hospital delivery tug',
  nouns: ['tug'],
  state: {},
  functions: [
    { name: 'return_to_base', kind: 'action', parameters: [], description: 'Drives back to the base station and charges the battery.' },
    { name: 'battery_charge', kind: 'query', parameters: [], description: 'Tells how charged the battery is, in percent.' },
    { name: 'tilt_camera', kind: 'action', parameters: [{ name: 'angle', type: 'number', unit: '°', minimum: -45, maximum: 45, description: 'Camera tilt in degrees.' }], description: 'Tilts the front camera up or down.' },
    { name: 'take_picture', kind: 'action', parameters: [], description: 'Takes a picture with the front camera.' },
  ],
} as unknown as DeviceDescription;

const chosen = (result: { kind: string; calls?: { function: string }[] }) => (result.kind === 'call' ? result.calls!.map((call) => call.function) : []);

describe("a thing of the device's own kind, said as another owner's", () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it("declines a question or a deed about another owner's battery or camera", async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: tug, selfNoun: 'tug' });
    for (const text of ["how charged is the pager's battery?", "check the scanner's battery", "tilt the monitor's camera up 10 degrees", "top up the scanner's battery"]) {
      const result = await mapper.map(text);
      expect(result.kind, text).toBe('not_executable');
    }
  });

  it('does the same asked of its own battery and camera', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: tug, selfNoun: 'tug' });
    expect(chosen(await mapper.map('how charged is your battery?'))).toEqual(['battery_charge']);
    expect(chosen(await mapper.map("how charged is the tug's battery?"))).toEqual(['battery_charge']);
    expect(chosen(await mapper.map('check your battery'))).toEqual(['battery_charge']);
    expect(chosen(await mapper.map('tilt your camera up 10 degrees'))).toEqual(['tilt_camera']);
    expect(chosen(await mapper.map('go back to base and charge your battery'))).toEqual(['return_to_base']);
  });

  it("takes a picture of another owner's thing: the picture only looks at it", async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: tug, selfNoun: 'tug' });
    expect(chosen(await mapper.map("take a picture of the pager's screen"))).toEqual(['take_picture']);
  });
});
