import { describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { stepsSetLevel } from '../src/mapper/settable-quality';
import { withPhrasalValue } from '../src/mapper/phrasal-value';

const wordNet = openLexicon().wordNet!;

// A cellar air unit written for this test: it sets a temperature and has a drying and a warming program; it sets no humidity.
const airUnit: DeviceDescription = {
  type: 'cellar_air_unit', title: 'Cellar air unit', description: 'Keeps the cellar air right.', domain: 'home', version: '1.0.0',
  nouns: ['air unit'],
  state: {},
  functions: [
    { name: 'pick_program', description: 'Runs the given program.', kind: 'action', parameters: [{ name: 'program', type: 'enum', description: 'Program.', values: ['warm', 'dry'], synonyms: { dry: ['dehumidify'] } }] },
    { name: 'set_target', description: 'Sets the temperature to hold.', kind: 'action', parameters: [{ name: 'target', type: 'number', description: 'Target temperature.', unit: '°C', minimum: 5, maximum: 25 }] },
    { name: 'read_humidity', description: 'Reads the relative humidity.', kind: 'query', parameters: [] },
  ],
};
const functions = normaliseApiDocument(airUnit).functions;
const gloss = (verb: string) => wordNet.verbSenses(verb)[0]!.definition.split(/[^\p{L}]+/u);

describe('stepsSetLevel: a verb defined by a comparative steps a level only where the device sets it', () => {
  it('reads "heat" (make hotter) as a step of the temperature the unit sets', () => {
    expect(stepsSetLevel(gloss('heat'), functions, wordNet)).toBe(true);
  });

  it('reads "dehumidify" (make less humid) as no step: the unit sets no humidity', () => {
    expect(stepsSetLevel(gloss('dehumidify'), functions, wordNet)).toBe(false);
  });

  it('has nothing to say of a definition that compares nothing', () => {
    expect(stepsSetLevel(['move', 'or', 'swing'], functions, wordNet)).toBeUndefined();
  });
});

describe('withPhrasalValue: a phrasal verb whose own verb is an option', () => {
  it('drops the particle that adds nothing: "dry the cellar out" is "dry the cellar"', () => {
    expect(withPhrasalValue('dry the cellar out', functions, wordNet)).toBe('dry the cellar');
  });
});
