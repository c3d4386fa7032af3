import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// A document written for this test: a dehumidifier with a mode and a humidity target.
const dryer: DeviceDescription = {
  type: 'dehumidifier',
  title: 'Dehumidifier',
  description: 'A dehumidifier with drying modes and a target humidity.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['dehumidifier', 'dryer'],
  state: {
    on: { type: 'boolean', description: 'Whether it runs.' },
    mode: { type: 'enum', description: 'Drying mode.', values: ['auto', 'laundry', 'sleep'] },
    target_humidity: { type: 'integer', description: 'Humidity it dries the room to.', unit: '%', minimum: 30, maximum: 80 },
  },
  functions: [
    { name: 'turn_on', description: 'Starts drying in the last mode.', kind: 'action', parameters: [], effects: [{ key: 'on', value: true }] },
    { name: 'turn_off', description: 'Stops drying.', kind: 'action', parameters: [], effects: [{ key: 'on', value: false }] },
    { name: 'set_mode', description: 'Switches the drying mode.', kind: 'action', parameters: [{ name: 'mode', type: 'enum', description: 'Drying mode.', values: ['auto', 'laundry', 'sleep'] }], effects: [{ key: 'mode', parameter: 'mode' }] },
    { name: 'set_target_humidity', description: 'Sets the humidity the room is dried to.', kind: 'action', parameters: [{ name: 'humidity', type: 'integer', description: 'Target humidity.', unit: '%', minimum: 30, maximum: 80 }], effects: [{ key: 'target_humidity', parameter: 'humidity' }] },
    { name: 'get_target_humidity', description: 'Reads the target humidity.', kind: 'query', parameters: [], returns: { type: 'integer', description: 'Target.', unit: '%' } },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function + JSON.stringify(call.arguments)) : result.kind);

describe('a second value said in one command is set by the function that takes it', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: dryer });
  });
  const map = async (text: string) => called(await mapper.map(text, { on: false, mode: 'auto', target_humidity: 50 }));

  it.each([
    ['Put the dehumidifier on laundry at 45.', ['set_mode{"mode":"laundry"}', 'set_target_humidity{"humidity":45}']],
    ['Switch the dryer to sleep mode at 55 percent.', ['set_mode{"mode":"sleep"}', 'set_target_humidity{"humidity":55}']],
    ['Please put the dryer on auto at 60.', ['set_mode{"mode":"auto"}', 'set_target_humidity{"humidity":60}']],
  ])('"%s"', async (text, calls) => expect(await map(text)).toEqual(calls));

  it.each([
    ['Set the dehumidifier to laundry mode.', ['set_mode{"mode":"laundry"}']],
    ['Set the target humidity to 60.', ['set_target_humidity{"humidity":60}']],
  ])('one value is one call: "%s"', async (text, calls) => expect(await map(text)).toEqual(calls));

  it('a level an earlier step already set is not set again by a later step', async () => {
    expect(await map('Set the target humidity to 45 and put it on laundry.')).toEqual(['set_target_humidity{"humidity":45}', 'set_mode{"mode":"laundry"}']);
  });

  it.each([
    ['Switch the dryer to sleep and set 55.', ['set_mode{"mode":"sleep"}', 'set_target_humidity{"humidity":55}']],
    ['Put the dryer on laundry and make it 60.', ['set_mode{"mode":"laundry"}', 'set_target_humidity{"humidity":60}']],
  ])('a level said in a clause of its own: "%s"', async (text, calls) => expect(await map(text)).toEqual(calls));

  it('a number in another unit is no level', async () => {
    const calls = await map('Put the dryer on laundry and leave it like that for 40 minutes.');
    expect(calls).not.toContain('set_target_humidity{"humidity":40}');
  });

  it('a number no function holds adds nothing', async () => {
    expect(await map('Put the dehumidifier on laundry at 95.')).toEqual(['set_mode{"mode":"laundry"}']);
  });
});

const BAND_WORDS = { '2.4GHz': ['2.4 GHz', '2.4G'], '5GHz': ['5 GHz', '5G'], '6GHz': ['6 GHz', '6G'] };
// A document written for this test: a repeater whose band values carry numbers, beside a numeric setting they fit.
const repeater: DeviceDescription = {
  type: 'repeater',
  title: 'WiFi repeater',
  description: 'A WiFi repeater with a band and a transmit power.',
  domain: 'network',
  version: '1.0.0',
  nouns: ['repeater', 'extender'],
  state: {
    band: { type: 'enum', description: 'Band in use.', values: ['2.4GHz', '5GHz', '6GHz'], synonyms: BAND_WORDS },
    power: { type: 'integer', description: 'Transmit power.', minimum: 1, maximum: 20 },
  },
  functions: [
    { name: 'set_band', description: 'Moves the repeater to a band.', kind: 'action', parameters: [{ name: 'band', type: 'enum', description: 'Band.', values: ['2.4GHz', '5GHz', '6GHz'], synonyms: BAND_WORDS }], effects: [{ key: 'band', parameter: 'band' }] },
    { name: 'set_power', description: 'Sets the transmit power.', kind: 'action', parameters: [{ name: 'power', type: 'integer', description: 'Transmit power level.', minimum: 1, maximum: 20 }], effects: [{ key: 'power', parameter: 'power' }] },
  ],
};

describe('a number the chosen call took inside a value of its own is no second value', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: repeater });
  });
  const map = async (text: string) => called(await mapper.map(text, { band: '2.4GHz', power: 10 }));

  it.each([
    ['Set the band to 5 GHz.', 'set_band{"band":"5GHz"}'],
    ['set the band to 6 GHz', 'set_band{"band":"6GHz"}'],
    ['Set the repeater\'s band to 2.4 GHz please.', 'set_band{"band":"2.4GHz"}'],
  ])('"%s"', async (text, call) => expect(await map(text)).toEqual([call]));

  it('a number not in the band is still the other setting', async () => {
    expect(await map('Set the power to 12.')).toEqual(['set_power{"power":12}']);
  });
});
