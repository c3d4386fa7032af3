import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import type { NormalisedFunction } from '../src/api-document';
import { declinesFallback, UNEXPLAINED_FALLBACK_BEHIND } from '../src/mapper/fallback-call';

// A greenhouse cart written for this test: it drives to a numbered bed, waters it, reads its
// battery, and has an emergency stop that needs a confirmation.
const cart: DeviceDescription = {
  type: 'greenhouse_cart', title: 'Greenhouse cart', description: 'A cart that tends the beds of a greenhouse.', domain: 'home', version: '1.0.0',
  nouns: ['cart'],
  state: { bed: { type: 'integer', description: 'The bed the cart stands at.' }, battery: { type: 'integer', description: 'Battery charge.', unit: '%' } },
  functions: [
    { name: 'drive_to_bed', description: 'Drives the cart to a numbered bed.', kind: 'action', parameters: [{ name: 'bed', type: 'integer', description: 'Number of the bed, 1 to 20.', required: true, minimum: 1, maximum: 20 }] },
    { name: 'water_bed', description: 'Waters the bed the cart stands at.', kind: 'action', parameters: [] },
    { name: 'read_battery', description: 'Reads the remaining battery charge.', kind: 'query', parameters: [] },
    { name: 'halt_all_motion', description: 'Halts every motor at once in an emergency.', kind: 'action', parameters: [], sensitive: true },
  ],
};

const fn = (name: string, sensitive = false): NormalisedFunction => ({ name, description: name, kind: 'action', parameters: [], ...(sensitive ? { sensitive: true } : {}) });
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('a call reached only because the best candidate lacks a value (mapper/fallback-call.ts)', () => {
  const far = UNEXPLAINED_FALLBACK_BEHIND + 0.03;
  const near = UNEXPLAINED_FALLBACK_BEHIND - 0.02;

  it('is declined where no word of the request meets it and it scores clearly below the best', () => {
    // "head back to the bed you watered before": "bed" meets the drive; nothing meets the battery.
    expect(declinesFallback(fn('read_battery'), new Map([['drive_to_bed', 1], ['read_battery', 0]]), far)).toBe(true);
  });

  it('is declined wherever its function is sensitive, explained or not, near or not', () => {
    expect(declinesFallback(fn('unlock_shed', true), new Map([['drive_to_bed', 1], ['unlock_shed', 1]]), near)).toBe(true);
    expect(declinesFallback(fn('unlock_shed', true), undefined, far)).toBe(true);
  });

  it('stands where a word of the request meets it ("switch the lamp on" is turn_on, not the colour temperature that lacks its kelvin)', () => {
    expect(declinesFallback(fn('turn_on'), new Map([['set_color_temperature', 0], ['turn_on', 2]]), far)).toBe(false);
  });

  it('stands where it scores nearly level with the best: a near tie the arguments decide', () => {
    expect(declinesFallback(fn('list_networks'), new Map([['join_network', 1], ['list_networks', 0]]), near)).toBe(false);
  });

  it('is declined past a sensitive best where no word meets it, however near it scores', () => {
    // "raise the cellar hatch": the sensitive open was best in a near tie; nothing of "raise" meets the halt.
    expect(declinesFallback(fn('halt_hatch'), new Map([['open_hatch', 1], ['halt_hatch', 0]]), near, true)).toBe(true);
    expect(declinesFallback(fn('halt_hatch'), new Map([['open_hatch', 1], ['halt_hatch', 1]]), near, true)).toBe(false);
  });

  it('stands where the words were not read', () => {
    expect(declinesFallback(fn('read_battery'), undefined, far)).toBe(false);
  });
});

describe('a request that names a place without its number, to a cart of our own', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: cart });
  }, 60_000);

  it('asks for the number instead of halting or reading the battery', async () => {
    for (const request of ['Go back to the last bed you checked.', 'head over to the bed you were at before']) {
      const result = await mapper.map(request, { bed: 3, battery: 80 });
      expect(called(result), request).toBe('not_executable');
    }
  });

  it('still drives to a bed whose number is said', async () => {
    expect(called(await mapper.map('Go back to bed 4.', { bed: 3, battery: 80 }))).toEqual(['drive_to_bed']);
  });
});

// The same cart with a plain stop, not marked sensitive: the fallback must be declined by what the
// request names, not by the stop's flag.
const plainCart: DeviceDescription = {
  ...cart,
  type: 'plain_cart',
  functions: cart.functions.map((entry) => (entry.name === 'halt_all_motion' ? { name: 'stop_cart', description: 'Stops every motor of the cart at once.', kind: 'action' as const, parameters: [] } : entry)),
};

describe('a fallback whose name holds nothing the request names of the best candidate (namesOnlyTheBest)', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: plainCart });
  }, 60_000);

  it('asks for the bed instead of stopping', async () => {
    for (const request of ['Go back to the last bed you checked.', 'head back to the last bed you checked, please', 'drive back to that bed you stopped at']) {
      const result = await mapper.map(request, { bed: 3, battery: 80 });
      expect(called(result), request).toBe('not_executable');
    }
  });

  it('still stops and still drives where the request says so', async () => {
    expect(called(await mapper.map('stop the cart now', { bed: 3, battery: 80 }))).toEqual(['stop_cart']);
    expect(called(await mapper.map('drive to bed 6', { bed: 3, battery: 80 }))).toEqual(['drive_to_bed']);
  });
});

