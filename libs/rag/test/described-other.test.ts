import { beforeAll, describe, expect, it } from 'vitest';
import type { Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import { chosen, rover } from './greenhouse-rover';

// Another rover picked out by a description (described-other.ts) is not this one.
const lexicon = openLexicon();

describe("another of the device's kind picked out by a description", () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it("declines a deed asked of a rover told apart by words before it", async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: rover, selfNoun: 'rover' });
    for (const text of ["Stop the watering rover.", "Send the red rover to bed 4.", "Have the old rover take a photo."]) {
      const result = await mapper.map(text);
      expect(result.kind, text).toBe('not_executable');
    }
  });

  it("declines a deed asked of a rover placed apart by a phrase after it", async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: rover, selfNoun: 'rover' });
    for (const text of ["Stop the rover next to you.", "Send the rover by the door to bed 6.", "Halt the rover that is blocking bed 2."]) {
      const result = await mapper.map(text);
      expect(result.kind, text).toBe('not_executable');
    }
  });

  it('still does what is asked of it', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: rover, selfNoun: 'rover' });
    expect(chosen(await mapper.map("Rover, go to bed 3.")), "Rover, go to bed 3.").toEqual(["move_to_bed"]);
    expect(chosen(await mapper.map("Go to bed 8, rover.")), "Go to bed 8, rover.").toEqual(["move_to_bed"]);
    expect(chosen(await mapper.map("Hey rover, take a photo.")), "Hey rover, take a photo.").toEqual(["take_photo"]);
    expect(chosen(await mapper.map("Take a photo of the red rover.")), "Take a photo of the red rover.").toEqual(["take_photo"]);
  });
});
