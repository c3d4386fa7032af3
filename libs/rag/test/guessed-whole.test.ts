import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// A reading lamp written for this test: it switches, toggles and dims, and has no modes or scenes.
const readingLamp = {
  type: 'reading_lamp', title: 'Dimmable reading lamp', description: 'A smart reading lamp that can be switched and dimmed.', domain: 'home', version: '1.0.0', nouns: ['lamp', 'reading lamp', 'light'],
  state: { on: { type: 'boolean', description: 'Whether the lamp is on.' }, brightness: { type: 'integer', description: 'Brightness of the lamp.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    { name: 'turn_on', description: 'Switches the lamp on at its last brightness.', kind: 'action', parameters: [], effects: [{ key: 'on', value: true }] },
    { name: 'turn_off', description: 'Switches the lamp off.', kind: 'action', parameters: [], effects: [{ key: 'on', value: false }] },
    { name: 'toggle', description: 'Switches the lamp off if it is on, and on if it is off.', kind: 'action', parameters: [] },
    { name: 'set_brightness', description: 'Dims or brightens the lamp to the given level.', kind: 'action', parameters: [{ name: 'brightness', type: 'integer', description: 'Target brightness level.', unit: '%', minimum: 1, maximum: 100 }], effects: [{ key: 'brightness', parameter: 'brightness' }] },
    { name: 'is_on', description: 'Reports whether the lamp is currently on.', kind: 'query', parameters: [], returns: { type: 'boolean', description: 'True when on.' } },
  ],
} as unknown as DeviceDescription;

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`) : result.kind);

describe('a request with no verb that no word of the document meets', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: readingLamp });
  }, 60_000);
  const map = async (text: string) => called(await mapper.map(text, { on: true, brightness: 60 }));

  it.each(['movie mode', 'natural breeze mode', 'disco mode', 'meditation scene'])('"%s" is asked about, not guessed', async (text) => {
    expect(await map(text)).toBe('not_executable');
  });

  // "deactivate" has no sense but a verb's (and no SemCor count): the command's verb the mood reader missed, not a verbless guess.
  it.each([['lamp off', 'turn_off{}'], ['brightness 40', 'set_brightness{"brightness":40}'], ['deactivate reading lamp', 'turn_off{}']])('"%s" stands', async (text, call) => {
    expect(await map(text)).toEqual([call]);
  });
});