// A cellar hatch of our own: opening it needs a confirmation, as a garage door's does.
const cellarHatch: DeviceDescription = {
  type: 'cellar_hatch', title: 'Cellar hatch', description: 'A motorised hatch over the cellar steps.', domain: 'home', version: '1.0.0',
  nouns: ['hatch', 'cellar hatch', 'trapdoor'],
  state: { hatch_state: { type: 'enum', description: 'Whether the hatch is open, shut or moving.', values: ['open', 'shut', 'moving'] } },
  functions: [
    { name: 'open_hatch', description: 'Opens the cellar hatch fully. The hatch is raised so people can go down.', kind: 'action', parameters: [], sensitive: true, effects: [{ key: 'hatch_state', value: 'open' }] },
    { name: 'shut_hatch', description: 'Shuts the cellar hatch. The hatch is lowered until it closes.', kind: 'action', parameters: [], effects: [{ key: 'hatch_state', value: 'shut' }] },
    { name: 'halt_hatch', description: 'Stops the hatch where it is while it is moving.', kind: 'action', parameters: [] },
    { name: 'hatch_status', description: 'Reports whether the hatch is open, shut or moving.', kind: 'query', parameters: [] },
  ],
};

describe('a sensitive best in a near tie with a rival that none of the words explain', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: cellarHatch });
  }, 60_000);

  it('never does the rival in its place', async () => {
    for (const request of ['lift the cellar hatch', 'raise the trapdoor', 'heave the hatch up']) {
      expect(called(await mapper.map(request, { hatch_state: 'shut' })), request).not.toEqual(['halt_hatch']);
    }
  });

  it('still halts a moving hatch when told to stop', async () => {
    expect(called(await mapper.map('stop the hatch', { hatch_state: 'moving' }))).toEqual(['halt_hatch']);
  });
});

// A sauna heater written for this test: a temperature it steers to (40-110 °C) and modes with no number, one
// of them "heat", so that "set the heat to 150" is a near tie of the two.
const sauna: DeviceDescription = {
  type: 'sauna_heater', title: 'Sauna heater', description: 'Heats the sauna cabin.', domain: 'home', version: '1.0.0',
  nouns: ['sauna', 'sauna heater'],
  state: { target: { type: 'number', description: 'Temperature the cabin is heated to.', unit: '°C' }, mode: { type: 'enum', description: 'Heating mode.', values: ['heat', 'steam'] } },
  functions: [
    { name: 'set_heat', description: 'Sets the temperature the sauna heats to.', kind: 'action', parameters: [{ name: 'degrees', type: 'number', description: 'Cabin temperature.', unit: '°C', minimum: 40, maximum: 110, required: true }], effects: [{ key: 'target', parameter: 'degrees' }] },
    { name: 'set_mode', description: 'Switches the sauna between plain heat and steam.', kind: 'action', parameters: [{ name: 'mode', type: 'enum', description: 'Heating mode.', values: ['heat', 'steam'], required: true }], effects: [{ key: 'mode', parameter: 'mode' }] },
  ],
};

describe('a number said for the best candidate that it cannot take', () => {
  it('declines a fallback that takes no number, and leaves one that does to compete', () => {
    expect(declinesFallback(fn('set_mode'), new Map([['set_mode', 1]]), 0.01, false, true)).toBe(true);
    const percentage: NormalisedFunction = { ...fn('set_percentage'), parameters: [{ name: 'percentage', type: 'integer', description: 'Share.', minimum: 0, maximum: 100 }] } as NormalisedFunction;
    expect(declinesFallback(percentage, new Map([['set_percentage', 1]]), 0.01, false, true)).toBe(false);
    // Without a refused value the fallback is read as before.
    expect(declinesFallback(fn('set_mode'), new Map([['set_mode', 1]]), 0.01, false, false)).toBe(false);
  });

  it('declines a fallback that would take a number refused as a measure as the whole-numbered name of a thing', () => {
    const numbered = (name: string, type: 'integer' | 'number'): NormalisedFunction => ({ ...fn(name), parameters: [{ name: 'value', type, description: 'Value.', required: true }] });
    // "drive down aisle 12": 12 m/s refused by the speed (a float) is not bed 12; a fallback that measures too still competes.
    expect(declinesFallback(numbered('drive_to_bed', 'integer'), new Map([['drive_to_bed', 1]]), 0.01, false, numbered('set_speed', 'number'))).toBe(true);
    expect(declinesFallback(numbered('set_height', 'number'), new Map([['set_height', 1]]), 0.01, false, numbered('set_speed', 'number'))).toBe(false);
    // A whole number refused as one ("fan speed 80", 1 to 3) may still be a percentage.
    expect(declinesFallback(numbered('set_percentage', 'integer'), new Map([['set_percentage', 1]]), 0.01, false, numbered('set_fan_speed', 'integer'))).toBe(false);
  });

  it('tells the range rather than switching the mode (through the mapper)', async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    const mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: sauna, selfNoun: 'sauna' });
    for (const text of ['set the heat to 150']) {
      const result = await mapper.map(text, { target: 70, mode: 'heat' });
      expect(result.kind, text).toBe('not_executable');
      if (result.kind === 'not_executable') expect(result.reason, text).toMatch(/outside/);
    }
    expect(called(await mapper.map('set the heat to 90', { target: 70, mode: 'heat' }))).toEqual(['set_heat']);
    // An ordinal names a thing, not an amount: "the first heat setting" is no temperature refused.
    expect(called(await mapper.map('first heat setting on', { target: 70, mode: 'heat' }))).not.toBe('not_executable');
  });
});
