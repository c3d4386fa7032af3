import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, DeviceStateValues } from '@meshmind/protocol';
import { getDeviceDescription } from '@meshmind/devices';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { createRequestReader } from '@meshmind/language';
import { readDegree } from '../src/mapper/degree-request';
import { targetPhrase } from '../src/mapper/target-value';

// Documents written for this test: a projector with inputs and a zoom, and a pond pump that only
// starts and stops. Neither is a type of the homes the evals use.
const projector: DeviceDescription = {
  type: 'projector',
  title: 'Projector',
  description: 'A ceiling projector with several video inputs.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['projector', 'beamer'],
  state: {
    on: { type: 'boolean', description: 'Whether the lamp is lit.' },
    input: { type: 'enum', description: 'The input shown.', values: ['hdmi_1', 'hdmi_2', 'vga', 'usb'] },
    zoom: { type: 'integer', description: 'Zoom of the picture.', unit: '%', minimum: 0, maximum: 100 },
  },
  functions: [
    { name: 'power_on', description: 'Lights the lamp and shows the current input.', kind: 'action', parameters: [], effects: [{ key: 'on', value: true }] },
    { name: 'power_off', description: 'Puts the projector into standby.', kind: 'action', parameters: [], effects: [{ key: 'on', value: false }] },
    {
      name: 'select_input',
      description: 'Shows the picture of the given video input.',
      kind: 'action',
      parameters: [{ name: 'input', type: 'enum', description: 'Video input.', values: ['hdmi_1', 'hdmi_2', 'vga', 'usb'], synonyms: { hdmi_1: ['hdmi one'], hdmi_2: ['hdmi two'], vga: ['computer'], usb: ['memory stick'] } }],
      effects: [{ key: 'input', parameter: 'input' }],
    },
    {
      name: 'set_zoom',
      description: 'Zooms the picture to the given size.',
      kind: 'action',
      parameters: [{ name: 'zoom', type: 'integer', description: 'Zoom level.', unit: '%', minimum: 0, maximum: 100 }],
      effects: [{ key: 'zoom', parameter: 'zoom' }],
    },
    { name: 'get_input', description: 'Reads which input is shown.', kind: 'query', parameters: [], returns: { type: 'enum', description: 'The input.' } },
  ],
};

const pump: DeviceDescription = {
  type: 'pond_pump',
  title: 'Pond pump',
  description: 'A fountain pump in a garden pond.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['pump', 'fountain'],
  state: { running: { type: 'boolean', description: 'Whether the pump runs.' } },
  functions: [
    { name: 'start_pump', description: 'Starts the pump.', kind: 'action', parameters: [], effects: [{ key: 'running', value: true }] },
    { name: 'stop_pump', description: 'Stops the pump.', kind: 'action', parameters: [], effects: [{ key: 'running', value: false }] },
    { name: 'is_running', description: 'Reports whether the pump runs.', kind: 'query', parameters: [], returns: { type: 'boolean', description: 'True when it runs.' } },
  ],
};

const read = createRequestReader();
const lexicon = openLexicon();
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => ({ function: call.function, arguments: call.arguments })) : result.reason);

describe('reading a request for more or less of something', () => {
  it.each([
    ['make the reading lamp brighter', 1],
    ['dim the porch light', -1],
    ['turn up the radiator', 1],
    ['turn the fan down', -1],
    ['could you make it a bit quieter', -1],
    ['raise the temperature', 1],
  ] as const)('"%s" asks for a step of %i', (text, direction) => expect(readDegree(read(text), lexicon.wordNet)?.direction).toBe(direction));

  it.each(['fire up the grill', 'warm up the car', 'add more apples to the list', 'turn the volume up to 40', 'is it brighter than before?', 'make it brighter and darker'])(
    '"%s" asks for none',
    (text) => expect(readDegree(read(text), lexicon.wordNet)).toBeUndefined(),
  );
});

