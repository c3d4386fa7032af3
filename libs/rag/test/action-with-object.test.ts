import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { getDeviceDescription } from '@meshmind/devices';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// A document written for this test: a porch lantern that switches and dims. It opens nothing.
const lantern: DeviceDescription = {
  type: 'porch_lantern',
  title: 'Porch lantern',
  description: 'A dimmable lantern over the porch.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['lantern', 'light'],
  state: {
    on: { type: 'boolean', description: 'Whether the lantern is lit.' },
    brightness: { type: 'integer', description: 'How bright the lantern is.', unit: '%', minimum: 1, maximum: 100 },
  },
  functions: [
    { name: 'turn_on', description: 'Lights the lantern.', kind: 'action', parameters: [], effects: [{ key: 'on', value: true }] },
    { name: 'turn_off', description: 'Puts the lantern out.', kind: 'action', parameters: [], effects: [{ key: 'on', value: false }] },
    { name: 'set_brightness', description: 'Dims or brightens the lantern to a level.', kind: 'action', parameters: [{ name: 'brightness', type: 'integer', description: 'Target brightness.', unit: '%', minimum: 1, maximum: 100 }], effects: [{ key: 'brightness', parameter: 'brightness' }] },
  ],
};
const references = { names: ['Porch Lantern'], words: ['lantern', 'light', 'porch'], kinds: ['lantern'] };
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('a verb the device does not do is declined even where its object was the device (#17)', () => {
  let mapper: ApiMapper;
  let light: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: lantern });
    light = await createApiMapper({ embedder, lexicon: openLexicon(), document: getDeviceDescription('light')! });
  });
  const map = async (text: string) => called(await mapper.map(text, { on: false, brightness: 50 }, { references }));

  // Read without the device's own words, "open the study." is "open.", which reads no action to judge: the
  // request as said ("open" with its object) does.
  it.each(['Open the study.', 'Let some light into the study.', 'let a bit of daylight into the study.'])('"%s" to a plain light is declined', async (text) => {
    const references = { names: ['Study Light'], words: ['light', 'lights', 'lamp', 'study'], kinds: ['light'] };
    expect(called(await light.map(text, { on: false, brightness: 100 }, { references }))).toBe('not_executable');
  });

  it.each(['Open the porch.', 'Unlock the porch.'])('"%s" is declined', async (text) => {
    expect(await map(text)).toBe('not_executable');
  });

  it.each([
    ['Turn on the porch lantern.', 'turn_on'],
    ['Switch the light off on the porch.', 'turn_off'],
    ['Dim the porch light.', 'set_brightness'],
  ])('"%s" still does what it asks', async (text, fn) => {
    expect(await map(text)).toEqual([fn]);
  });
});
