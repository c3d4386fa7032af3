import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A place of our own: a mill house whose boiler heats the house from the hall, and a studio flat
// over the old granary with its own heating; two heaters stand on the granary's upper floor.
const { wordNet } = openWordNet();
const house: { id: string; name: string; aliases: string[] } = { id: 'house', name: 'Mill House', aliases: [] };
const granary = { id: 'granary', name: 'Granary', aliases: ['the flat'] };
const area = (id: string, name: string, floor: typeof house) => ({ id, name, aliases: [], floor });
const parlour = area('parlour', 'Parlour', house);
const hall = area('hall', 'Hall', house);
const studio = area('studio', 'Studio', granary);
const kitchenette = area('kitchenette', 'Kitchenette', granary);
const loft = area('loft', 'Hayloft', granary);

const thermometerApi: PlannerApi = [['get_temperature', 'query', 'The temperature it reads.']];
const climateApi: PlannerApi = [
  ['set_temperature', 'action', 'Sets the target temperature.', ['temperature']],
  ['get_current_temperature', 'query', 'The room temperature.'],
];
const plugApi: PlannerApi = [['turn_on', 'action', 'Supplies power.'], ['turn_off', 'action', 'Cuts power.']];

function millHouse(): PlannerDevice[] {
  return [
    { ...plannerDevice('parlour_thermometer', 'temperature_sensor', 'Parlour Thermometer', parlour, ['thermometer', 'sensor'], thermometerApi), state: { temperature: 16 } },
    { ...plannerDevice('house_heating', 'climate', 'House Heating', hall, ['thermostat'], climateApi), state: { target_temperature: 19 } },
    { ...plannerDevice('studio_thermometer', 'temperature_sensor', 'Studio Thermometer', studio, ['thermometer', 'sensor'], thermometerApi), state: { temperature: 15 } },
    { ...plannerDevice('flat_heating', 'climate', 'Flat Heating', kitchenette, ['thermostat'], climateApi), state: { target_temperature: 18 } },
    { ...plannerDevice('loft_heater', 'switch', 'Loft Heater', loft, ['switch'], plugApi), state: { on: false } },
    { ...plannerDevice('kitchen_heater', 'switch', 'Kitchenette Heater', kitchenette, ['switch'], plugApi), state: { on: false } },
  ];
}

const planner = new BuiltinPlanner({ wordNet });
/** The device of the conditional step, or "asks". */
async function conditional(text: string): Promise<string[] | 'asks'> {
  const plan = await planner.plan(text, millHouse(), {});
  if (plan.kind !== 'steps') return 'asks';
  return plan.steps.filter((step) => step.condition).map((step) => step.deviceId);
}

describe('a request after a condition: the device of its name on the condition place\'s floor', () => {
  it.each([
    ['if the parlour is colder than 18 degrees put the heating up to 21', ['house_heating']],
    ['when the studio is below 17 degrees turn the heating up to 20', ['flat_heating']],
  ])('"%s" goes to the heating of the floor the condition reads', async (text, expected) => {
    expect(await conditional(text)).toEqual(expected);
  });

  it('asks which where two devices of that name stand on the floor', async () => {
    expect(await conditional('if the studio is colder than 16 degrees turn on the heater')).toBe('asks');
  });
});
