import { describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { deviceReport, reportedOfDevice } from '../src/mapper/device-report';

const wordNet = openLexicon().wordNet;

// A pool pump and a porch lantern written for this test.
const poolPump: DeviceDescription = {
  type: 'pool_pump', title: 'Pool pump', description: 'A pump that circulates the pool water through its filter.', domain: 'home', version: '1.0.0',
  nouns: ['pool pump', 'pump'],
  state: { pumping: { type: 'boolean', description: 'Whether the pump runs.' }, program: { type: 'enum', description: 'Filter program.', values: ['filter', 'backwash'] } },
  functions: [
    { name: 'start_pump', description: 'Starts the pump.', kind: 'action', parameters: [], effects: [{ key: 'pumping', value: true }] },
    { name: 'stop_pump', description: 'Stops the pump.', kind: 'action', parameters: [], effects: [{ key: 'pumping', value: false }] },
    { name: 'run_program', description: 'Runs a filter program.', kind: 'action', parameters: [{ name: 'program', type: 'enum', values: ['filter', 'backwash'], description: 'Program.' }] },
  ],
};
const lantern: DeviceDescription = {
  type: 'porch_lantern', title: 'Porch lantern', description: 'A lantern by the front door that can be dimmed.', domain: 'home', version: '1.0.0',
  nouns: ['lantern', 'porch lantern'],
  state: { lit: { type: 'boolean', description: 'Whether the lantern is lit.' }, brightness: { type: 'integer', description: 'Brightness of the lantern.', unit: '%', minimum: 1, maximum: 100 } },
  functions: [
    { name: 'turn_on', description: 'Lights the lantern.', kind: 'action', parameters: [] },
    { name: 'turn_off', description: 'Puts the lantern out.', kind: 'action', parameters: [] },
    { name: 'set_brightness', description: 'Dims or brightens the lantern.', kind: 'action', parameters: [{ name: 'brightness', type: 'integer', description: 'Brightness.', unit: '%', minimum: 1, maximum: 100 }] },
  ],
};
const pump = normaliseApiDocument(poolPump);
const porch = normaliseApiDocument(lantern);
const own = (nouns: string[]) => (word: string) => nouns.includes(word) || word === 'it' || word === 'them';

describe.skipIf(!wordNet)('a statement of what the device is or does', () => {
  const pumpWord = own(['pool', 'pump']);
  it.each([
    "the pump's rattling again",
    'the pool pump is making a racket',
    "pump's jammed, I think",
    'my pump keeps gurgling',
  ])('"%s" asks for nothing and is declined with a question', (text) => {
    expect(deviceReport(text, pump, { pumping: true, program: 'filter' }, pumpWord, 'pump', wordNet)?.kind, text).toBe('not_executable');
  });

  it.each([
    "the pump's off, start it",
    'the pump is off',
    "the pump's on backwash",
    'is the pump rattling?',
    "it's rattling",
    'the pump is rattling, stop it',
    'the pump keeps stopping at 40',
    'pump on',
  ])('"%s" is left to the mapper: a state its document names, an order, a question, no subject of its own or a number', (text) => {
    expect(deviceReport(text, pump, { pumping: true, program: 'filter' }, pumpWord, 'pump', wordNet), text).toBeUndefined();
  });

  it('leaves a quality on a scale to the readings of excess ("the lantern is dim")', () => {
    const lanternWord = own(['porch', 'lantern']);
    expect(deviceReport('the lantern is dim', porch, { lit: true, brightness: 20 }, lanternWord, 'lantern', wordNet)).toBeUndefined();
    expect(deviceReport('the lantern is flickering', porch, { lit: true, brightness: 20 }, lanternWord, 'lantern', wordNet)?.kind).toBe('not_executable');
  });

  it('reads the words said of the device after its verb', () => {
    expect(reportedOfDevice("the pump's rattling", own(['pump']), wordNet!)).toEqual(['rattling']);
    expect(reportedOfDevice('the pool pump keeps gurgling', own(['pool', 'pump']), wordNet!)).toEqual(['gurgling']);
    expect(reportedOfDevice('start the pump', own(['pump']), wordNet!)).toBeUndefined();
    expect(reportedOfDevice("it's rattling", own(['pump']), wordNet!)).toBeUndefined();
  });
});
