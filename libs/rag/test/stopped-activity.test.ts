import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// Two devices written for this test: a lawn sprinkler whose head can turn, and a desk fan with no sweep.
const sprinkler: DeviceDescription = {
  type: 'lawn_sprinkler', title: 'Lawn sprinkler', description: 'A sprinkler that waters the lawn.', domain: 'home', version: '1.0.0',
  nouns: ['sprinkler'],
  state: { on: { type: 'boolean', description: 'Whether it waters.' }, rotating: { type: 'boolean', description: 'Whether the head rotates.' } },
  functions: [
    { name: 'start_watering', description: 'Starts watering the lawn.', kind: 'action', parameters: [] },
    { name: 'stop_watering', description: 'Stops watering.', kind: 'action', parameters: [] },
    { name: 'set_rotation', description: 'Turns the rotation of the sprinkler head on or off.', kind: 'action', parameters: [{ name: 'rotating', type: 'boolean', description: 'True to rotate, false to hold the head still.' }] },
  ],
};
const fan: DeviceDescription = {
  type: 'desk_fan', title: 'Desk fan', description: 'A small fan on the desk.', domain: 'home', version: '1.0.0',
  nouns: ['fan'],
  state: { on: { type: 'boolean', description: 'Whether the fan runs.' } },
  functions: [
    { name: 'turn_on', description: 'Starts the fan.', kind: 'action', parameters: [] },
    { name: 'turn_off', description: 'Stops the fan.', kind: 'action', parameters: [] },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('an activity said after the object of "stop" or "start" names what is to stop or start', () => {
  const mappers = new Map<string, ApiMapper>();
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    const lexicon = openLexicon();
    for (const [name, document] of [['sprinkler', sprinkler], ['fan', fan]] as const) mappers.set(name, await createApiMapper({ embedder, lexicon, document }));
  }, 60_000);

  it('does not stop the whole device when another function is about the activity', async () => {
    for (const request of ['stop the sprinkler rotating', 'please stop the sprinkler from rotating', 'make the sprinkler stop rotating']) {
      const result = await mappers.get('sprinkler')!.map(request);
      expect(called(result), request).not.toEqual(['stop_watering']);
    }
  });

  it('keeps the call when the activity is what the call does', async () => {
    expect(called(await mappers.get('sprinkler')!.map('stop the sprinkler watering'))).toEqual(['stop_watering']);
    expect(called(await mappers.get('sprinkler')!.map('stop the sprinkler'))).toEqual(['stop_watering']);
  });

  it('keeps the call when no function is about the activity: the device running is it', async () => {
    expect(called(await mappers.get('fan')!.map('stop the fan spinning'))).toEqual(['turn_off']);
    expect(called(await mappers.get('fan')!.map('stop the fan whirring'))).toEqual(['turn_off']);
  });
});
