import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { stem } from '@meshmind/language';
import { functionViews } from '../src/mapper/function-views';
import { ACTION_MEETING, documentActions } from '../src/mapper/action-scope';
import { documentWords, judgeScope } from '../src/mapper/scope';

// A pool robot written for this test. Its notes speak of tiles, leaves and the water, so requests
// that share those nouns but ask for an action it has no function for ("paint the tiles", "print
// the leaf report") must still be told apart from what it does ("scour the tiles", "chart the pool").
const lexicon = openLexicon();
const wordNet = lexicon.wordNet;

const poolRobot = {
  type: 'pool_robot',
  title: 'Pool robot',
  state: {},
  functions: [
    { name: 'scrub_floor', kind: 'action', parameters: [], description: 'Scrubs the tiles of the pool floor.' },
    { name: 'skim_surface', kind: 'action', parameters: [], description: 'Skims leaves off the water surface.' },
    { name: 'map_pool', kind: 'action', parameters: [], description: 'Maps the shape of the pool.' },
    { name: 'return_to_dock', kind: 'action', parameters: [], description: 'Drives back to its dock.' },
    { name: 'get_water_temperature', kind: 'query', parameters: [], description: 'Reports the water temperature.', returns: { type: 'number', description: 'degrees Celsius' } },
  ],
} as unknown as DeviceDescription;

function actionsOf(description: DeviceDescription) {
  const document = normaliseApiDocument(description);
  const stems = new Set([...documentWords(document, functionViews(document, lexicon))].map(stem));
  return documentActions(stems, wordNet);
}

describe.skipIf(!wordNet)('the action a command opens with, against what the document does', () => {
  it('finds no function for verbs the robot does not do, though their objects are in its notes', () => {
    const actions = actionsOf(poolRobot);
    for (const order of ['paint the tiles', 'print the leaf report', 'lift the leaves into the bin', 'please mow the lawn']) {
      const reading = actions.read(order, 'command');
      expect(reading, order).toBeDefined();
      expect(reading!.meeting, order).toBeLessThan(ACTION_MEETING);
    }
  });

  it('meets verbs the document does not spell: synonyms, narrower and broader verbs of few kinds', () => {
    const actions = actionsOf(poolRobot);
    // "scour" is a synonym of "scrub"; "chart" is a kind of "map", which only two verbs narrow.
    for (const order of ['scour the floor', 'chart the pool', 'scrub all the tiles', 'skim the leaves off']) {
      const reading = actions.read(order, 'neutral');
      expect(reading, order).toBeDefined();
      expect(reading!.meeting, order).toBeGreaterThanOrEqual(ACTION_MEETING);
    }
  });

  it('reads no action in a question, in a request without an opening verb, or with courtesy before it', () => {
    const actions = actionsOf(poolRobot);
    expect(actions.read('what is the water temperature?', 'question')).toBeUndefined();
    expect(actions.read('water temperature now', 'neutral')).toBeUndefined();
    expect(actions.read('could you please paint the tiles', 'command')?.verb).toBe('paint');
    // The device's own name before the verb is not the verb.
    expect(actions.read('pool robot, paint the tiles', 'command', new Set(['pool', 'robot'].map(stem)))?.verb).toBe('paint');
  });

  it('reads a phrasal verb whole where WordNet knows it', () => {
    const actions = actionsOf(poolRobot);
    expect(actions.read('switch off the pump', 'command')?.verb).toBe('switch off');
  });
});

describe.skipIf(!wordNet)('a command whose action the document does not do is "not executable"', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it('declines it, naming the verb, where a noun of it meets the notes, and keeps in-scope orders said in other words', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: poolRobot, selfNoun: 'robot' });
    for (const [order, verb] of [['Print the leaf report.', 'print'], ['Lift the leaves into the bin.', 'lift']] as const) {
      const result = await mapper.map(order);
      // "leaf" is a word of the skimmer's note: the words alone would have let it through.
      expect(result.scope?.strongest, order).toBe(1);
      expect(result.kind, order).toBe('not_executable');
      if (result.kind === 'not_executable') expect(result.reason, order).toBe(`nothing the robot can do has to do with "${verb}": none of its functions does that`);
    }
    const kept: Array<[string, string]> = [
      ['Scour the tiles.', 'scrub_floor'],
      ['Chart the pool for me.', 'map_pool'],
      ['Skim the leaves off the top.', 'skim_surface'],
    ];
    for (const [order, expected] of kept) {
      const result = await mapper.map(order);
      expect(result.kind, order).toBe('call');
      if (result.kind === 'call') expect(result.calls[0]!.function, order).toBe(expected);
    }
  });

  it('is off where the thresholds leave the action out', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: poolRobot, selfNoun: 'robot', scope: { word: 0, semantic: 0 } });
    const result = await mapper.map('Print the leaf report.');
    expect(result.scope?.action).toBeLessThan(ACTION_MEETING);
    expect(result.kind).toBe('call');
  });
});

describe('the verdict on a command whose action the document does not do', () => {
  const reading = (meeting: number) => ({ content: ['lift', 'leaves'], meetings: [0.55, 1], strongest: 1, mean: 0.775, unmet: [], action: { verb: 'lift', meeting } });
  const thresholds = { word: 0.75, semantic: 0.4, action: 0.43, actionMatch: 0.25 };

  it('asks ranking for a clearer fit, or declines where the meaning is far from every function', async () => {
    const near = await judgeScope(reading(0.55), { mood: 'command', vouched: false, thresholds, nearest: async () => 0.5 });
    expect(near.out).toBe(false);
    expect(near.weakAction).toEqual({ verb: 'lift', below: 0.25 });
    const far = await judgeScope(reading(0), { mood: 'neutral', vouched: false, thresholds, nearest: async () => 0.3 });
    expect(far.out).toBe(true);
    expect(far.unmet).toEqual(['lift']);
  });

  it('leaves a verb the document does, a question, a vouched request and a check turned off alone', async () => {
    const nearest = async () => 0.3;
    const verdicts = [
      judgeScope(reading(0.8), { mood: 'command', vouched: false, thresholds, nearest }),
      judgeScope(reading(0), { mood: 'question', vouched: false, thresholds, nearest }),
      judgeScope(reading(0), { mood: 'command', vouched: true, thresholds, nearest }),
      judgeScope(reading(0), { mood: 'command', vouched: false, thresholds: false, nearest }),
    ];
    for (const verdict of await Promise.all(verdicts)) {
      expect(verdict.out).toBe(false);
      expect(verdict.weakAction).toBeUndefined();
    }
  });
});
