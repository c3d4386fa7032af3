import { describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { withMeasuredQuantityAsked } from '../src/mapper/measured-quantity';

const wordNet = openLexicon().wordNet;

// A gauge written for this test: one number, the unit it is in and what it measures, read by three queries.
const gauge: DeviceDescription = {
  type: 'cellar_gauge', title: 'Cellar gauge', description: 'A gauge that reads one quantity.', domain: 'home', version: '1.0.0',
  nouns: ['gauge'],
  state: {
    amount: { type: 'number', description: 'The reading.' },
    unit: { type: 'string', description: 'Unit of the reading.' },
    kind: { type: 'string', description: 'What the gauge measures.' },
  },
  functions: [
    { name: 'read_amount', description: 'Reads the amount measured.', kind: 'query', parameters: [], returns: { type: 'number', description: 'Amount.' } },
    { name: 'read_unit', description: 'Reads the unit of the amount.', kind: 'query', parameters: [], returns: { type: 'string', description: 'Unit.' } },
    { name: 'read_kind', description: 'Reads what the gauge measures.', kind: 'query', parameters: [], returns: { type: 'string', description: 'Kind.' } },
  ],
};
const document = normaliseApiDocument(gauge);
const state = { amount: 980, unit: 'ppm', kind: 'carbon_dioxide' };

describe('withMeasuredQuantityAsked: the quantity the state says the device measures is its reading', () => {
  it('asks for the reading where the question names the measured quantity, by its words or a WordNet synonym', () => {
    expect(withMeasuredQuantityAsked('how much carbon dioxide is down there?', document, state, wordNet)).toBe('what is the amount');
    expect(withMeasuredQuantityAsked('is the co2 bad in the cellar', document, state, wordNet)).toBe('what is the amount');
  });

  it('leaves a question of another time than now as said, so that its time is still read', () => {
    expect(withMeasuredQuantityAsked('what was the carbon dioxide at noon', document, state, wordNet)).toBe('what was the carbon dioxide at noon');
    expect(withMeasuredQuantityAsked('how much co2 did the cellar have yesterday', document, state, wordNet)).toBe('how much co2 did the cellar have yesterday');
    expect(withMeasuredQuantityAsked('will the co2 be bad tomorrow', document, state, wordNet)).toBe('will the co2 be bad tomorrow');
    expect(withMeasuredQuantityAsked('how much co2 is in the cellar now', document, state, wordNet)).toBe('what is the amount');
  });

  it('leaves a question about the unit or the kind, a command and a quantity the device does not measure', () => {
    expect(withMeasuredQuantityAsked('what unit is the co2 given in', document, state, wordNet)).toBe('what unit is the co2 given in');
    expect(withMeasuredQuantityAsked('what kind of gas is it', document, state, wordNet)).toBe('what kind of gas is it');
    expect(withMeasuredQuantityAsked('vent the cellar when the co2 is high', document, state, wordNet)).toBe('vent the cellar when the co2 is high');
    expect(withMeasuredQuantityAsked('what is the air pressure', document, state, wordNet)).toBe('what is the air pressure');
  });

  it('leaves a question about the unit said after "in"', () => {
    expect(withMeasuredQuantityAsked('is it in ppm', document, { ...state, kind: 'ppm' }, wordNet)).toBe('is it in ppm');
  });
});
