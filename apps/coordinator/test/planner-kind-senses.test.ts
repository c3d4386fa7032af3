import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A home of our own: a mill house whose cooking things and room heaters are all smart plugs, so only
// their names say what they are. WordNet files "stove" first as a kitchen appliance and only second
// as a heater; "radiator" and "convector" are heaters in their commonest made-thing sense.
const { wordNet } = openWordNet();
const floor = { id: 'ground', name: 'Ground floor', aliases: [] };
const area = (id: string, name: string) => ({ id, name, aliases: [], floor });
const kitchen = area('kitchen', 'Kitchen');
const parlour = area('parlour', 'Parlour');
const study = area('study', 'Study');

const plugApi: PlannerApi = [['turn_on', 'action', 'Switches the socket on.'], ['turn_off', 'action', 'Switches the socket off.']];
const climateApi: PlannerApi = [['set_temperature', 'action', 'Sets the target temperature.', ['temperature']], ['set_mode', 'action', 'Sets the mode (heat, cool, off).', ['mode']]];
const SWITCH_NOUNS = ['switch', 'plug', 'smart plug', 'socket'];

function millHouse(): PlannerDevice[] {
  return [
    plannerDevice('range_stove', 'switch', 'Kitchen stove', kitchen, SWITCH_NOUNS, plugApi),
    plannerDevice('oven', 'switch', 'Oven', kitchen, SWITCH_NOUNS, plugApi),
    plannerDevice('kettle', 'switch', 'Kettle', kitchen, SWITCH_NOUNS, plugApi),
    plannerDevice('hob', 'switch', 'Hob', kitchen, SWITCH_NOUNS, plugApi),
    plannerDevice('hot_plate', 'switch', 'Hot plate', kitchen, SWITCH_NOUNS, plugApi),
    plannerDevice('toaster', 'switch', 'Toaster', kitchen, SWITCH_NOUNS, plugApi),
    plannerDevice('study_radiator', 'switch', 'Study radiator', study, SWITCH_NOUNS, plugApi),
    plannerDevice('parlour_convector', 'switch', 'Convector', parlour, SWITCH_NOUNS, plugApi),
    plannerDevice('thermostat', 'climate', 'Hall thermostat', parlour, ['thermostat', 'heating', 'heater'], climateApi),
  ].map((device) => ({ ...device, state: { on: true } }));
}

const planner = new BuiltinPlanner({ wordNet });
async function targets(text: string): Promise<string[] | string> {
  const made = await planner.plan(text, millHouse(), {});
  return made.kind === 'steps' ? made.steps.map((step) => step.deviceId).sort() : `asks: ${made.question}`;
}

describe.skipIf(!wordNet)('planner: a device name is read in its commonest made-thing sense', () => {
  it.each(['turn off all the heaters', 'switch every heater off', 'heaters off please', 'turn the heaters on', 'put all the heaters on'])(
    '"%s" reaches the radiator and the convector, never a stove, oven, hob, hot plate, kettle or toaster',
    async (text) => {
      expect(await targets(text)).toEqual(['parlour_convector', 'study_radiator']);
    },
  );

  it.each(['switch the heating off everywhere', 'turn the heating off', 'turn off the heating'])('"%s" reaches no cooking appliance', async (text) => {
    const reached = await targets(text);
    for (const cooking of ['range_stove', 'oven', 'kettle', 'hob', 'hot_plate', 'toaster']) expect(reached).not.toContain(cooking);
  });

  it('still reaches a stove by its own name', async () => {
    expect(await targets('turn off the stove')).toEqual(['range_stove']);
    expect(await targets('switch the kitchen stove on')).toEqual(['range_stove']);
  });

  it.skipIf(!wordNet)('reads the first made-thing sense of a noun whose commonest sense is no made thing', () => {
    // A radiator is first "any object that radiates energy"; its first made-thing sense is the heater.
    expect(wordNet!.nounAncestors('radiator', 'made').get('heater')).toBe(1);
    expect(wordNet!.nounAncestors('stove', 'made').has('heater')).toBe(false);
    expect(wordNet!.nounAncestors('stove').get('heater')).toBe(1);
  });
});
