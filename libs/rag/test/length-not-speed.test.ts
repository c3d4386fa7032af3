import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper } from '@meshmind/rag';

// Devices written for this test: a lawn mower that sets its pace in m/s and drives to a point of
// its lawn map, a roof blind that takes a position in %, and a camera dolly that rolls a distance.
const mower: DeviceDescription = {
  type: 'lawn_mower', title: 'Robot mower', description: 'A robot lawn mower.', domain: 'home', version: '1.0.0',
  nouns: ['mower', 'lawn mower'],
  state: { pace: { type: 'number', description: 'Driving pace.', unit: 'm/s', minimum: 0.1, maximum: 1 } },
  functions: [
    { name: 'set_pace', description: 'Sets the driving pace of the mower in metres per second.', kind: 'action', parameters: [{ name: 'pace', type: 'number', description: 'Pace in metres per second.', unit: 'm/s', minimum: 0.1, maximum: 1 }] },
    { name: 'drive_to_point', description: 'Drives the mower to a point (x, y) of its lawn map.', kind: 'action', parameters: [{ name: 'x', type: 'number', description: 'East, metres.', unit: 'm', minimum: 0, maximum: 50 }, { name: 'y', type: 'number', description: 'North, metres.', unit: 'm', minimum: 0, maximum: 50 }] },
    { name: 'start_mowing', description: 'Starts mowing the lawn.', kind: 'action', parameters: [] },
  ],
};
const dolly: DeviceDescription = {
  type: 'camera_dolly', title: 'Camera dolly', description: 'A motorised camera dolly on a rail.', domain: 'home', version: '1.0.0',
  nouns: ['dolly'],
  state: {},
  functions: [
    { name: 'roll_distance', description: 'Rolls the dolly along its rail by a distance in metres.', kind: 'action', parameters: [{ name: 'distance', type: 'number', description: 'How far to roll.', unit: 'm', minimum: 0.1, maximum: 5 }] },
    { name: 'set_roll_speed', description: 'Sets the rolling speed in metres per second.', kind: 'action', parameters: [{ name: 'speed', type: 'number', description: 'Rolling speed.', unit: 'm/s', minimum: 0.05, maximum: 0.5 }] },
  ],
};

let mowerMapper: ApiMapper;
let dollyMapper: ApiMapper;
beforeAll(async () => {
  const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  const lexicon = openLexicon({ enabled: true });
  mowerMapper = await createApiMapper({ embedder, lexicon, document: mower });
  dollyMapper = await createApiMapper({ embedder, lexicon, document: dolly });
}, 120_000);

describe('a distance is no speed (length-not-speed.ts)', () => {
  it('declines a distance to a device that only sets a pace', async () => {
    for (const text of ['back the mower up three metres', 'mower, go forward 4 meters', 'reverse 50 centimetres']) {
      const result = await mowerMapper.map(text, {});
      expect(result.kind, text).toBe('not_executable');
    }
  });
  it('keeps a length followed by a time as the pace', async () => {
    const perSecond = await mowerMapper.map('mow at half a metre per second', {});
    expect(perSecond.kind === 'call' && perSecond.calls[0]).toMatchObject({ function: 'set_pace', arguments: { pace: 0.5 } });
    const aSecond = await mowerMapper.map('set the pace to 0.8 meters a second', {});
    expect(aSecond.kind === 'call' && aSecond.calls[0]).toMatchObject({ function: 'set_pace', arguments: { pace: 0.8 } });
  });
  it('leaves a call alone whose parameter takes a length', async () => {
    const rolled = await dollyMapper.map('roll the dolly 2 metres along the rail', {});
    expect(rolled.kind === 'call' && rolled.calls[0]).toMatchObject({ function: 'roll_distance', arguments: { distance: 2 } });
  });
});
