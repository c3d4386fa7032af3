import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper } from '@meshmind/rag';

// A towel-rail heater written for this test: it switches, and its one number is its target warmth.
const towelRail = {
  type: 'towel_rail', title: 'Heated towel rail', description: 'An electric towel rail in the bathroom that warms towels to a set temperature.', domain: 'home', version: '1.0.0', nouns: ['towel rail', 'rail', 'towel warmer'],
  state: { on: { type: 'boolean', description: 'Whether the rail is heating.' }, setpoint: { type: 'number', description: 'Temperature the rail heats to.', unit: '°C', minimum: 30, maximum: 70 } },
  functions: [
    { name: 'switch_on', description: 'Switches the towel rail on.', kind: 'action', parameters: [], effects: [{ key: 'on', value: true }] },
    { name: 'switch_off', description: 'Switches the towel rail off.', kind: 'action', parameters: [], effects: [{ key: 'on', value: false }] },
    { name: 'set_setpoint', description: 'Sets the temperature the rail heats the towels to.', kind: 'action', parameters: [{ name: 'celsius', type: 'number', description: 'Rail temperature.', unit: '°C', minimum: 30, maximum: 70 }], effects: [{ key: 'setpoint', parameter: 'celsius' }] },
    { name: 'is_on', description: 'Reports whether the towel rail is on.', kind: 'query', parameters: [], returns: { type: 'boolean', description: 'True when on.' } },
  ],
} as unknown as DeviceDescription;

const called = (result: Awaited<ReturnType<ApiMapper['map']>>) => (result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`) : result.kind);

describe('a number said where a value stands, dropped by a call that takes none', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: towelRail });
  }, 60_000);

  it('is declined rather than made without it', async () => {
    for (const text of ['make it fifty five in there', 'rail up forty please', 'down ten']) {
      const result = await mapper.map(text, { on: false, setpoint: 50 });
      expect(called(result), text).not.toEqual(['switch_on{}']);
      expect(called(result), text).not.toEqual(['switch_off{}']);
    }
  });

  it('leaves a plain switch, and a number that counts things, as they are', async () => {
    expect(called(await mapper.map('switch the towel rail on', { on: false, setpoint: 50 }))).toEqual(['switch_on{}']);
    expect(called(await mapper.map('switch on the 2 towel rails', { on: false, setpoint: 50 }))).toEqual(['switch_on{}']);
  });
});
