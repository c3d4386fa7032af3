import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// A radio tuner written for this test: its one text reading is declared a string, and its notes say
// what the text is (the station's name), which names no person.
const tuner: DeviceDescription = {
  type: 'radio_tuner',
  title: 'Radio tuner',
  description: 'A kitchen radio that tunes to broadcast stations.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['radio', 'tuner'],
  state: { station: { type: 'string', description: 'Name of the station tuned.' }, level: { type: 'integer', description: 'Loudness.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    { name: 'next_station', description: 'Tunes to the next station.', kind: 'action', parameters: [] },
    { name: 'get_station', description: 'Reads the name of the station tuned now.', kind: 'query', parameters: [], returns: { type: 'string', description: 'Name of the broadcast station.' } },
    { name: 'get_level', description: 'Reads how loud the radio is.', kind: 'query', parameters: [], returns: { type: 'integer', description: 'Loudness.', unit: '%' } },
  ],
};

const lexicon = openLexicon();
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe.skipIf(!lexicon.wordNet)('a person asked of a text query whose words name no one is declined (unreported-attribute.ts)', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon, document: tuner });
  }, 180_000);
  const state = { station: 'Radio Four', level: 20 };

  it('declines who is talking, still reads the station', async () => {
    expect(called(await mapper.map('who is presenting this station', state))).toBe('not_executable');
    expect(called(await mapper.map("who's the presenter on the tuner", state))).toBe('not_executable');
    expect(called(await mapper.map('what station is this', state))).toEqual(['get_station']);
  }, 120_000);
});

// A jobs board written for this test: its one reading is declared a list of texts, the open jobs.
const jobsBoard: DeviceDescription = {
  type: 'jobs_board', title: 'Jobs board', description: 'A shared board of household jobs.', domain: 'home', version: '1.0.0',
  nouns: ['board', 'jobs board'],
  state: { jobs: { type: 'string_list', description: 'Jobs still to do.' } },
  functions: [
    { name: 'pin_job', description: 'Pins a job to the board.', kind: 'action', parameters: [{ name: 'job', type: 'string', description: 'The job to pin.' }] },
    { name: 'read_jobs', description: 'Reads the jobs still pinned to the board.', kind: 'query', parameters: [], returns: { type: 'string_list', description: 'Open jobs, oldest first.' } },
  ],
};

describe.skipIf(!lexicon.wordNet)('a person asked of a list of texts whose words name no one is declined (unreported-attribute.ts)', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon, document: jobsBoard });
  }, 180_000);
  const state = { jobs: ['mow the lawn', 'fix the gate'] };

  it('declines who pinned a job, still reads the jobs', async () => {
    expect(called(await mapper.map('who pinned the gate job', state))).toBe('not_executable');
    expect(called(await mapper.map('who put the lawn on the board', state))).toBe('not_executable');
    expect(called(await mapper.map('what jobs are on the board', state))).toEqual(['read_jobs']);
  }, 120_000);
});
