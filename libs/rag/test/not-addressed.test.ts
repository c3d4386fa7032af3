import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';

// A request the speaker says is not for the listener (not-addressed.ts) is left.
// A greenhouse rover written for this test: it drives to a numbered bed, photographs, stops and tells its charge.
const rover = {
  type: 'greenhouse_rover',
  title: 'Greenhouse rover',
  nouns: ['rover'],
  state: {},
  functions: [
    { name: 'move_to_bed', kind: 'action', parameters: [{ name: 'bed', type: 'integer', minimum: 1, maximum: 30, description: 'Number of the bed to drive to.' }], description: 'Drives the rover to a numbered plant bed.' },
    { name: 'battery_level', kind: 'query', parameters: [], description: 'Tells how much charge is left in the battery, in percent.' },
    { name: 'take_photo', kind: 'action', parameters: [], description: 'Takes a photo with the camera.' },
    { name: 'halt', kind: 'action', parameters: [], description: 'Stops all motion at once.' },
  ],
} as unknown as DeviceDescription;
const lexicon = openLexicon();
const chosen = (result: { kind: string; calls?: { function: string }[] }) => (result.kind === 'call' ? result.calls!.map((call) => call.function) : []);

describe("a request said to someone else", () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it("declines what follows a \"not you\"", async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: rover, selfNoun: 'rover' });
    for (const text of ["Not you, the tractor, stop it.", "No, not you. Go to bed 4.", "Not you, rover, the sprinkler: halt it."]) {
      const result = await mapper.map(text);
      expect(result.kind, text).toBe('not_executable');
    }
  });

  it("declines what the speaker says they did not say to the listener", async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: rover, selfNoun: 'rover' });
    for (const text of ["I wasn't talking to you, the tractor should halt.", "Sorry, I didn't mean you. Drive to bed 2.", "I was not speaking to you, go to bed 9."]) {
      const result = await mapper.map(text);
      expect(result.kind, text).toBe('not_executable');
    }
  });

  it('still does what is asked of it', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: rover, selfNoun: 'rover' });
    expect(chosen(await mapper.map("Go to bed 4, not bed 5.")), "Go to bed 4, not bed 5.").toEqual(["move_to_bed"]);
    expect(chosen(await mapper.map("Take a photo, you know the one.")), "Take a photo, you know the one.").toEqual(["take_photo"]);
    expect(chosen(await mapper.map("Halt!")), "Halt!").toEqual(["halt"]);
  });
});
