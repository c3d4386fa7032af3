import { beforeAll, describe, expect, it } from 'vitest';
import type { Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import { chosen, rover } from './greenhouse-rover';

// A request the speaker says is not for the listener (not-addressed.ts) is left.
const lexicon = openLexicon();

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
