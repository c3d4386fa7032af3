import { describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { withRemedyOption } from '../src/mapper/remedy-option';

const wordNet = openLexicon().wordNet;

// A heat pump written for this test: its modes name heating, cooling, drying and airing, and an
// "eco" preset that names no remedy; standby is reached by its own function.
const heatPump: DeviceDescription = {
  type: 'loft_heat_pump', title: 'Loft heat pump', description: 'A heat pump for the loft.', domain: 'home', version: '1.0.0',
  nouns: ['heat pump', 'pump'],
  state: { program: { type: 'enum', description: 'The running program.', values: ['standby', 'heat', 'cool', 'dry', 'air', 'eco'] }, setpoint: { type: 'number', description: 'Temperature held.', unit: '°C' } },
  functions: [
    { name: 'go_to_standby', description: 'Puts the pump on standby.', kind: 'action', parameters: [], effects: [{ key: 'program', value: 'standby' }] },
    {
      name: 'choose_program', description: 'Runs the pump in the given program.', kind: 'action',
      parameters: [{ name: 'program', type: 'enum', description: 'Program.', values: ['standby', 'heat', 'cool', 'dry', 'air', 'eco'], synonyms: { heat: ['heating'], cool: ['cooling', 'chill'], dry: ['dehumidify'], air: ['ventilate'], eco: ['economy'] } }],
      effects: [{ key: 'program', parameter: 'program' }],
    },
    { name: 'set_setpoint', description: 'Sets the temperature the loft is held at.', kind: 'action', parameters: [{ name: 'setpoint', type: 'number', description: 'Temperature.', unit: '°C', minimum: 10, maximum: 28 }], effects: [{ key: 'setpoint', parameter: 'setpoint' }] },
  ],
};
const document = normaliseApiDocument(heatPump);

describe('withRemedyOption: a stated discomfort is the program the document offers for its remedy', () => {
  it('reads no remedy from a quality said sufficient', () => {
    expect(withRemedyOption("it's warm enough up here now", document, { program: 'heat' }, wordNet)).toBe("it's warm enough up here now");
    expect(withRemedyOption("it's cool enough in the loft", document, { program: 'cool' }, wordNet)).toBe("it's cool enough in the loft");
  });

  it('reads a cold spell said as an ongoing state as the heating program of a pump on standby', () => {
    expect(withRemedyOption("we're freezing up here", document, { program: 'standby' }, wordNet)).toBe('set the program to heat');
  });

  it('reads dampness and stuffiness as the drying and airing programs', () => {
    expect(withRemedyOption('the loft is too humid', document, { program: 'standby' }, wordNet)).toBe('set the program to dry');
    expect(withRemedyOption("it's so damp up here", document, { program: 'heat' }, wordNet)).toBe('set the program to dry');
  });

  it('leaves the request where the pump already runs the remedy: the set point is stepped then', () => {
    expect(withRemedyOption("I'm cold", document, { program: 'heat' }, wordNet)).toBe("I'm cold");
  });

  it('leaves a question, the weather outdoors and a statement beside a command alone', () => {
    expect(withRemedyOption('is it humid up there?', document, { program: 'standby' }, wordNet)).toBe('is it humid up there?');
    expect(withRemedyOption("it's freezing outside", document, { program: 'standby' }, wordNet)).toBe("it's freezing outside");
    expect(withRemedyOption("it's freezing, raise the setpoint to 22", document, { program: 'standby' }, wordNet)).toBe("it's freezing, raise the setpoint to 22");
  });

  it('reads nothing into a quality no program remedies', () => {
    expect(withRemedyOption("it's too noisy in the loft", document, { program: 'standby' }, wordNet)).toBe("it's too noisy in the loft");
  });
});
