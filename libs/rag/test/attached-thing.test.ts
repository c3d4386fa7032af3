import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';

// An extractor fan and a cabinet light written for this test: each is called by a compound whose first word is
// the made thing it is fitted to ("window fan", "cabinet light"); a deed asked of that thing is not the device's.
const lexicon = openLexicon();

const windowFan = {
  type: 'window_fan',
  title: 'Extractor fan',
  nouns: ['window fan', 'fan', 'extractor'],
  state: { running: { type: 'boolean', description: 'Whether the fan is running.' } },
  functions: [
    { name: 'fan_start', kind: 'action', parameters: [], description: 'Starts the fan so it draws air out of the room.', effects: [{ key: 'running', value: true }] },
    { name: 'fan_stop', kind: 'action', parameters: [], description: 'Stops the fan.', effects: [{ key: 'running', value: false }] },
  ],
} as unknown as DeviceDescription;

const cabinetLight = {
  type: 'cabinet_light',
  title: 'Cabinet light',
  nouns: ['cabinet light', 'light', 'shelf light'],
  state: { on: { type: 'boolean', description: 'Whether the light is on.' } },
  functions: [
    { name: 'light_on', kind: 'action', parameters: [], description: 'Switches the light on.', effects: [{ key: 'on', value: true }] },
    { name: 'light_off', kind: 'action', parameters: [], description: 'Switches the light off.', effects: [{ key: 'on', value: false }] },
  ],
} as unknown as DeviceDescription;

const chosen = (result: { kind: string; calls?: { function: string }[] }) => (result.kind === 'call' ? result.calls!.map((call) => call.function) : []);

describe('a deed on the thing the device is fitted to', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it('declines a deed whose object the document names only before its own head', async () => {
    const light = await createApiMapper({ embedder, lexicon, document: cabinetLight, selfNoun: 'light' });
    for (const text of ['switch off the cabinet', 'switch the shelf on']) {
      const result = await light.map(text);
      expect(result.kind, text).toBe('not_executable');
      if (result.kind === 'not_executable') expect(result.reason).toMatch(/not the (cabinet|shelf) itself/);
    }
    const fan = await createApiMapper({ embedder, lexicon, document: windowFan, selfNoun: 'fan' });
    expect((await fan.map('open the window')).kind).toBe('not_executable');
  });

  it('does the deed asked of the device by its compound, its own name or another of its nouns', async () => {
    const fan = await createApiMapper({ embedder, lexicon, document: windowFan, selfNoun: 'fan' });
    expect(chosen(await fan.map('start the window fan'))).toEqual(['fan_start']);
    const light = await createApiMapper({ embedder, lexicon, document: cabinetLight, selfNoun: 'light' });
    expect(chosen(await light.map('switch off the cabinet light'))).toEqual(['light_off']);
    expect(chosen(await light.map('switch off the light'))).toEqual(['light_off']);
    expect(chosen(await light.map('switch off the cabinet', {}, { references: { names: ['Cabinet'], words: [] } }))).toEqual(['light_off']);
  });
});
