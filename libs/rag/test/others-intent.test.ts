import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';

// What someone else will do or wishes to do (others-intent.ts) is theirs, not the rover's.
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

describe("a deed to come or wished by someone else", () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it("declines a wish of a person to do it themselves", async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: rover, selfNoun: 'rover' });
    for (const text of ["My colleague wants to drive to bed 4.", "Priya would like to go to bed 9.", "The gardener needs to get to bed 12."]) {
      const result = await mapper.map(text);
      expect(result.kind, text).toBe('not_executable');
    }
  });

  it("declines what a person or another machine will do", async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: rover, selfNoun: 'rover' });
    for (const text of ["Dave will photograph bed 3.", "Sam is going to take a photo of bed 2.", "The tractor should stop.", "She'll drive over to bed 6."]) {
      const result = await mapper.map(text);
      expect(result.kind, text).toBe('not_executable');
    }
  });

  it('still does what is asked of it', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: rover, selfNoun: 'rover' });
    expect(chosen(await mapper.map("Ana wants you to drive to bed 4.")), "Ana wants you to drive to bed 4.").toEqual(["move_to_bed"]);
    expect(chosen(await mapper.map("The manager needs you to take a photo.")), "The manager needs you to take a photo.").toEqual(["take_photo"]);
    expect(chosen(await mapper.map("Go to bed 5.")), "Go to bed 5.").toEqual(["move_to_bed"]);
  });
});