describe('the value a command names as its target', () => {
  it.each([
    ['put the projector on hdmi 2', 'hdmi 2'],
    ['switch the speaker to the radio', 'radio'],
    ['set the fan to blue', 'blue'],
    ['make the pump red', 'red'],
    ['set the boiler to 60 please', '60'],
    ['put the projector on hdmi 1, thanks', 'hdmi 1'],
  ])('"%s" names "%s"', (text, phrase) => expect(targetPhrase(read(text))).toBe(phrase));

  it.each(['turn on the heat', 'pause the playlist', 'what input is the projector on?'])('"%s" names none', (text) => expect(targetPhrase(read(text))).toBeUndefined());
});

describe('a degree is a step of a level, never a switch or a reading', () => {
  const mappers = new Map<string, ApiMapper>();
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    for (const [name, document] of [
      ['light', getDeviceDescription('light')!],
      ['climate', getDeviceDescription('climate')!],
      ['fan', getDeviceDescription('fan')!],
      ['switch', getDeviceDescription('switch')!],
      ['projector', projector],
      ['pump', pump],
    ] as const) {
      mappers.set(name, await createApiMapper({ embedder, lexicon, document }));
    }
  });
  const map = (device: string, text: string, state: DeviceStateValues = {}) => mappers.get(device)!.map(text, state);

  it.each([
    ['Make the hall light brighter.', { brightness: 60 }],
    ['Make the landing light a bit brighter.', { brightness: 60 }],
    ['Dim the porch light.', { brightness: 40 }],
  ])('a light: "%s"', async (text, expected) => {
    expect(called(await map('light', text, { on: true, brightness: 50 }))).toEqual([{ function: 'set_brightness', arguments: expected }]);
  });

  it.each([
    ['Turn up the radiator.', 22],
    ['Turn the radiator down.', 20],
    ['Make it warmer in here.', 22],
  ])('a thermostat: "%s" steps the target temperature', async (text, temperature) => {
    expect(called(await map('climate', text, { mode: 'heat', target_temperature: 21, current_temperature: 19 }))).toEqual([{ function: 'set_temperature', arguments: { temperature } }]);
  });

  it('a fan: "make the fan slower" steps its speed down', async () => {
    expect(called(await map('fan', 'Make the fan slower.', { on: true, speed: 60 }))).toEqual([{ function: 'set_speed', arguments: { speed: 50 } }]);
  });

  it.each([
    ['switch', 'Dim the kettle.'],
    ['switch', 'Make the dehumidifier brighter.'],
    ['pump', 'Dim the fountain.'],
  ])('a %s that only switches: "%s" is declined', async (device, text) => {
    const result = await map(device, text, { on: false });
    expect(result.kind, JSON.stringify(called(result))).toBe('not_executable');
    // Said by the scope check where the verb meets nothing of the document, else by the degree check.
    if (result.kind === 'not_executable') expect(result.reason).toMatch(/it can: |none of its functions does that/);
  });

  it('a plain switch still turns on', async () => {
    expect(called(await map('switch', 'Turn on the kettle.', { on: false }))).toEqual([{ function: 'turn_on', arguments: {} }]);
  });
});

