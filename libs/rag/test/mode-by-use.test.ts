import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { readRequest } from '@meshmind/language';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { enumValue } from '../src/arguments/parameter-values';
import { objectValuePhrase, verbValuePhrase } from '../src/mapper/object-value';

const lexicon = openLexicon();
const wordNet = lexicon.wordNet;

// A loft heat pump written for this test: its modes are named by what they do, and a query reads
// the mode back, its notes listing every mode.
const MODES = ['standby', 'warming', 'chilling', 'airflow', 'drying'];
const SYNONYMS = { warming: ['heat', 'heating'], chilling: ['cool', 'cooling'], airflow: ['fan', 'ventilate', 'ventilation', 'circulate'], drying: ['dehumidify', 'dehumidifying', 'dry'] };
const heatPump: DeviceDescription = {
  type: 'loft_heat_pump', title: 'Loft heat pump', description: 'An air-to-air heat pump in the loft.', domain: 'home', version: '1.0.0',
  nouns: ['heat pump', 'pump', 'loft unit'],
  state: { mode: { type: 'enum', description: 'What the pump does.', values: MODES, synonyms: SYNONYMS }, setpoint: { type: 'number', description: 'Temperature aimed at.', unit: '°C', minimum: 10, maximum: 30 } },
  functions: [
    { name: 'power_on', description: 'Starts the pump in its last mode.', kind: 'action', parameters: [] },
    { name: 'power_off', description: 'Stops heating and cooling.', kind: 'action', parameters: [], effects: [{ key: 'mode', value: 'standby' }] },
    { name: 'choose_mode', description: 'Puts the pump in the given mode.', kind: 'action', parameters: [{ name: 'mode', type: 'enum', description: 'Mode.', values: MODES, synonyms: SYNONYMS }], effects: [{ key: 'mode', parameter: 'mode' }] },
    { name: 'set_setpoint', description: 'Sets the temperature the loft should reach.', kind: 'action', parameters: [{ name: 'setpoint', type: 'number', description: 'Temperature.', unit: '°C', minimum: 10, maximum: 30 }], effects: [{ key: 'setpoint', parameter: 'setpoint' }] },
    { name: 'which_mode', description: 'Reads the mode: standby, warming, chilling, airflow (fan only) or drying.', kind: 'query', parameters: [], returns: { type: 'enum', description: 'The mode.' } },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`) : result.kind);
const modeParameter = heatPump.functions[2]!.parameters[0]!;

describe('a value named by what it does', () => {
  it('is the option the text affirms, not one it denies', () => {
    expect(enumValue(modeParameter, 'just the fan, no heating or cooling')).toBe('airflow');
    expect(enumValue(modeParameter, 'dry it out without heating')).toBe('drying');
    expect(enumValue(modeParameter, 'cooling, not heating')).toBe('chilling');
    // Where only denied options are named, the words still name one.
    expect(enumValue(modeParameter, 'no heating')).toBe('warming');
  });

  it('is the object of a plain verb ending its clause, or the verb itself', () => {
    expect(objectValuePhrase(readRequest('just run the fan, no heating or cooling'))).toBe('fan');
    expect(objectValuePhrase(readRequest('turn the television off'))).toBeUndefined();
    expect(objectValuePhrase(readRequest('is the fan on?'))).toBeUndefined();
    expect(verbValuePhrase(readRequest('ventilate the loft'), wordNet)).toBe('ventilate');
    // A step of a level: by its words, or by the verb's own definition ("heat": make hotter).
    expect(verbValuePhrase(readRequest('warm the loft up a little'), wordNet)).toBeUndefined();
    expect(verbValuePhrase(readRequest('heat the loft'), wordNet)).toBeUndefined();
  });

  describe.skipIf(!wordNet)('through the mapper', () => {
    let mapper: ApiMapper;
    beforeAll(async () => {
      mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon, document: heatPump });
    });

    it.each([
      ['just run the fan, no heating or cooling', 'choose_mode{"mode":"airflow"}'],
      ['just run the fan', 'choose_mode{"mode":"airflow"}'],
      ['run the fan only', 'choose_mode{"mode":"airflow"}'],
      ['ventilate the loft', 'choose_mode{"mode":"airflow"}'],
      ['put it on dry', 'choose_mode{"mode":"drying"}'],
    ])('"%s" sets the mode, not reads it', async (text, expected) => {
      expect(called(await mapper.map(text, { mode: 'standby', setpoint: 20 }))).toEqual([expected]);
    });

    it('still steps the set point for a relative change and reads the mode when asked', async () => {
      expect(called(await mapper.map('warm the loft up a little', { mode: 'warming', setpoint: 20 }))).toEqual(['set_setpoint{"setpoint":21}']);
      expect(called(await mapper.map('which mode is the heat pump in?', { mode: 'airflow', setpoint: 20 }))).toEqual(['which_mode{}']);
    });
  });
});
