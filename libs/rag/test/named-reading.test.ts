import { describe, expect, it } from 'vitest';
import { createRequestReader } from '@meshmind/language';
import { openLexicon, type MapResult } from '@meshmind/rag';
import type { NormalisedFunction } from '../src/api-document';
import { namedReadingUnmet } from '../src/mapper/named-reading';

// A tank gauge of my own that only reads: its level, the kind of liquid it is set up for, and the unit it reads in.
const read = createRequestReader();
const wordNet = openLexicon().wordNet;
const gauge: NormalisedFunction[] = [
  { name: 'read_level', description: 'Reads how full the tank is.', parameters: [], kind: 'query', returnType: 'number', returns: 'The level, in the unit get_unit reports.' },
  { name: 'get_liquid_class', description: 'Reads what kind of liquid the gauge is calibrated for.', parameters: [], kind: 'query', returnType: 'string', returns: 'A liquid class such as heating_oil, rainwater or diesel.' },
  { name: 'get_unit', description: 'Reads the unit the gauge reports its level in.', parameters: [], kind: 'query', returnType: 'string', returns: 'A unit such as litres or percent.' },
];
const byName = new Map(gauge.map((fn) => [fn.name, fn]));
const state = { level: 640, unit: 'litres', liquid_class: 'heating_oil' };
const calling = (name: string) => ({ kind: 'call', calls: [{ function: name, arguments: {}, confidence: 0.5, margin: 0.1 }], ranking: [] }) as unknown as MapResult;
const unmet = (text: string, name: string, functions: NormalisedFunction[] = gauge) => namedReadingUnmet(calling(name), read(text), functions, byName, ['tank gauge', 'gauge'], state, wordNet);

describe('a naming query of a device that only reads', () => {
  it('is declined where the question names another thing than the device', () => {
    expect(unmet("what's the pressure reading", 'get_liquid_class')).toContain('pressure');
    expect(unmet('has the boiler run dry', 'get_liquid_class')).toContain('boiler');
    expect(unmet('is the kitchen flooded', 'get_unit')).toContain('kitchen');
  });

  it('answers what the device is, its unit, and a kind of its own noun', () => {
    expect(unmet('what kind of liquid is the gauge for', 'get_liquid_class')).toBeUndefined();
    expect(unmet('what type of tank gauge is it', 'get_liquid_class')).toBeUndefined();
    expect(unmet('is that in litres or percent', 'get_unit')).toBeUndefined();
    expect(unmet('what unit is the oil gauge in', 'get_unit')).toBeUndefined();
    expect(unmet('what does the gauge look out for', 'get_liquid_class')).toBeUndefined();
  });

  it('is declined where a yes/no question asks a state, not a kind', () => {
    // "tank" and "gauge" are the device's own nouns: only the state is asked.
    expect(unmet('is the tank gauge working', 'get_liquid_class')).toContain('working');
    expect(unmet('is the gauge low', 'get_unit')).toContain('low');
    expect(unmet('is it in litres', 'get_unit')).toBeUndefined();
    expect(unmet('is this a tank gauge', 'get_liquid_class')).toBeUndefined();
  });

  it('leaves a device that also acts, and a reading that is a number', () => {
    const withAction = [...gauge, { name: 'start_pump', description: 'Starts the pump.', parameters: [], kind: 'action' } as NormalisedFunction];
    expect(unmet("what's the pressure reading", 'get_liquid_class', withAction)).toBeUndefined();
    expect(unmet("what's the pressure reading", 'read_level')).toBeUndefined();
  });
});
