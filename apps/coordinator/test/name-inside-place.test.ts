import { describe, expect, it } from 'vitest';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A small house of our own: a boiler room whose heating is called "Boiler", a garden room with its
// own lights, and a yard whose tap valve is called "Garden".
const floor = { id: 'ground', name: 'Ground floor', aliases: [] };
const area = (id: string, name: string) => ({ id, name, aliases: [], floor });
const boilerRoom = area('boiler_room', 'Boiler Room');
const gardenRoom = area('garden_room', 'Garden Room');
const yard = area('yard', 'Yard');

const heatingApi: PlannerApi = [['turn_on', 'action', 'Turns the heating on.'], ['turn_off', 'action', 'Turns the heating off.'], ['set_temperature', 'action', 'Sets the target temperature.', ['temperature']], ['get_current_temperature', 'query', 'Temperature measured in the room.']];
const leakApi: PlannerApi = [['is_on', 'query', 'Whether a water leak is detected: wet or dry.']];
const lightApi: PlannerApi = [['turn_on', 'action', 'Turns the light on.'], ['turn_off', 'action', 'Turns the light off.']];
const valveApi: PlannerApi = [['open_valve', 'action', 'Opens the water valve.'], ['close_valve', 'action', 'Closes the water valve.']];

const HOUSE: PlannerDevice[] = [
  { ...plannerDevice('heating', 'climate', 'Heating', boilerRoom, ['thermostat', 'heating'], heatingApi), aliases: ['boiler'] },
  plannerDevice('leak', 'binary_sensor', 'Leak Sensor', boilerRoom, ['sensor', 'leak sensor'], leakApi),
  plannerDevice('garden_room_lights', 'light', 'Ceiling Lights', gardenRoom, ['light', 'lights'], lightApi),
  plannerDevice('garden_tap', 'valve', 'Garden', yard, ['valve', 'tap'], valveApi),
];

const planner = new BuiltinPlanner();
async function targets(text: string): Promise<string[] | 'asked'> {
  const made = await planner.plan(text, HOUSE, {});
  return made.kind === 'clarify' ? 'asked' : made.steps.map((step) => step.deviceId).sort();
}

describe('planner: a device name said inside a longer place name is a word of the place', () => {
  it.each(['is there a leak in the boiler room', 'any leak in the boiler room?', 'is it wet in the boiler room'])('"%s" asks the leak sensor, not the heating called "boiler"', async (text) => {
    expect(await targets(text)).toEqual(['leak']);
  });

  it.each(['turn on the lights in the garden room', 'switch the garden room lights on'])('"%s" reaches the garden room lights, not the tap called "Garden"', async (text) => {
    expect(await targets(text)).toEqual(['garden_room_lights']);
  });

  it.each([['turn the boiler up to 21', ['heating']], ['open the garden', ['garden_tap']]])('the name said alone is still the device: "%s"', async (text, expected) => {
    expect(await targets(text)).toEqual(expected);
  });
});
