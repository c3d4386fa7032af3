import { describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { withMeasuredQuantityAsked } from '../src/mapper/measured-quantity';
import { namesQuantityByMeasure } from '../src/mapper/quantity-word';

const wordNet = openLexicon().wordNet!;

// A loft meter written for this test: one reading, its unit and what it measures, each read by a query of its own.
const loftMeter: DeviceDescription = {
  type: 'loft_meter', title: 'Loft meter', description: 'A meter in the loft that reads one quantity.', domain: 'home', version: '1.0.0',
  nouns: ['loft meter'],
  state: {
    figure: { type: 'number', description: 'The reading.' },
    measure: { type: 'string', description: 'Unit of the reading.' },
    quantity: { type: 'string', description: 'What the meter measures.' },
  },
  functions: [
    { name: 'read_figure', description: 'Reads the figure shown.', kind: 'query', parameters: [], returns: { type: 'number', description: 'Figure.' } },
    { name: 'read_measure', description: 'Reads the unit of the figure.', kind: 'query', parameters: [], returns: { type: 'string', description: 'Unit.' } },
    { name: 'read_quantity', description: 'Reads what the meter measures.', kind: 'query', parameters: [], returns: { type: 'string', description: 'Quantity.' } },
  ],
};
const document = normaliseApiDocument(loftMeter);

describe('a sensor\'s quantity named by its unit or its meter (quantity-word.ts, #17)', () => {
  it.each([
    ['how many millibars up there?', { figure: 996, measure: 'hPa', quantity: 'atmospheric_pressure' }],
    ['what does the barometer say in the loft?', { figure: 996, measure: 'hPa', quantity: 'atmospheric_pressure' }],
    ['how many lux does the loft get?', { figure: 40, measure: 'lx', quantity: 'illuminance' }],
    ['is the loft louder than 70 decibels?', { figure: 52, measure: 'dB', quantity: 'sound_pressure' }],
    ['how many volts is the loft socket on?', { figure: 229, measure: 'V', quantity: 'voltage' }],
    ['what wattage is the loft heater on?', { figure: 900, measure: 'W', quantity: 'power' }],
    ['is the loft heater pulling over 2 kilowatts?', { figure: 900, measure: 'W', quantity: 'power' }],
  ])('"%s" asks for the reading', (text, state) => {
    expect(withMeasuredQuantityAsked(text, document, state, wordNet)).toBe('what is the figure');
  });

  it.each([
    ['how many watts is the loft using?', { figure: 120.5, measure: 'kWh', quantity: 'energy' }],
    ['how many decibels is it up there?', { figure: 996, measure: 'hPa', quantity: 'atmospheric_pressure' }],
    ['is that in watts or kilowatts?', { figure: 900, measure: 'W', quantity: 'power' }],
    ['how many kilowatts did the loft use last week?', { figure: 900, measure: 'W', quantity: 'power' }],
  ])('"%s" stays as said: a unit of another quantity, a unit asked about, another time', (text, state) => {
    expect(withMeasuredQuantityAsked(text, document, state, wordNet)).toBe(text);
  });

  it('reads the unit from WordNet, not from a list: a unit of another quantity names none', () => {
    expect(namesQuantityByMeasure('millibar', 'atmospheric_pressure', ['hPa'], wordNet)).toBe(true);
    expect(namesQuantityByMeasure('millibar', 'illuminance', ['lx'], wordNet)).toBe(false);
    expect(namesQuantityByMeasure('loft', 'illuminance', ['lx'], wordNet)).toBe(false);
  });
});
