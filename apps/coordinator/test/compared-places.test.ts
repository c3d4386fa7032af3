import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import { readPlacesComparison } from '../src/planner/compared-places';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A place of our own: a vicarage whose study and vestry each have a thermometer and a radiator; the
// porch has only a lamp.
const { wordNet } = openWordNet();
const place = (id: string, name: string, aliases: string[] = []) => ({ id, name, aliases, floor: null });
const study = place('study', 'Study', ["the vicar's study"]);
const vestry = place('vestry', 'Vestry');
const porch = place('porch', 'Porch');
const thermometerApi: PlannerApi = [['get_temperature', 'query', 'The temperature it reads.']];
const valveApi: PlannerApi = [['open_valve', 'action', 'Opens the valve.'], ['close_valve', 'action', 'Closes the valve.']];
const lampApi: PlannerApi = [['turn_on', 'action', 'Turns the lamp on.'], ['turn_off', 'action', 'Turns the lamp off.']];
const devices: PlannerDevice[] = [
  { ...plannerDevice('study_thermometer', 'temperature_sensor', 'Study Thermometer', study, ['thermometer', 'sensor'], thermometerApi), state: { temperature: 19.5 } },
  plannerDevice('study_radiator', 'valve', 'Study Radiator', study, ['valve'], valveApi),
  { ...plannerDevice('vestry_thermometer', 'temperature_sensor', 'Vestry Thermometer', vestry, ['thermometer', 'sensor'], thermometerApi), state: { temperature: 14 } },
  plannerDevice('vestry_radiator', 'valve', 'Vestry Radiator', vestry, ['valve'], valveApi),
  plannerDevice('porch_lamp', 'light', 'Porch Lamp', porch, ['lamp', 'light'], lampApi),
];
const planner = new BuiltinPlanner({ wordNet });

describe('readPlacesComparison: two places compared with no number', () => {
  it('reads the way, the quantity and both sides', () => {
    expect(readPlacesComparison('the study is warmer than the vestry')).toEqual({ operator: 'above', said: 'warmer than', quantity: 'temperature', subject: 'the study', other: 'the vestry' });
    expect(readPlacesComparison("the vestry gets colder than the vicar's study")).toMatchObject({ operator: 'below', subject: 'the vestry', other: "the vicar's study" });
  });

  it('reads no places comparison where a number is said or no quantity is named', () => {
    expect(readPlacesComparison('the study is warmer than 20 degrees')).toBeNull();
    expect(readPlacesComparison('the study is more than the vestry')).toBeNull();
    expect(readPlacesComparison('warmer than the vestry')).toBeNull();
  });
});

describe.skipIf(!wordNet)('planner: a request on a comparison of two places', () => {
  it('reads both places and runs the request on the first against the second', async () => {
    const plan = await planner.plan('if the study is warmer than the vestry close the study radiator', devices, {});
    expect(plan.kind).toBe('steps');
    if (plan.kind !== 'steps') return;
    const [first, second, request] = plan.steps;
    expect([first?.deviceId, second?.deviceId, request?.deviceId]).toEqual(['study_thermometer', 'vestry_thermometer', 'study_radiator']);
    expect(request?.after).toEqual([first!.id, second!.id]);
    expect(request?.condition).toMatchObject({ stepId: first!.id, compare: { operator: 'above', againstStepId: second!.id, against: 'the vestry' } });
  });

  it('leaves the request unrun where a place has nothing that reads the quantity', async () => {
    const plan = await planner.plan('if the porch is colder than the vestry, close the vestry radiator', devices, {});
    const conditional = plan.kind === 'steps' ? plan.steps.filter((step) => step.deviceId === 'vestry_radiator' && !step.condition) : [];
    expect(conditional).toEqual([]);
  });
});
