import { describe, expect, it } from 'vitest';
import { comparisonHolds, readComparison, readingQuestion } from '../src/planner/comparison';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import { splitClauses } from '../src/planner/clauses';
import type { PlannerDevice } from '../src/planner/planner';

describe('readComparison: a numeric test in a condition', () => {
  it('reads comparatives of more and of less with their unit', () => {
    expect(readComparison('the bedroom is colder than 16 degrees')).toMatchObject({ operator: 'below', value: 16, unit: 'degrees', subject: 'the bedroom', quantity: 'temperature' });
    expect(readComparison('the attic humidity is above 65%')).toMatchObject({ operator: 'above', value: 65, unit: '%', subject: 'the attic humidity' });
    expect(readComparison('the water butt has less than 40 litres')).toMatchObject({ operator: 'below', value: 40, unit: 'litres' });
    expect(readComparison("it's warmer than 25 in the conservatory")).toMatchObject({ operator: 'above', value: 25, quantity: 'temperature' });
  });
  it('reads bounds and negated comparatives', () => {
    expect(readComparison('the nursery is at least 21 degrees')).toMatchObject({ operator: 'at_least', value: 21 });
    expect(readComparison('the garage is at most 4 degrees')).toMatchObject({ operator: 'at_most', value: 4 });
    expect(readComparison('the hall is no more than 15 degrees')).toMatchObject({ operator: 'at_most', value: 15 });
    expect(readComparison('the pantry is not below 10 degrees')).toMatchObject({ operator: 'at_least', value: 10 });
  });
  it('finds no comparison in a state condition', () => {
    expect(readComparison('the garage door is open')).toBeNull();
    expect(readComparison('the lights are on')).toBeNull();
  });
  it('tests a reading, and says nothing of a reading that is no number', () => {
    expect(comparisonHolds(17.5, 'below', 18)).toBe(true);
    expect(comparisonHolds(19, 'below', 18)).toBe(false);
    expect(comparisonHolds(18, 'at_least', 18)).toBe(true);
    expect(comparisonHolds('72', 'above', 70)).toBe(true);
    expect(comparisonHolds('420 L', 'below', 500)).toBe(true);
    expect(comparisonHolds('open', 'above', 70)).toBeUndefined();
  });
  it('asks the device for the quantity compared', () => {
    expect(readingQuestion(readComparison('the bedroom is colder than 16 degrees')!, 'Bedroom thermometer')).toBe('What is the temperature of the Bedroom thermometer?');
    expect(readingQuestion(readComparison('the attic humidity is over 65 percent')!, 'Attic sensor')).toBe('What is the attic humidity?');
    expect(readingQuestion(readComparison('the water butt has less than 40 litres')!, 'Water butt gauge')).toBe('What is the current value of the Water butt gauge?');
  });
});

describe('conditions with comparisons in the plan', () => {
  const bedroom = { id: 'bedroom', name: 'Bedroom', aliases: [], floor: { id: 'upper', name: 'First floor', aliases: [] } };
  const device = (id: string, type: string, name: string, nouns: string[], capabilities: Array<[string, 'action' | 'query']>): PlannerDevice => ({
    id, type, name, aliases: [], area: bedroom, nouns, online: true, state: {},
    capabilities: capabilities.map(([fn, kind]) => ({ function: fn, description: fn.replace(/_/g, ' '), kind, parameters: [], sensitive: false })),
  }) as unknown as PlannerDevice;
  const devices = [
    device('bedroom_thermometer', 'temperature_sensor', 'Bedroom thermometer', ['thermometer', 'temperature sensor'], [['get_temperature', 'query']]),
    device('bedroom_heater', 'switch', 'Bedroom heater', ['heater', 'switch'], [['turn_on', 'action'], ['turn_off', 'action']]),
  ];
  it('reads the thermometer and tests its reading before switching the heater', async () => {
    const result = await new BuiltinPlanner().plan('if the bedroom thermometer reads colder than 16 degrees, turn on the heater', devices, {});
    if (result.kind !== 'steps') throw new Error(`expected steps, got ${JSON.stringify(result)}`);
    expect(result.steps[0]).toMatchObject({ deviceId: 'bedroom_thermometer', text: 'What is the temperature of the Bedroom thermometer?' });
    expect(result.steps[1]).toMatchObject({ deviceId: 'bedroom_heater', condition: { stepId: result.steps[0]!.id, compare: { operator: 'below', value: 16, unit: 'degrees' } } });
  });
  it('ends a condition said without a comma at its number and unit', () => {
    expect(splitClauses('if the attic humidity is over 65 percent switch on the fan')).toEqual([
      { text: 'switch on the fan', sequential: false, condition: { text: 'the attic humidity is over 65 percent' } },
    ]);
  });
  it('takes "when ..., ..." as a condition', () => {
    const clauses = splitClauses('when the attic humidity is above 65%, start the fan');
    expect(clauses).toEqual([{ text: 'start the fan', sequential: false, condition: { text: 'the attic humidity is above 65%' } }]);
  });
});
