import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createRequestReader } from '@meshmind/language';
import { createApiMapper, createEmbedderPool, normaliseApiDocument, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { stateAnswerFit } from '../src/mapper/state-question';

// Two devices written for this test: a skylight with a level and a state of its own words, and a
// pool robot that reports what it is doing beside its battery.
const skylight: DeviceDescription = {
  type: 'skylight', title: 'Skylight', description: 'A motorised roof window.', domain: 'home', version: '1.0.0',
  nouns: ['skylight', 'roof window'],
  state: {
    position: { type: 'integer', description: 'How far the skylight is open.', unit: '%', minimum: 0, maximum: 100 },
    window_state: { type: 'enum', description: 'Whether the skylight is open.', values: ['open', 'shut', 'moving'], synonyms: { open: ['ajar', 'vented'], shut: ['sealed'] } },
  },
  functions: [
    { name: 'open_skylight', description: 'Opens the skylight fully.', kind: 'action', parameters: [] },
    { name: 'shut_skylight', description: 'Shuts the skylight.', kind: 'action', parameters: [] },
    { name: 'read_position', description: 'Reads how far the skylight is open.', kind: 'query', parameters: [], returns: { type: 'integer', description: 'Opening.', unit: '%' } },
    { name: 'read_window_state', description: 'Tells whether the skylight is open, shut or moving.', kind: 'query', parameters: [], returns: { type: 'enum', description: 'open, shut or moving.' } },
  ],
};
const poolRobot: DeviceDescription = {
  type: 'pool_robot', title: 'Pool robot', description: 'A robot that cleans the swimming pool.', domain: 'home', version: '1.0.0',
  nouns: ['pool robot', 'pool cleaner'],
  state: {
    activity: { type: 'enum', description: 'What the robot does.', values: ['scrubbing', 'parked', 'climbing'] },
    battery: { type: 'integer', description: 'Battery charge.', unit: '%', minimum: 0, maximum: 100 },
  },
  functions: [
    { name: 'start_scrubbing', description: 'Starts a cleaning run of the pool.', kind: 'action', parameters: [] },
    { name: 'get_activity', description: 'Reports what the pool robot is doing.', kind: 'query', parameters: [] },
    { name: 'get_battery', description: 'Reads the remaining battery charge of the pool robot.', kind: 'query', parameters: [] },
  ],
};
// A projector written for this test: "on" is a value of its power state, and its input is another state.
const projector: DeviceDescription = {
  type: 'projector', title: 'Projector', description: 'A ceiling projector.', domain: 'home', version: '1.0.0',
  nouns: ['projector', 'beamer'],
  state: {
    power: { type: 'enum', description: 'Whether the projector is on.', values: ['on', 'standby', 'cooling'] },
    input: { type: 'enum', description: 'The input shown.', values: ['hdmi_1', 'hdmi_2', 'usb'], synonyms: { usb: ['memory stick'] } },
  },
  functions: [
    { name: 'power_up', description: 'Switches the projector on.', kind: 'action', parameters: [] },
    { name: 'get_power', description: 'Tells whether the projector is on, in standby or cooling down.', kind: 'query', parameters: [] },
    { name: 'get_input', description: 'Reads which input is shown.', kind: 'query', parameters: [] },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('a yes/no question that says a state value is answered by the query of that state', () => {
  const mappers = new Map<string, ApiMapper>();
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    const lexicon = openLexicon();
    mappers.set('skylight', await createApiMapper({ embedder, lexicon, document: skylight }));
    mappers.set('pool', await createApiMapper({ embedder, lexicon, document: poolRobot }));
    mappers.set('projector', await createApiMapper({ embedder, lexicon, document: projector }));
  }, 60_000);

  it('asks the state, not the level, whether the skylight is open, ajar or shut', async () => {
    for (const question of ['is the skylight open?', 'is the roof window ajar', 'is the skylight shut?', 'is it still moving']) {
      expect(called(await mappers.get('skylight')!.map(question)), question).toEqual(['read_window_state']);
    }
  });

  it('still reads the level for a question of how far', async () => {
    expect(called(await mappers.get('skylight')!.map('how far open is the skylight?'))).toEqual(['read_position']);
  });

  it('asks the pool robot what it is doing, not its battery, whether it is still scrubbing', async () => {
    expect(called(await mappers.get('pool')!.map('is the pool cleaner still scrubbing'))).toEqual(['get_activity']);
    expect(called(await mappers.get('pool')!.map('is the robot parked?'))).toEqual(['get_activity']);
    expect(called(await mappers.get('pool')!.map('how much battery does the pool robot have?'))).toEqual(['get_battery']);
  });

  it('reads "on" before another state\'s value as that value\'s preposition, not the power state', async () => {
    for (const question of ['is it on the memory stick', 'is the beamer on usb']) {
      expect(called(await mappers.get('projector')!.map(question)), question).toEqual(['get_input']);
    }
    expect(called(await mappers.get('projector')!.map('is the projector on?'))).toEqual(['get_power']);
  });

  it('weighs only the input query for "on" before an input, and the power query for "on" alone', () => {
    const document = normaliseApiDocument(projector);
    const fit = (question: string, name: string) => stateAnswerFit(document.functions.find((fn) => fn.name === name)!, createRequestReader()(question), document);
    expect([fit('is the projector on hdmi 2?', 'get_input'), fit('is the projector on hdmi 2?', 'get_power')]).toEqual([0.5, -0.5]);
    expect([fit('is the projector on?', 'get_input'), fit('is the projector on?', 'get_power')]).toEqual([-0.5, 0.5]);
  });
});
