import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import { neededDeed, withNeededDeed } from '../src/mapper/needed-deed';

// An errands board written for this test: jobs and things go onto it, come off it, are read out.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet;

const errands = {
  type: 'errand_board',
  title: 'Errands board',
  nouns: ['errands board', 'board'],
  state: { jobs: { type: 'string_list', description: 'Jobs and things still to see to.' } },
  functions: [
    { name: 'post_job', kind: 'action', parameters: [{ name: 'job', type: 'string', description: 'The job or thing to post.' }], description: 'Adds a job to the board.' },
    { name: 'drop_job', kind: 'action', parameters: [{ name: 'job', type: 'string', description: 'The job to drop.' }], description: 'Deletes a job from the board.' },
    { name: 'read_jobs', kind: 'query', parameters: [], description: 'Reads out the jobs on the board.', returns: { type: 'string_list', description: 'The jobs.' } },
  ],
} as unknown as DeviceDescription;

describe.skipIf(!wordNet)('a need to do something', () => {
  it('is read with its thing and whether the deed gets it', () => {
    expect(neededDeed('we need to purchase firelighters', wordNet)).toMatchObject({ deed: 'purchase firelighters', thing: 'firelighters', getting: true });
    expect(neededDeed('the kids have to grab some conkers', wordNet)).toBeUndefined(); // "have to" only after the speaker
    expect(neededDeed('I have to grab some conkers', wordNet)).toMatchObject({ thing: 'some conkers', getting: true });
    expect(neededDeed('we must email the landlord', wordNet)).toMatchObject({ deed: 'email the landlord', thing: 'the landlord', getting: false });
    for (const text of ['we need to set off at dawn', 'I need to rest', 'we need to be home by six', 'we need to get moving', 'we need to meet tomorrow']) expect(neededDeed(text, wordNet)?.thing, text).toBe('');
    for (const text of ['what do we need to buy', 'have we got to get firelighters', 'we had to buy firelighters', 'we need firelighters', 'firelighters please']) expect(neededDeed(text, wordNet), text).toBeUndefined();
  });

  it('becomes the plain need where the deed gets its thing, and keeps the deed where it does not', () => {
    expect(withNeededDeed('we need to purchase firelighters', wordNet, true)).toBe('we need firelighters');
    expect(withNeededDeed("I've got to fetch a parcel, put it on the board", wordNet, true)).toBe('I need a parcel, put it on the board');
    expect(withNeededDeed('need to grab matches', wordNet, true)).toBe('we need matches');
    expect(withNeededDeed('we must email the landlord', wordNet, true)).toBe('we need email the landlord');
    expect(withNeededDeed('we need to set off at dawn', wordNet, true)).toBe('we need to set off at dawn');
    expect(withNeededDeed('we need to purchase firelighters', wordNet, false)).toBe('we need to purchase firelighters');
  });

  describe('through the mapper', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    });

    it('posts the thing an errand gets, not "to buy" it, and the deed where it gets nothing', async () => {
      const mapper = await createApiMapper({ embedder, lexicon, document: errands });
      for (const [text, job] of [['we need to purchase firelighters', 'firelighters'], ['we must email the landlord', 'email the landlord']] as const) {
        const result = await mapper.map(text);
        expect(result.kind === 'call' ? result.calls.map((call) => [call.function, call.arguments.job]) : result.reason, text).toEqual([['post_job', job]]);
      }
    });

    it('declines a need to do that has no thing to post', async () => {
      const mapper = await createApiMapper({ embedder, lexicon, document: errands });
      for (const text of ['we need to set off at dawn', 'I need to rest', 'we need to be home by six']) expect((await mapper.map(text)).kind, text).toBe('not_executable');
    });
  });
});