describe('a value the call cannot hold is never dropped', () => {
  const mappers = new Map<string, ApiMapper>();
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    for (const [name, document] of [
      ['projector', projector],
      ['media', getDeviceDescription('media_player')!],
      ['fan', getDeviceDescription('fan')!],
      ['cover', getDeviceDescription('cover')!],
      ['light', getDeviceDescription('light')!],
      ['climate', getDeviceDescription('climate')!],
    ] as const) {
      mappers.set(name, await createApiMapper({ embedder, lexicon, document }));
    }
  });
  const map = (device: string, text: string, state: DeviceStateValues = {}) => mappers.get(device)!.map(text, state);

  it.each([
    ['projector', 'Put the projector on hdmi 2.', { input: 'hdmi_2' }],
    ['projector', 'Switch the beamer to the computer.', { input: 'vga' }],
    ['media', 'Put the soundbar on bluetooth.', { source: 'bluetooth' }],
    ['media', 'Put the telly on hdmi 2.', { source: 'hdmi_2' }],
  ])('%s: "%s" selects the option named', async (device, text, args) => {
    const result = await map(device, text, { on: true });
    expect(called(result)).toEqual([{ function: expect.stringMatching(/^select_/), arguments: args }]);
  });

  it.each([
    ['fan', 'Set the ceiling fan to green.', /no colour/],
    ['fan', 'Make the tower fan red.', /no colour|it can: /],
    ['cover', 'Turn the blinds purple.', /no colour|it can: /],
    ['projector', 'Put the projector on hdmi 5.', /options it has are hdmi 1, hdmi 2/],
  ])('%s: "%s" is declined', async (device, text, reason) => {
    const result = await map(device, text, { on: true, position: 100 });
    expect(result.kind, JSON.stringify(called(result))).toBe('not_executable');
    if (result.kind === 'not_executable') expect(result.reason).toMatch(reason);
  });

  it('a light still takes the colour', async () => {
    expect(called(await map('light', 'Set the bedside lamp to purple.', { on: true }))).toEqual([{ function: 'set_color', arguments: { color: 'purple' } }]);
  });

  it.each([
    ['projector', 'Turn the projector to 80.', 'set_zoom', { zoom: 80 }],
    ['media', 'Turn the radio to 35.', 'set_volume', { volume: 35 }],
    ['climate', 'Turn the radiator to 22.', 'set_temperature', { temperature: 22 }],
    ['climate', 'Put the boiler to 18 degrees.', 'set_temperature', { temperature: 18 }],
  ])('%s: a bare number "%s" goes to the parameter whose range takes it, not to a switch', async (device, text, fn, args) => {
    expect(called(await map(device, text, { on: true, mode: 'heat', position: 100 }))).toEqual([{ function: fn, arguments: args }]);
  });

  it.each([
    ['cover', 'Set the shutters to 0.3.', { position: 30 }],
    ['fan', 'Set the fan speed to 0.75.', { speed: 75 }],
    ['light', 'Set the brightness to 0.2.', { brightness: 20 }],
  ])('%s: a decimal share "%s" is a percentage', async (device, text, args) => {
    expect(called(await map(device, text, { on: true, position: 100 }))).toEqual([{ function: expect.stringMatching(/^set_/), arguments: args }]);
  });
});

describe('a verb that names what the device is for starts it', () => {
  const mappers = new Map<string, ApiMapper>();
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    for (const [name, document] of [
      ['switch', getDeviceDescription('switch')!],
      ['position_valve', getDeviceDescription('position_valve')!],
    ] as const) {
      mappers.set(name, await createApiMapper({ embedder, lexicon, document }));
    }
  });
  const references = (name: string, kinds: readonly string[]) => ({ references: { names: [name], words: [], kinds } });

  it.each([
    ['switch', 'Toaster', 'Toast the bread.', 'turn_on'],
    ['switch', 'Towel Heater', 'Heat the towels.', 'turn_on'],
    ['switch', 'Bike Charger', 'Charge my bike.', 'turn_on'],
    ['position_valve', 'Greenhouse Watering', 'Water the tomatoes.', 'open_valve'],
    ['switch', 'Coffee Grinder', 'Grind the beans.', 'turn_on'],
  ])('%s "%s": "%s" calls %s', async (device, name, text, function_) => {
    const kinds = getDeviceDescription(device)!.nouns;
    const result = await mappers.get(device)!.map(text, {}, references(name, kinds));
    expect(called(result)).toEqual([{ function: function_, arguments: {} }]);
  });

  it.each([
    ['position_valve', 'Greenhouse Watering', 'Stop watering the tomatoes.', 'close_valve'],
    ['switch', 'Bike Charger', 'Stop charging my bike.', 'turn_off'],
    ['switch', 'Towel Heater', 'Stop heating the towels.', 'turn_off'],
  ])('%s "%s": "%s" calls the other end, %s', async (device, name, text, function_) => {
    const result = await mappers.get(device)!.map(text, {}, references(name, getDeviceDescription(device)!.nouns));
    expect(called(result)).toEqual([{ function: function_, arguments: {} }]);
  });

  it('a request that names a function by another word keeps it ("switch the toaster off")', async () => {
    const result = await mappers.get('switch')!.map('Switch the toaster off.', { on: true }, references('Toaster', getDeviceDescription('switch')!.nouns));
    expect(called(result)).toEqual([{ function: 'turn_off', arguments: {} }]);
  });
});
