import { beforeAll, describe, expect, it } from 'vitest';
import type { Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import { chosen, rover } from './greenhouse-rover';

// What someone else will do or wishes to do (others-intent.ts) is theirs, not the rover's.
const lexicon = openLexicon();

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
