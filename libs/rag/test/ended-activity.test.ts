import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// A device written for this test: a greenhouse rover that records clips, checks soil, shares a network
// of its own and can halt its wheels, but can stop none of the first three once begun.
const rover: DeviceDescription = {
  type: 'greenhouse_rover', title: 'Greenhouse rover', description: 'A small rover that drives between the greenhouse beds.', domain: 'home', version: '1.0.0',
  nouns: ['rover'],
  state: { moving: { type: 'boolean', description: 'Whether the rover drives.' } },
  functions: [
    { name: 'record_clip', description: 'Records a short video clip with the camera.', kind: 'action', parameters: [] },
    { name: 'probe_soil', description: 'Probes the soil of the given bed and reports its moisture.', kind: 'action', parameters: [{ name: 'bed', type: 'integer', description: 'The bed number.', minimum: 1, maximum: 8 }] },
    { name: 'share_network', description: 'Shares a wireless network of its own that phones can join.', kind: 'action', parameters: [{ name: 'ssid', type: 'string', description: 'The network name.' }, { name: 'password', type: 'string', description: 'The password.' }] },
    { name: 'drive_to_bed', description: 'Drives the rover to the given bed.', kind: 'action', parameters: [{ name: 'bed', type: 'integer', description: 'The bed number.', minimum: 1, maximum: 8 }] },
    { name: 'halt', description: 'Halts the wheels at once.', kind: 'action', parameters: [] },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('the end of one activity is not the activity, nor the halt of the whole device', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: rover });
  }, 60_000);

  it.each(['stop recording clips', 'please quit probing bed 3', 'turn off the camera', 'switch the camera off'])('"%s" makes no call that does the activity', async (request) => {
    const result = await mapper.map(request);
    expect(called(result), request).not.toContain('record_clip');
    expect(called(result), request).not.toContain('probe_soil');
  });

  it.each(['stop sharing your network', 'cease sharing the wireless network'])('"%s" is not the halt', async (request) => {
    expect(called(await mapper.map(request)), request).not.toEqual(['halt']);
  });

  it.each(['stop the network', 'end the clip', 'please stop the soil probe'])('"%s" (a thing another function is named for) is not the halt', async (request) => {
    expect(called(await mapper.map(request)), request).not.toEqual(['halt']);
  });

  it.each(['stop', 'halt the rover', 'stop moving', 'halt the wheels', 'halt all movement', 'stop all rovers'])('"%s" halts: the device itself, or its own moving', async (request) => {
    expect(called(await mapper.map(request)), request).toEqual(['halt']);
  });

  it.each(['stop humming at me', 'quit whistling', 'stop blinking your lamp'])('"%s" (an activity no function does, nor the rover is named for) is not the halt', async (request) => {
    expect(called(await mapper.map(request)), request).not.toEqual(['halt']);
  });

  it.each(['stop roving', 'stop rolling'])('"%s" (the activity the rover is named for, or its moving) halts', async (request) => {
    expect(called(await mapper.map(request)), request).toEqual(['halt']);
  });

  it('the activity asked for without an end is still called', async () => {
    expect(called(await mapper.map('record a clip'))).toEqual(['record_clip']);
  });
});
