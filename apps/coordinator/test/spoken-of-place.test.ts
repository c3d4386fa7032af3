import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A place of our own: a pottery with a kiln room and a glazing room, each with a fan and a thermometer.
const { wordNet } = openWordNet();
const kilnRoom = { id: 'kiln_room', name: 'Kiln Room', aliases: [], floor: null };
const glazing = { id: 'glazing', name: 'Glazing Room', aliases: ['glaze room'], floor: null };
const fanApi: PlannerApi = [['turn_on', 'action', 'Starts the fan.'], ['turn_off', 'action', 'Stops the fan.']];
const thermometerApi: PlannerApi = [['get_temperature', 'query', 'The temperature it reads.']];
const devices: PlannerDevice[] = [
  plannerDevice('kiln_fan', 'fan', 'Extractor', kilnRoom, ['fan'], fanApi),
  plannerDevice('kiln_thermometer', 'temperature_sensor', 'Kiln Room Thermometer', kilnRoom, ['thermometer', 'sensor'], thermometerApi),
  plannerDevice('glazing_fan', 'fan', 'Ceiling Fan', glazing, ['fan'], fanApi),
  plannerDevice('glazing_thermometer', 'temperature_sensor', 'Glazing Thermometer', glazing, ['thermometer', 'sensor'], thermometerApi),
];
const planner = new BuiltinPlanner({ wordNet });

async function targets(text: string, lastDeviceIds: string[]): Promise<string[] | 'asks'> {
  const plan = await planner.plan(text, devices, { lastDeviceIds });
  return plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : 'asks';
}

describe.skipIf(!wordNet)('"in there": the place of the devices just spoken of', () => {
  it.each([
    ['put the fan on in there', ['glazing_thermometer'], ['glazing_fan']],
    ['switch the fan on in that room', ['kiln_thermometer'], ['kiln_fan']],
    ['turn on the fan in there please', ['glazing_fan'], ['glazing_fan']],
  ])('"%s" after a turn about %j', async (text, last, expected) => {
    expect(await targets(text, last)).toEqual(expected);
  });

  it('asks which where the devices just spoken of stand in several places', async () => {
    expect(await targets('put the fan on in there', ['kiln_thermometer', 'glazing_thermometer'])).toBe('asks');
  });

  it('reads an existential "there" as no place', async () => {
    expect(await targets('is there a fan on', ['glazing_thermometer'])).not.toEqual(['glazing_fan']);
  });
});
