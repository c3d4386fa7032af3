import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// A device written for this test: a porch camera whose only numbers are a tilt in degrees and a chime volume in %.
const porch: DeviceDescription = {
  type: 'porch_camera', title: 'Porch camera', description: 'A camera over the front door.', domain: 'home', version: '1.0.0',
  nouns: ['porch camera', 'camera'],
  state: { tilt: { type: 'integer', description: 'Tilt of the camera.', unit: '°', minimum: -45, maximum: 45 } },
  functions: [
    { name: 'set_tilt', description: 'Tilts the camera to the given angle.', kind: 'action', parameters: [{ name: 'angle', type: 'integer', description: 'Tilt angle.', unit: '°', minimum: -45, maximum: 45 }] },
    { name: 'set_chime_volume', description: 'Sets the chime volume.', kind: 'action', parameters: [{ name: 'volume', type: 'integer', description: 'Volume.', unit: '%', minimum: 0, maximum: 100 }] },
    { name: 'join_wifi', description: 'Joins a wifi network.', kind: 'action', parameters: [{ name: 'ssid', type: 'string', description: 'Network name.' }, { name: 'password', type: 'string', description: 'Password.' }] },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`) : result.kind);

describe('a number said in a unit no parameter names is declined', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: porch });
  }, 60_000);

  it.each(['zoom the camera 4x', 'record the porch in 1080p', 'put the camera on the 5 GHz band', 'cap the camera stream at 20 kbps'])('"%s" is not a call', async (request) => {
    expect((await mapper.map(request)).kind, request).toBe('not_executable');
  });

  it.each([
    ['tilt the camera to 20 degrees', 'set_tilt{"angle":20}'],
    ['tilt the camera to -10', 'set_tilt{"angle":-10}'],
    ['join wifi Barn5 with password barn5barn', 'join_wifi{"ssid":"Barn5","password":"barn5barn"}'],
  ])('"%s" stands', async (request, call) => {
    expect(called(await mapper.map(request))).toEqual([call]);
  });
});
