import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper } from '@meshmind/rag';

// Devices written for this test: a solar panel that only tilts (elevation in degrees) and a doorbell
// camera whose head pans left and right.
const panel: DeviceDescription = {
  type: 'solar_tracker', title: 'Solar panel tracker', description: 'A solar panel on a tilting mount.', domain: 'home', version: '1.0.0',
  nouns: ['solar panel', 'panel'],
  state: {},
  functions: [
    { name: 'set_elevation', description: 'Tilts the panel up or down to the given elevation angle.', kind: 'action', parameters: [{ name: 'elevation', type: 'integer', description: 'Elevation angle.', unit: '°', minimum: 0, maximum: 90 }] },
    { name: 'read_output', description: 'Reads the power the panel delivers.', kind: 'query', parameters: [] },
  ],
};
const doorCamera: DeviceDescription = {
  type: 'door_camera', title: 'Door camera', description: 'A camera over the front door.', domain: 'home', version: '1.0.0',
  nouns: ['door camera', 'camera'],
  state: {},
  functions: [
    { name: 'pan_camera', description: 'Pans the camera head left or right by the given angle.', kind: 'action', parameters: [{ name: 'angle', type: 'integer', description: 'Pan angle, negative to the left.', unit: '°', minimum: -90, maximum: 90 }] },
    { name: 'take_snapshot', description: 'Takes a snapshot.', kind: 'query', parameters: [] },
  ],
};

let panelMapper: ApiMapper;
let cameraMapper: ApiMapper;
beforeAll(async () => {
  const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  const lexicon = openLexicon({ enabled: true });
  panelMapper = await createApiMapper({ embedder, lexicon, document: panel });
  cameraMapper = await createApiMapper({ embedder, lexicon, document: doorCamera });
}, 120_000);

describe('a turn to a side no angle of the call turns to (sideways-turn.ts)', () => {
  it('declines a sideways turn to a device that only tilts', async () => {
    for (const text of ['swing the panel 30 degrees to the left', 'rotate the panel 20 degrees towards the right']) {
      const result = await panelMapper.map(text, {});
      expect(result.kind, text).toBe('not_executable');
    }
  });
  it('declines a side said by an adverb, a bare side or a panning verb', async () => {
    for (const text of ['tilt the panel sideways 20 degrees', 'turn the panel 15 degrees clockwise', 'swing the panel left 30 degrees', 'pan the panel 25 degrees']) {
      const result = await panelMapper.map(text, {});
      expect(result.kind, text).toBe('not_executable');
    }
  });
  it('keeps an up or down angle, and "right now"', async () => {
    const up = await panelMapper.map('tilt the panel to 40 degrees', {});
    expect(up.kind === 'call' && up.calls[0]).toMatchObject({ function: 'set_elevation', arguments: { elevation: 40 } });
    const now = await panelMapper.map('set the panel elevation to 25 degrees right now', {});
    expect(now.kind === 'call' && now.calls[0]?.function).toBe('set_elevation');
  });
  it('leaves an angle whose document names the sides', async () => {
    for (const text of ['pan the camera 30 degrees to the left', 'pan the camera left 30 degrees']) {
      const result = await cameraMapper.map(text, {});
      expect(result.kind === 'call' && result.calls[0]?.function, text).toBe('pan_camera');
    }
  });
});
