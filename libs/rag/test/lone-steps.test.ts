import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { stepDeclinedAlone } from '../src/mapper/lone-steps';

// A pool robot of our own: it charts the pool, reads its battery, takes a photo. The results are what
// the mapper would give; `alone` stands for the mapper reading one step as a request of its own.
const lexicon = openLexicon();
const call = (...steps: [string, string][]): MapResult => ({
  kind: 'call',
  calls: steps.map(([name]) => ({ function: name, arguments: {}, confidence: 0.5, margin: 0.05 })),
  candidates: [],
  ranking: [],
  leads: steps.map(([name, step]) => ({ function: name, margin: 0.05, wordsDisagree: false, ...(step ? { step } : {}) })),
});
const declined = (reason: string): MapResult => ({ kind: 'not_executable', reason, candidates: [], ranking: [] });
const alone = (refused: string[]) => {
  const asked: string[] = [];
  const map = async (step: string) => {
    asked.push(step);
    return refused.includes(step) ? declined('the two readings are a near tie') : call(['battery_level', '']);
  };
  return { asked, map };
};
const reader = { lexicon, takesItems: false };

describe('a request of several steps is done only where each step that made a call can be done alone (lone-steps.ts)', () => {
  it.skipIf(!lexicon.wordNet)('declines where a step that made a call is not executable on its own', async () => {
    // "do a sonar sweep and chart the pool": the sweep drifted to the battery.
    const { map } = alone(['do a sonar sweep']);
    const result = await stepDeclinedAlone(call(['battery_level', 'do a sonar sweep'], ['chart_pool', 'chart the pool']), 'do a sonar sweep and chart the pool', reader, map);
    expect(result.kind).toBe('not_executable');
    expect(result.kind === 'not_executable' && result.reason).toBe('"do a sonar sweep": the two readings are a near tie');
  });

  it.skipIf(!lexicon.wordNet)('keeps the calls where every step can be done alone', async () => {
    const { map, asked } = alone([]);
    const both = call(['battery_level', 'check your battery'], ['chart_pool', 'chart the pool']);
    expect(await stepDeclinedAlone(both, 'check your battery and chart the pool', reader, map)).toBe(both);
    expect(asked).toEqual(['check your battery', 'chart the pool']);
  });

  it.skipIf(!lexicon.wordNet)('maps nothing alone for a request of one step, a step the mapper joined from two, or a request that made no call', async () => {
    const { map, asked } = alone(['chart the pool', 'sweep the floor', 'switch off the pump']);
    const one = call(['chart_pool', '']);
    expect(await stepDeclinedAlone(one, 'chart the pool', reader, map)).toBe(one);
    // "... and cooling": a trailing clause the mapper joined to the step before is read with it.
    const joined = call(['pump_off', 'switch off the pump and cooling']);
    expect(await stepDeclinedAlone(joined, 'switch off the pump and cooling', reader, map)).toBe(joined);
    const refused = declined('no');
    expect(await stepDeclinedAlone(refused, 'sing a song and chart the pool', reader, map)).toBe(refused);
    expect(asked).toEqual([]);
  });

  it.skipIf(!lexicon.wordNet)('maps nothing alone where only one step made a call, or the steps are said in sequence', async () => {
    const { map, asked } = alone(['sweep the floor', 'chart the pool', 'go back to the dock']);
    // "sweep the floor and chart the pool", the sweep read as how the chart is made: only the chart made a call.
    const means = call(['chart_pool', 'chart the pool']);
    expect(await stepDeclinedAlone(means, 'sweep the floor and chart the pool', reader, map)).toBe(means);
    // "check your battery, then go back to the dock": each said as a command of its own.
    const sequence = call(['battery_level', 'check your battery'], ['dock', 'go back to the dock']);
    expect(await stepDeclinedAlone(sequence, 'check your battery, then go back to the dock', reader, map)).toBe(sequence);
    expect(asked).toEqual([]);
  });

  it.skipIf(!lexicon.wordNet)('leaves a device that takes free-text items alone: the words after "and" may be an item', async () => {
    const { map, asked } = alone(['mow the lawn']);
    const items = call(['post_chore', 'post wash the car'], ['post_chore', 'mow the lawn']);
    expect(await stepDeclinedAlone(items, 'post wash the car and mow the lawn', { lexicon, takesItems: true }, map)).toBe(items);
    expect(asked).toEqual([]);
  });
});

// The same pool robot as a document, read by the real mapper (USE-lite, WordNet).
const pool: DeviceDescription = {
  type: 'pool_robot',
  title: 'Pool robot',
  description: 'A robot that cleans a swimming pool.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['pool robot', 'robot'],
  state: {},
  functions: [
    { name: 'chart_pool', description: 'Charts the floor of the pool and saves the chart.', kind: 'action', parameters: [] },
    { name: 'scrub_walls', description: 'Scrubs the walls of the pool.', kind: 'action', parameters: [] },
    { name: 'battery_level', description: 'Reads the battery charge in percent.', kind: 'query', parameters: [], returns: { type: 'number', description: 'Percent.' } },
    { name: 'surface', description: 'Rises to the surface of the water.', kind: 'action', parameters: [] },
    { name: 'where_am_i', description: 'Tells where in the pool the robot is.', kind: 'query', parameters: [], returns: { type: 'string', description: 'Position.' } },
  ],
};

describe('the mapper reads each step that made a call alone (lone-steps.ts)', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: pool });
  });
  const calls = async (text: string) => {
    const result = await mapper.map(text, {});
    return result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind;
  };

  it('declines a step that drifted to a call no word of it asks for', async () => {
    // Read together, "do a quick laser pass" became battery_level; alone it is a near tie its words do not break.
    expect(await calls('do a quick laser pass and chart the pool')).toBe('not_executable');
  });

  it('keeps two steps that each read as a call of their own', async () => {
    expect(await calls('check your battery and chart the pool')).toEqual(['battery_level', 'chart_pool']);
  });

  it('declines a request whose later step is a deed the robot has no function for, joined to the step before', async () => {
    expect(await calls('surface, then fetch the towel')).toBe('not_executable');
    expect(await calls('chart the pool and unload the skimmer basket')).toBe('not_executable');
  });

  it('keeps a later step that finds out or tells the speaker what the step before does', async () => {
    expect(await calls('chart the pool and check your battery')).toEqual(['chart_pool', 'battery_level']);
    expect(await calls('check your battery, then scrub the walls')).toEqual(['battery_level', 'scrub_walls']);
  });
});
