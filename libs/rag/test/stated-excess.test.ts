import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, DeviceStateValues, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type MapResult } from '@meshmind/rag';
import { scaleEnd, withStatedExcess } from '../src/mapper/stated-excess';

const lexicon = openLexicon();
const wordNet = lexicon.wordNet;

// Three devices written for this test: a workshop amplifier that steps its volume, a greenhouse
// heater with a set point, and a reading lamp with a level.
const amplifier: DeviceDescription = {
  type: 'workshop_amplifier', title: 'Workshop amplifier', description: 'An amplifier driving the workshop speakers.', domain: 'home', version: '1.0.0',
  nouns: ['amplifier', 'amp', 'speakers'],
  state: { gain: { type: 'integer', description: 'Output volume.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    { name: 'gain_up', description: 'Raises the volume one step.', kind: 'action', parameters: [] },
    { name: 'gain_down', description: 'Lowers the volume one step.', kind: 'action', parameters: [] },
    { name: 'read_gain', description: 'Reads how loud the amplifier plays.', kind: 'query', parameters: [], returns: { type: 'integer', description: 'Volume.', unit: '%' } },
  ],
};
const heater: DeviceDescription = {
  type: 'greenhouse_heater', title: 'Greenhouse heater', description: 'A heater that keeps the greenhouse at a set temperature.', domain: 'home', version: '1.0.0',
  nouns: ['heater', 'greenhouse heater'],
  state: { setpoint: { type: 'number', description: 'Temperature the heater holds.', unit: '°C', minimum: 5, maximum: 30 }, air_temperature: { type: 'number', description: 'Measured air temperature.', unit: '°C' } },
  functions: [
    { name: 'set_setpoint', description: 'Sets the temperature the heater holds.', kind: 'action', parameters: [{ name: 'setpoint', type: 'number', description: 'Temperature to hold.', unit: '°C', minimum: 5, maximum: 30 }], effects: [{ key: 'setpoint', parameter: 'setpoint' }] },
    { name: 'read_air_temperature', description: 'Reads the air temperature in the greenhouse.', kind: 'query', parameters: [], returns: { type: 'number', description: 'Air temperature.', unit: '°C' } },
    { name: 'read_setpoint', description: 'Reads the temperature the heater holds.', kind: 'query', parameters: [], returns: { type: 'number', description: 'Set point.', unit: '°C' } },
  ],
};
const lamp: DeviceDescription = {
  type: 'reading_lamp', title: 'Reading lamp', description: 'A dimmable reading lamp.', domain: 'home', version: '1.0.0',
  nouns: ['lamp', 'reading lamp', 'light'],
  state: { lit: { type: 'boolean', description: 'Whether the lamp is lit.' }, level: { type: 'integer', description: 'How bright the lamp is.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    { name: 'switch_on', description: 'Switches the lamp on.', kind: 'action', parameters: [], effects: [{ key: 'lit', value: true }] },
    { name: 'switch_off', description: 'Switches the lamp off.', kind: 'action', parameters: [], effects: [{ key: 'lit', value: false }] },
    { name: 'set_level', description: 'Dims or brightens the lamp to the given level and lights it.', kind: 'action', parameters: [{ name: 'level', type: 'integer', description: 'Target level.', unit: '%', minimum: 1, maximum: 100 }], effects: [{ key: 'lit', value: true }, { key: 'level', parameter: 'level' }] },
    { name: 'read_level', description: 'Reads how bright the lamp is.', kind: 'query', parameters: [], returns: { type: 'integer', description: 'Level.', unit: '%' } },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`) : result.kind);

describe.skipIf(!wordNet)('a quality stated as too much or not enough', () => {
  it('names the end of a scale by the direction lists or an antonym', () => {
    expect(scaleEnd('loud', wordNet!)).toBe(1);
    expect(scaleEnd('dark', wordNet!)).toBe(-1);
    expect(scaleEnd('noisy', wordNet!)).toBe(1); // opposed to "quiet", a "down" word
    expect(scaleEnd('chilly', wordNet!)).toBe(-1); // opposed to "hot", an "up" word
    expect(scaleEnd('stuffy', wordNet!)).toBe(0);
  });

  it('asks nothing less of a device that is off, and more of one that is', () => {
    expect(withStatedExcess("it's a bit too bright in the den", wordNet, undefined, { lit: false, on: false })).toBe("it's a bit too bright in the den");
    expect(withStatedExcess("it's a bit too bright in the den", wordNet, undefined, { on: true })).toBe('make it dimmer in the den');
    expect(withStatedExcess('the den is too dark', wordNet, undefined, { on: false })).toBe('make it brighter');
  });

  it('is said as the change the other way', () => {
    expect(withStatedExcess('the workshop is far too noisy', wordNet)).toBe('make it quieter');
    // No listed scale for "gloomy", but WordNet defines it as a degree of one ("depressingly dark").
    expect(withStatedExcess("it's too gloomy in the hall", wordNet)).toBe('make it brighter in the hall');
    expect(withStatedExcess("it's too vague in the hall", wordNet)).toBe("it's too vague in the hall");
    expect(withStatedExcess('the greenhouse is too cold at night', wordNet)).toBe('make it hotter at night');
    expect(withStatedExcess("it isn't warm enough in the greenhouse", wordNet)).toBe('make it warmer in the greenhouse');
    expect(withStatedExcess("we're freezing out here", wordNet)).toBe('make it hotter out here');
    expect(withStatedExcess('the reading lamp is too bright, can you help?', wordNet)).toBe('make it dimmer, can you help?');
  });

  it('reads two words WordNet knows as one adjective, by the adjective its gloss names', () => {
    expect(withStatedExcess("it's pitch dark in the cellar", wordNet)).toBe('make it brighter in the cellar');
    expect(withStatedExcess('its ice cold in the greenhouse', wordNet)).toBe('make it hotter in the greenhouse');
  });

  it('reads "its" as the opener only where it opens the clause', () => {
    expect(withStatedExcess('dim its light, its light is fine', wordNet)).toBe('dim its light, its light is fine');
  });

  it('is left alone where nothing is too much, or another clause says what to do', () => {
    for (const text of ['the greenhouse is warm enough', 'it is cold outside', "it's too cold, turn the heater up", 'turn the amp down, it is too loud']) expect(withStatedExcess(text, wordNet)).toBe(text);
  });

  describe('through the mapper', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    });

    it.each([
      ["it's far too loud", 'gain_down{}'],
      ['the speakers are way too loud', 'gain_down{}'],
      ["the amp is too quiet, I can't hear it", 'gain_up{}'],
      ["it's not loud enough", 'gain_up{}'],
      ["I can't hear the amp", 'gain_up{}'],
      ["we couldn't hear it over the kettle", 'gain_up{}'],
    ])('steps the amplifier: "%s"', async (text, expected) => {
      const mapper = await createApiMapper({ embedder, lexicon, document: amplifier });
      expect(called(await mapper.map(text, { gain: 40 }))).toEqual([expected]);
    });

    const greenhouse: DeviceStateValues = { setpoint: 16, air_temperature: 14 };
    it.each([
      ["it's too cold in the greenhouse", 'set_setpoint{"setpoint":17}'],
      ["I'm freezing in here", 'set_setpoint{"setpoint":17}'],
      ["it isn't warm enough", 'set_setpoint{"setpoint":17}'],
      ['the greenhouse is too hot', 'set_setpoint{"setpoint":15}'],
    ])('moves the heater\'s set point: "%s"', async (text, expected) => {
      const mapper = await createApiMapper({ embedder, lexicon, document: heater });
      expect(called(await mapper.map(text, greenhouse))).toEqual([expected]);
    });

    it('never reads the temperature for a wish to change it, with no set point to step from', async () => {
      const mapper = await createApiMapper({ embedder, lexicon, document: heater });
      for (const text of ["it's too cold in the greenhouse", "I'm freezing"]) expect(called(await mapper.map(text, {})), text).toBe('not_executable');
    });

    it.each([
      ["it's too dark in here", 'set_level{"level":50}'],
      ['the lamp is too dim, could you sort it out?', 'set_level{"level":50}'],
      ["it's too bright to read", 'set_level{"level":30}'],
    ])('steps the lamp: "%s"', async (text, expected) => {
      const mapper = await createApiMapper({ embedder, lexicon, document: lamp });
      expect(called(await mapper.map(text, { lit: true, level: 40 }))).toEqual([expected]);
    });

    it('asks no less of a device whose mode is off: its target is no remedy', () => {
      expect(withStatedExcess("it's boiling in here", wordNet, undefined, { mode: 'off', target: 21 })).toBe("it's boiling in here");
      expect(withStatedExcess("it's boiling in here", wordNet, undefined, { mode: 'cool', target: 21 })).toBe('make it colder in here');
    });

    it('declines where the device has no such level: a lamp is not made warmer', async () => {
      const mapper = await createApiMapper({ embedder, lexicon, document: lamp });
      for (const text of ["I'm freezing", "it's too loud in here", "I can't hear the lamp"]) expect(called(await mapper.map(text, { lit: true, level: 40 })), text).toBe('not_executable');
    });
  });
});
