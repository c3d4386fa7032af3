import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// A document written for this test: a mood lamp that switches, dims and reports its brightness and
// colour. It cannot blink, strobe or play anything.
const lamp: DeviceDescription = {
  type: 'mood_lamp',
  title: 'Mood lamp',
  description: 'A small lamp with a dimmer and a colour.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['lamp', 'mood lamp'],
  state: {
    on: { type: 'boolean', description: 'Whether the lamp is lit.' },
    brightness: { type: 'integer', description: 'How bright the lamp is.', unit: '%', minimum: 1, maximum: 100 },
    color: { type: 'color', description: 'The colour of the light.' },
  },
  functions: [
    { name: 'turn_on', description: 'Lights the lamp.', kind: 'action', parameters: [], effects: [{ key: 'on', value: true }] },
    { name: 'turn_off', description: 'Puts the lamp out.', kind: 'action', parameters: [], effects: [{ key: 'on', value: false }] },
    { name: 'set_brightness', description: 'Dims or brightens the lamp to a level.', kind: 'action', parameters: [{ name: 'brightness', type: 'integer', description: 'Target brightness.', unit: '%', minimum: 1, maximum: 100 }], effects: [{ key: 'brightness', parameter: 'brightness' }] },
    { name: 'get_brightness', description: 'Reads how bright the lamp is.', kind: 'query', parameters: [], returns: { type: 'integer', description: 'Brightness.', unit: '%' } },
    { name: 'get_color', description: 'Reads the colour of the light.', kind: 'query', parameters: [], returns: { type: 'color', description: 'Colour.' } },
  ],
};
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('a command is not answered by a reading (#17, things the home cannot do)', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: lamp });
  });
  const map = async (text: string) => called(await mapper.map(text, { on: true, brightness: 40, color: 'amber' }));

  it.each(['Make the mood lamp flash.', 'make the lamp strobe', 'Make the lamp twinkle like a star.'])('"%s" is declined, not read', async (text) => {
    expect(await map(text)).not.toEqual(['get_brightness']);
    expect(await map(text)).not.toEqual(['get_color']);
  });

  it.each([
    ['Turn on the mood lamp.', 'turn_on'],
    ['Make the lamp brighter.', 'set_brightness'],
    ['How bright is the lamp?', 'get_brightness'],
    ['What colour is the lamp?', 'get_color'],
  ])('"%s" still does what it asks', async (text, fn) => {
    expect(await map(text)).toEqual([fn]);
  });
});

// A document written for this test: a drip irrigation controller that starts, resumes, holds and
// reports. "resume" is none of the language's command openers, so a request opening with it reads
// as neutral in mood; the document's own action says it ("Starts or resumes watering").
const irrigator: DeviceDescription = {
  type: 'drip_controller',
  title: 'Drip irrigation controller',
  description: 'Waters the beds through drip lines.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['irrigation controller', 'drip controller', 'irrigation'],
  state: { watering: { type: 'enum', description: 'What the controller is doing.', values: ['running', 'held', 'idle'] } },
  functions: [
    { name: 'run', description: 'Starts or resumes watering on every drip line.', kind: 'action', parameters: [], effects: [{ key: 'watering', value: 'running' }] },
    { name: 'hold', description: 'Holds watering until it is started again.', kind: 'action', parameters: [], effects: [{ key: 'watering', value: 'held' }] },
    { name: 'get_watering_status', description: 'Reports whether the drip controller is running, held or idle.', kind: 'query', parameters: [], returns: { type: 'string', description: 'running, held or idle' } },
  ],
};

describe("a request that opens with a verb of the device's own action is not answered by a reading", () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: irrigator });
  });
  const map = async (text: string) => called(await mapper.map(text, { watering: 'held' }));

  it.each(['Resume the drip controller.', 'resume the irrigation controller status', 'Please resume the drip irrigation controller.', 'resume garden irrigation controller'])('"%s" is not read', async (text) => {
    expect(await map(text)).not.toEqual(['get_watering_status']);
  });

  it.each([
    ['What is the status of the drip controller?', 'get_watering_status'],
    ['Report the watering status.', 'get_watering_status'],
  ])('"%s" is still read', async (text, fn) => {
    expect(await map(text)).toEqual([fn]);
  });
});
