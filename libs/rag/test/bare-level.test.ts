import { describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createRequestReader } from '@meshmind/language';
import { normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { withBareLevel } from '../src/mapper/bare-level';
import { TargetValues } from '../src/mapper/target-value';

const wordNet = openLexicon().wordNet;
const reading = createRequestReader();

// A projector screen written for this test: it rolls down to any drop, in percent.
const screen: DeviceDescription = {
  type: 'projector_screen', title: 'Projector screen', description: 'A motorised projector screen.', domain: 'home', version: '1.0.0',
  nouns: ['screen', 'projector screen'],
  state: { drop: { type: 'integer', description: 'How far down the screen hangs.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    { name: 'roll_up', description: 'Rolls the screen up into its case.', kind: 'action', parameters: [], effects: [{ key: 'drop', value: 0 }] },
    { name: 'set_drop', description: 'Lets the screen down to the given drop.', kind: 'action', parameters: [{ name: 'drop', type: 'integer', description: 'Drop.', unit: '%', minimum: 0, maximum: 100 }], effects: [{ key: 'drop', parameter: 'drop' }] },
  ],
};
// A pond pump written for this test: its only number is how long it runs.
const pump: DeviceDescription = {
  type: 'pond_pump', title: 'Pond pump', description: 'A fountain pump in a garden pond.', domain: 'home', version: '1.0.0',
  nouns: ['pump', 'fountain'],
  state: { running: { type: 'boolean', description: 'Whether it pumps.' } },
  functions: [
    { name: 'run_pump', description: 'Runs the pump, optionally for a while.', kind: 'action', parameters: [{ name: 'run_minutes', type: 'integer', description: 'Stop after this long.', unit: 'min', minimum: 1, maximum: 120, required: false }], effects: [{ key: 'running', value: true }] },
    { name: 'halt_pump', description: 'Halts the pump.', kind: 'action', parameters: [], effects: [{ key: 'running', value: false }] },
  ],
};
const screenDocument = normaliseApiDocument(screen);
const pumpDocument = normaliseApiDocument(pump);

describe.skipIf(!wordNet)('withBareLevel: a thing and a number, said without a verb, is the level wanted', () => {
  it.each([
    ['screen 40', 'set screen to 40'],
    ['the screen, 65 percent', 'set the screen to 65 percent'],
    ['projector screen twenty', 'set projector screen to twenty'],
    ['screen 30 please', 'set screen to 30 please'],
    ['screen at 70 percent', 'set screen to 70 percent'],
  ])('"%s" reads as "%s"', (request, meant) => {
    expect(withBareLevel(request, screenDocument, reading, wordNet)).toBe(meant);
  });

  it.each(['drop 40', 'head over to screen twenty', 'screen up to 40', 'lower the screen 40', 'is the screen at 40?', 'screen 40 cm', 'the third one', 'next one', 'screen 3rd', 'screen 40 then 60'])('leaves "%s": the noun of a parameter, a verb, a preposition or particle, a question, another unit, a pronoun, an ordinal or two numbers', (request) => {
    expect(withBareLevel(request, screenDocument, reading, wordNet)).toBe(request);
  });
});

describe('a level said to a device whose only number is a time', () => {
  const pumpTargets = new TargetValues(pumpDocument.functions, pumpDocument.nouns, 'pump', wordNet);
  const screenTargets = new TargetValues(screenDocument.functions, screenDocument.nouns, 'screen', wordNet);
  const run = pumpDocument.functions.find((fn) => fn.name === 'run_pump')!;

  it('is held by no function: "to 30" is no run time', () => {
    expect(pumpTargets.unheld(run, reading('set the pump to 30'))).toContain('cannot be set to "30"');
  });

  it('leaves a time said as one', () => {
    expect(pumpTargets.unheld(run, reading('run the pump for 30 minutes'))).toBeUndefined();
    expect(pumpTargets.unheld(run, reading('run the pump for 30'))).toBeUndefined();
  });

  it('is held where a function takes a level', () => {
    expect(screenTargets.unheld(screenDocument.functions.find((fn) => fn.name === 'set_drop')!, reading('set the screen to 30'))).toBeUndefined();
  });
});

// A sauna stove written for this test: one quantity in a unit of measure, its heat in °C.
const sauna: DeviceDescription = {
  type: 'sauna_stove', title: 'Sauna stove', description: 'An electric sauna stove.', domain: 'home', version: '1.0.0',
  nouns: ['sauna', 'stove'],
  state: { heat: { type: 'number', description: 'Heat it holds the cabin at.', unit: '°C', minimum: 40, maximum: 110 } },
  functions: [
    { name: 'stove_off', description: 'Stops heating.', kind: 'action', parameters: [] },
    { name: 'hold_heat', description: 'Heats the cabin to the given heat.', kind: 'action', parameters: [{ name: 'heat', type: 'number', description: 'Cabin heat.', unit: '°C', minimum: 40, maximum: 110 }], effects: [{ key: 'heat', parameter: 'heat' }] },
    { name: 'read_heat', description: 'Reads the cabin heat.', kind: 'query', parameters: [], returns: { type: 'number', description: 'Heat.', unit: '°C' } },
  ],
};
// The same stove with a second quantity in a unit: a bare number could be either.
const steamSauna: DeviceDescription = {
  ...sauna,
  type: 'steam_sauna',
  functions: [...sauna.functions, { name: 'hold_steam', description: 'Holds the steam at the given vapour pressure.', kind: 'action', parameters: [{ name: 'vapour', type: 'number', description: 'Vapour pressure.', unit: 'kPa', minimum: 1, maximum: 20 }] }],
};
const saunaDocument = normaliseApiDocument(sauna);
const steamDocument = normaliseApiDocument(steamSauna);

describe.skipIf(!wordNet)('withBareLevel: a bare number, with at most a light verb, is the one quantity the device sets in a unit', () => {
  it.each([
    ['80 please', 'set it to 80 please'],
    ['make it 75', 'set it to 75'],
    ["let's go with 90", 'set it to 90'],
    ['take it to 85', 'set it to 85'],
    ['ninety', 'set it to ninety'],
  ])('"%s" reads as "%s"', (request, meant) => {
    expect(withBareLevel(request, saunaDocument, reading, wordNet)).toBe(meant);
  });

  it.each(["it's 80", "we're at 80", 'it was 80', 'make it 30', 'make it 200', 'is it 80?', 'crank it up 10', 'I reckon 80'])('leaves "%s": a statement, a number out of range, a question, a particle or a content verb', (request) => {
    expect(withBareLevel(request, saunaDocument, reading, wordNet)).toBe(request);
  });

  it('leaves a number that a second quantity in a unit could take', () => {
    expect(withBareLevel('make it 15', steamDocument, reading, wordNet)).toBe('make it 15');
  });

  it('leaves a number to a device whose only level is a share or a time', () => {
    expect(withBareLevel('make it 40', screenDocument, reading, wordNet)).toBe('make it 40');
    expect(withBareLevel('make it 40', pumpDocument, reading, wordNet)).toBe('make it 40');
  });
});
