import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A home of our own (not the cottage of the evals): a laundry, a conservatory and a pantry, each
// with a hygrometer, a thermometer and a lamp, so the area alone never says which device.
const { wordNet } = openWordNet();
const ground = { id: 'ground', name: 'Ground floor', aliases: [] };
const area = (id: string, name: string, aliases: string[] = []) => ({ id, name, aliases, floor: ground });
const laundry = area('laundry', 'Laundry', ['utility']);
const conservatory = area('conservatory', 'Conservatory', ['garden room']);
const pantry = area('pantry', 'Pantry');

const hygrometerApi: PlannerApi = [['get_humidity', 'query', 'Reads the relative humidity of the air.']];
const thermometerApi: PlannerApi = [['get_temperature', 'query', 'Reads the air temperature.']];
const lampApi: PlannerApi = [['turn_on', 'action', 'Turns the lamp on.'], ['turn_off', 'action', 'Turns the lamp off.'], ['get_state', 'query', 'Reports whether the lamp is on.']];


const HOME: PlannerDevice[] = [laundry, conservatory, pantry].flatMap((place) => [
  plannerDevice(`${place.id}_hygro`, 'humidity_sensor', `${place.name} hygrometer`, place, ['hygrometer', 'sensor'], hygrometerApi),
  plannerDevice(`${place.id}_thermo`, 'temperature_sensor', `${place.name} thermometer`, place, ['thermometer', 'sensor'], thermometerApi),
  plannerDevice(`${place.id}_lamp`, 'light', `${place.name} lamp`, place, ['lamp', 'light'], lampApi),
]);

async function targets(planner: BuiltinPlanner, text: string): Promise<string[] | string> {
  const plan = await planner.plan(text, HOME, {});
  return plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : `asks: ${plan.question}`;
}

describe.skipIf(!wordNet)('planner: the quantity an adjective asks about, by WordNet (#17 class 5)', () => {
  const planner = new BuiltinPlanner({ wordNet });

  it.each([
    ['how damp is the laundry?', ['laundry_hygro']],
    ['how humid is it in the conservatory', ['conservatory_hygro']],
    ['how muggy is the garden room?', ['conservatory_hygro']],
    ['how moist is the pantry', ['pantry_hygro']],
    ['how warm is the utility?', ['laundry_thermo']],
    ['how chilly is the pantry?', ['pantry_thermo']],
  ])('"%s" reads the device that measures it', async (text, expected) => {
    expect(await targets(planner, text)).toEqual(expected);
  });

  it('reads nothing into an adjective without WordNet: the same question does not reach the hygrometer', async () => {
    expect(await targets(new BuiltinPlanner(), 'how damp is the laundry?')).not.toEqual(['laundry_hygro']);
  });
});
