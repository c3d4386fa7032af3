import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, normaliseApiDocument, openLexicon } from '@meshmind/rag';
import type { MapResult } from '../src/mapper/api-mapper-options';
import { pausedForAWhile } from '../src/mapper/paused-for-a-while';

// A pool-cleaning robot and a lawn sprinkler written for this test. The robot can halt its sweep or
// pause it; the sprinkler can only stop, so a stop said for a while stays a stop there.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet;

const poolRobot = {
  type: 'pool_robot',
  title: 'Pool robot',
  nouns: ['pool robot', 'pool cleaner'],
  state: { sweeping: { type: 'boolean', description: 'Whether the robot is sweeping the pool.' } },
  functions: [
    { name: 'begin_sweep', kind: 'action', parameters: [], description: 'Starts sweeping the pool floor and walls.' },
    { name: 'halt_sweep', kind: 'action', parameters: [], description: 'Stops the sweep and forgets where it was.' },
    { name: 'pause_sweep', kind: 'action', parameters: [], description: 'Pauses the sweep so it can go on later from where it was.' },
    { name: 'sweep_status', kind: 'query', parameters: [], description: 'Reports whether the robot is sweeping.', returns: { type: 'boolean', description: 'True while sweeping.' } },
  ],
} as unknown as DeviceDescription;

const sprinkler = {
  type: 'lawn_sprinkler',
  title: 'Lawn sprinkler',
  nouns: ['sprinkler'],
  state: {},
  functions: [
    { name: 'start_watering', kind: 'action', parameters: [], description: 'Starts watering the lawn.' },
    { name: 'stop_watering', kind: 'action', parameters: [], description: 'Stops watering the lawn.' },
  ],
} as unknown as DeviceDescription;

const functionsOf = (description: DeviceDescription) => new Map(normaliseApiDocument(description).functions.map((fn) => [fn.name, fn]));
const called = (name: string): MapResult => ({ kind: 'call', calls: [{ function: name, arguments: {}, confidence: 0.9 }], candidates: [name], ranking: [] });
const chosen = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);

describe.skipIf(!wordNet)('a stop said for a while', () => {
  it('is the pause where the device can pause', () => {
    for (const text of ['halt the sweep for now', 'stop the pool robot for a moment', 'hold on with the sweeping for a minute', 'give it a break for a while']) {
      expect(chosen(pausedForAWhile(called('halt_sweep'), text, functionsOf(poolRobot), wordNet)), text).toEqual(['pause_sweep']);
    }
  });

  it('stays a stop where no span of time is said, or the device cannot pause', () => {
    for (const text of ['halt the sweep', 'stop the pool robot now', 'stop the sweep for good measure']) {
      expect(chosen(pausedForAWhile(called('halt_sweep'), text, functionsOf(poolRobot), wordNet)), text).toEqual(['halt_sweep']);
    }
    for (const text of ['stop the sprinkler for now', 'stop watering for a while']) {
      expect(chosen(pausedForAWhile(called('stop_watering'), text, functionsOf(sprinkler), wordNet)), text).toEqual(['stop_watering']);
    }
  });

  it('leaves a call that is no stop alone', () => {
    expect(chosen(pausedForAWhile(called('begin_sweep'), 'sweep the pool for a while', functionsOf(poolRobot), wordNet))).toEqual(['begin_sweep']);
  });

  describe('through the mapper', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    });

    it('pauses the robot and stops the sprinkler', async () => {
      const robot = await createApiMapper({ embedder, lexicon, document: poolRobot, selfNoun: 'pool robot' });
      for (const text of ['Stop the pool robot for now.', 'halt the sweep for a moment']) {
        expect(chosen(await robot.map(text)), text).toEqual(['pause_sweep']);
      }
      expect(chosen(await robot.map('halt the sweep'))).toEqual(['halt_sweep']);
      const lawn = await createApiMapper({ embedder, lexicon, document: sprinkler, selfNoun: 'sprinkler' });
      expect(chosen(await lawn.map('stop the sprinkler for now'))).toEqual(['stop_watering']);
    });
  });
});
