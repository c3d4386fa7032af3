import { describe, expect, it } from 'vitest';
import { normaliseApiDocument, openLexicon } from '@meshmind/rag';
import type { DeviceDescription } from '@meshmind/protocol';
import { withOwnReadingAsked } from '../src/mapper/own-reading';

// Devices written for this test: a rain gauge and a leak detector; a kettle whose first state no query reads.
const wordNet = openLexicon().wordNet;

const gauge = normaliseApiDocument({
  type: 'rain_gauge',
  title: 'Rain gauge',
  description: 'A battery-powered gauge that measures rainfall in the garden.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['rain gauge', 'rain meter'],
  state: { rainfall: { type: 'number', description: 'Rain fallen today.', unit: 'mm' }, battery: { type: 'integer', description: 'Charge left.', unit: '%' } },
  functions: [
    { name: 'get_battery', description: 'Reads the remaining battery charge of the gauge.', kind: 'query', parameters: [], returns: { type: 'integer', description: 'Charge.' } },
    { name: 'get_rainfall', description: 'Reads how much rain has fallen today.', kind: 'query', parameters: [], returns: { type: 'number', description: 'Rain in mm.' } },
  ],
} as DeviceDescription);

const leak = normaliseApiDocument({
  type: 'leak',
  title: 'Leak detector',
  description: 'Detects water under the sink.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['leak detector'],
  state: { wet: { type: 'boolean', description: 'Whether water is found.' } },
  functions: [{ name: 'is_wet', description: 'Reports whether water is found.', kind: 'query', parameters: [], returns: { type: 'boolean', description: 'True when wet.' } }],
} as DeviceDescription);

const kettle = normaliseApiDocument({
  type: 'kettle',
  title: 'Kettle',
  description: 'A smart kettle.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['kettle'],
  state: { on: { type: 'boolean', description: 'Whether it boils.' }, water_temperature: { type: 'number', description: 'Water temperature.' } },
  functions: [{ name: 'get_water_temperature', description: 'Reads the water temperature.', kind: 'query', parameters: [], returns: { type: 'number', description: 'Degrees.' } }],
} as DeviceDescription);

describe.skipIf(!wordNet)("a question for the device's own reading", () => {
  it('reads "what does the gauge say/show/read" as a question for the first state field a query reads', () => {
    expect(withOwnReadingAsked('what does the gauge say', gauge, wordNet)).toBe('what is the rainfall');
    expect(withOwnReadingAsked("what's the rain meter showing?", gauge, wordNet)).toBe('what is the rainfall');
    expect(withOwnReadingAsked('what does it read now', gauge, wordNet)).toBe('what is the rainfall');
  });

  it('asks a yes/no question where the reading is a boolean', () => {
    expect(withOwnReadingAsked('what does the detector say', leak, wordNet)).toBe('is it wet');
  });

  it('counts the names the agent was given as the device', () => {
    expect(withOwnReadingAsked('what does the veg patch say', gauge, wordNet, ['veg patch'])).toBe('what is the rainfall');
  });

  it('leaves a question that names something else, or whose verb is no reading verb', () => {
    expect(withOwnReadingAsked('what does the gauge battery say', gauge, wordNet)).toBe('what does the gauge battery say');
    expect(withOwnReadingAsked('what does the gauge cost', gauge, wordNet)).toBe('what does the gauge cost');
    expect(withOwnReadingAsked('say something', gauge, wordNet)).toBe('say something');
  });

  it('leaves the request where no query reads the first state field', () => {
    expect(withOwnReadingAsked('what does the kettle say', kettle, wordNet)).toBe('what does the kettle say');
  });
});
