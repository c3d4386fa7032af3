import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// A damper written for this test: a flap in an air duct that opens to a share.
const damper: DeviceDescription = {
  type: 'damper', title: 'Air damper', description: 'A motorised flap in an air duct that can stand part of the way open.', domain: 'home', version: '1.0.0',
  nouns: ['damper', 'flap', 'vent'],
  state: { opening: { type: 'integer', description: 'How far the flap is open.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    { name: 'set_opening', description: 'Opens the flap to the given share.', kind: 'action', parameters: [{ name: 'opening', type: 'integer', description: 'Share open; 0 shut, 100 fully open.', unit: '%', minimum: 0, maximum: 100 }], effects: [{ key: 'opening', parameter: 'opening' }] },
    { name: 'get_opening', description: 'Reads how far the flap is open.', kind: 'query', parameters: [] },
  ],
};
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('a setting the device does not have is declined, not filled with the number said', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: damper });
  }, 60_000);

  it('declines a quantity the document never names', async () => {
    expect(called(await mapper.map('set the air temperature to 22'))).toBe('not_executable');
    expect(called(await mapper.map('change the humidity to 45'))).toBe('not_executable');
  });

  it('declines a unit of measurement no parameter holds', async () => {
    expect(called(await mapper.map('set the damper to 30 gallons'))).toBe('not_executable');
  });

  it('sets its own setting, named by the device, the setting or a place', async () => {
    expect(called(await mapper.map('set the damper to 30'))).toEqual(['set_opening']);
    expect(called(await mapper.map('set the opening to 60%'))).toEqual(['set_opening']);
    expect(called(await mapper.map('put the vent at 25 percent'))).toEqual(['set_opening']);
  });
});
