import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A home of our own: a studio with a thermometer whose API reads "air temperature", a generic
// sensor called "Studio Air Monitor" (alias "air quality"), an "Air Purifier" plug and a "Kiln"
// plug; a porch with a thermometer only. No kind noun of the requests below names any of them.
const { wordNet } = openWordNet();
const ground = { id: 'ground', name: 'Ground floor', aliases: [] };
const studio = { id: 'studio', name: 'Studio', aliases: ['workroom'], floor: ground };
const porch = { id: 'porch', name: 'Porch', aliases: [], floor: ground };

const thermometerApi: PlannerApi = [['get_temperature', 'query', 'Reads the current air temperature.']];
const sensorApi: PlannerApi = [['get_value', 'query', 'Reads the current value the sensor measures.'], ['get_unit', 'query', 'Reads the unit the sensor reports its value in.']];
const plugApi: PlannerApi = [['turn_on', 'action', 'Switches the socket on.'], ['turn_off', 'action', 'Switches the socket off.'], ['is_on', 'query', 'Reports whether the socket is on.']];

const HOME: PlannerDevice[] = [
  plannerDevice('studio_thermo', 'temperature_sensor', 'Studio Thermometer', studio, ['thermometer', 'temperature sensor'], thermometerApi),
  { ...plannerDevice('studio_air', 'sensor', 'Studio Air Monitor', studio, ['sensor'], sensorApi, ['air quality']), state: { value: 900, unit: 'ppm', device_class: 'carbon_dioxide' } },
  plannerDevice('purifier', 'switch', 'Air Purifier', studio, ['switch', 'plug'], plugApi),
  plannerDevice('kiln', 'switch', 'Kiln', studio, ['switch', 'plug'], plugApi),
  plannerDevice('porch_thermo', 'temperature_sensor', 'Porch Thermometer', porch, ['thermometer', 'temperature sensor'], thermometerApi),
];

const planner = new BuiltinPlanner({ wordNet });
async function targets(text: string): Promise<string[] | string> {
  const plan = await planner.plan(text, HOME, {});
  if (plan.kind !== 'steps') return `asks: ${plan.question}`;
  return plan.steps.map((step) => step.deviceId);
}

describe('planner: a device of a named place called by a word of its own name (#17)', () => {
  it.each(['how stale is the air in the studio', 'How stuffy is the air in the workroom?', 'how fusty is the air in the studio?'])('"%s" asks the air monitor, not the thermometer whose API says "air"', async (text) => {
    expect(await targets(text)).toEqual(['studio_air']);
  });

  it.each([
    ['switch on the kiln in the studio', ['kiln']],
    ['how warm is it in the porch', ['porch_thermo']],
  ])('"%s" is read as before', async (text, expected) => {
    expect(await targets(text)).toEqual(expected);
  });
});
