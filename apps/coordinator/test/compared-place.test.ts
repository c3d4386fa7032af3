import { describe, expect, it } from 'vitest';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import { measuredQuantity, placeMeasuringDevice } from '../src/planner/compared-place';
import type { PlannerDevice } from '../src/planner/planner';

const outdoors = { id: 'outdoors', name: 'Outdoors', aliases: [] };
const yard = { id: 'yard', name: 'Yard', aliases: [], floor: outdoors };
const porch = { id: 'porch', name: 'Porch', aliases: [], floor: outdoors };
const loft = { id: 'loft', name: 'Loft', aliases: [], floor: { id: 'top', name: 'Top floor', aliases: [] } };
const cellar = { id: 'cellar', name: 'Cellar', aliases: [], floor: null };

const device = (id: string, type: string, name: string, area: PlannerDevice['area'], nouns: string[], api: Array<[string, 'action' | 'query']>, state: Record<string, unknown> = {}): PlannerDevice => ({
  id,
  type,
  name,
  aliases: [],
  area,
  nouns,
  online: true,
  state,
  capabilities: api.map(([fn, kind]) => ({ function: fn, description: fn.replace(/_/g, ' '), kind, parameters: [], sensitive: false })),
});

const yardGauge = device('yard_gauge', 'temperature_sensor', 'Yard gauge', yard, ['gauge'], [['get_temperature', 'query'], ['get_battery', 'query']], { temperature: 4, battery: 90 });
const porchLamp = device('porch_lamp', 'light', 'Porch lamp', porch, ['lamp', 'light'], [['turn_on', 'action'], ['turn_off', 'action']], { on: false });
const porchPir = device('porch_pir', 'motion_sensor', 'Porch PIR', porch, ['motion sensor'], [['get_motion', 'query']], { motion: false });
const loftHygro = device('loft_hygro', 'humidity_sensor', 'Loft hygrometer', loft, ['hygrometer'], [['get_humidity', 'query']], { humidity: 71 });
const loftThermo = device('loft_thermo', 'temperature_sensor', 'Loft thermometer', loft, ['thermometer'], [['get_temperature', 'query']], { temperature: 27 });
const loftFan = device('loft_fan', 'fan', 'Loft fan', loft, ['fan'], [['turn_on', 'action'], ['turn_off', 'action']], { on: false });
const cellarMeter = device('cellar_meter', 'sensor', 'Cellar meter', cellar, ['meter'], [['get_value', 'query'], ['get_unit', 'query']], { value: 12, device_class: 'carbon_dioxide' });
const home = [yardGauge, porchLamp, porchPir, loftHygro, loftThermo, loftFan, cellarMeter];

describe('the quantity a measuring device reads, from its own description', () => {
  it('is the reading its type names, else its device class', () => {
    expect(measuredQuantity(yardGauge)).toBe('temperature');
    expect(measuredQuantity(loftHygro)).toBe('humidity');
    expect(measuredQuantity(cellarMeter)).toBe('carbon dioxide');
    expect(measuredQuantity(porchLamp)).toBeUndefined();
  });
});

describe('a comparison said of a place alone', () => {
  it('reads the one measuring device of the place that reports a number', () => {
    // The porch's motion sensor measures, but no number: the yard's gauge is the floor's one reading.
    expect(placeMeasuringDevice({ areas: [], floors: ['outdoors'], words: ['outdoors'] }, home, {})).toEqual({ device: yardGauge, quantity: 'temperature' });
    expect(placeMeasuringDevice({ areas: ['cellar'], floors: [], words: ['cellar'] }, home, {})).toEqual({ device: cellarMeter, quantity: 'carbon dioxide' });
  });

  it('leaves two readings of a place unread unless the comparison names the quantity', () => {
    expect(placeMeasuringDevice({ areas: ['loft'], floors: [], words: ['loft'] }, home, {})).toBeNull();
    expect(placeMeasuringDevice({ areas: ['loft'], floors: [], words: ['loft'] }, home, { quantity: 'temperature' })).toEqual({ device: loftThermo, quantity: 'temperature' });
    expect(placeMeasuringDevice({ areas: ['loft'], floors: [], words: ['loft'] }, home, { quantity: 'humidity' })).toEqual({ device: loftHygro, quantity: 'humidity' });
  });

  it('takes the reading named for the place where the place has several, and a floor where its area holds nothing', () => {
    const pool = device('pool_probe', 'temperature_sensor', 'Pool probe', yard, ['probe'], [['get_temperature', 'query']], { temperature: 26 });
    const outdoorsGauge = { ...yardGauge, id: 'outdoors_gauge', name: 'Outdoors gauge' };
    const withPool = [outdoorsGauge, pool, porchLamp];
    expect(placeMeasuringDevice({ areas: ['outdoors'], floors: ['outdoors'], words: ['outdoors'] }, withPool, {})?.device).toBe(outdoorsGauge);
    // Neither is named for the place: two readings, no guess.
    expect(placeMeasuringDevice({ areas: [], floors: ['outdoors'], words: ['outdoors'] }, [yardGauge, pool], {})).toBeNull();
  });

  it('finds nothing where the place has no such reading or no place is said', () => {
    expect(placeMeasuringDevice({ areas: ['porch'], floors: [], words: ['porch'] }, home, {})).toBeNull();
    expect(placeMeasuringDevice({ areas: ['cellar'], floors: [], words: ['cellar'] }, home, { quantity: 'temperature' })).toBeNull();
    expect(placeMeasuringDevice({ areas: [], floors: [], words: [] }, home, {})).toBeNull();
  });

  it('plans the reading and the test before the request', async () => {
    const planner = new BuiltinPlanner();
    const result = await planner.plan("if it's under 3 in the yard switch on the porch lamp", home, {});
    if (result.kind !== 'steps') throw new Error(`expected steps, got ${JSON.stringify(result)}`);
    expect(result.steps[0]).toMatchObject({ deviceId: 'yard_gauge', text: 'What is the temperature of the Yard gauge?' });
    expect(result.steps[1]).toMatchObject({ deviceId: 'porch_lamp', condition: { stepId: result.steps[0]!.id, compare: { operator: 'below', value: 3 } } });
  });

  it('reads the thermometer named for the place among the floor\'s thermometers', async () => {
    const pool = device('pool_probe', 'temperature_sensor', 'Pool probe', yard, ['probe', 'thermometer'], [['get_temperature', 'query']], { temperature: 26 });
    const outdoorsGauge = { ...yardGauge, id: 'outdoors_gauge', name: 'Outdoors thermometer', nouns: ['thermometer'] };
    const result = await new BuiltinPlanner().plan('if it is warmer than 20 degrees outdoors turn off the porch lamp', [pool, outdoorsGauge, porchLamp], {});
    if (result.kind !== 'steps') throw new Error(`expected steps, got ${JSON.stringify(result)}`);
    expect(result.steps[0]).toMatchObject({ deviceId: 'outdoors_gauge' });
    expect(result.steps[1]).toMatchObject({ deviceId: 'porch_lamp', condition: { compare: { operator: 'above', value: 20 } } });
  });

  it('does not guess between two readings of the place', async () => {
    const result = await new BuiltinPlanner().plan('if it goes over 25 in the loft start the fan', home, {});
    expect(result.kind === 'steps' && result.steps.some((step) => step.deviceId === 'loft_fan')).toBe(false);
  });
});
