import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import { misspeltModifierDevices } from '../src/planner/unknown-modifier';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A chapel hall of our own: a vestry, a nave and a porch, each with its lights; a fan in the vestry.
const { wordNet } = openWordNet();
const floor = { id: 'ground', name: 'Ground floor', aliases: [] };
const area = (id: string, name: string) => ({ id, name, aliases: [], floor });
const vestry = area('vestry', 'Vestry');
const nave = area('nave', 'Nave');
const porch = area('porch', 'Porch');

const lightApi: PlannerApi = [['turn_on', 'action', 'Turns the light on.'], ['turn_off', 'action', 'Turns the light off.']];
const fanApi: PlannerApi = [['turn_on', 'action', 'Starts the fan.'], ['turn_off', 'action', 'Stops the fan.']];
const LIGHT_NOUNS = ['light', 'lights', 'lamp'];

function chapel(): PlannerDevice[] {
  return [
    plannerDevice('vestry_lights', 'light', 'Vestry Lights', vestry, LIGHT_NOUNS, lightApi),
    plannerDevice('nave_lights', 'light', 'Nave Lights', nave, LIGHT_NOUNS, lightApi),
    plannerDevice('porch_lamp', 'light', 'Porch Lamp', porch, LIGHT_NOUNS, lightApi),
    plannerDevice('candle_lamps', 'light', 'Candle Lamps', nave, LIGHT_NOUNS, lightApi),
    plannerDevice('side_aisle', 'light', 'Side Aisle Lights', nave, LIGHT_NOUNS, lightApi),
    plannerDevice('vestry_fan', 'fan', 'Vestry Fan', vestry, ['fan'], fanApi),
  ].map((device) => ({ ...device, state: { on: false } }));
}

const planner = new BuiltinPlanner({ wordNet });
async function targets(text: string): Promise<string[] | 'asked'> {
  const made = await planner.plan(text, chapel(), {});
  if (made.kind === 'clarify') return 'asked';
  return made.steps.map((step) => step.deviceId).sort();
}

describe.skipIf(!wordNet)('planner: a word before a kind noun that nobody knows never widens to every device of the kind', () => {
  it.each(['turn on the zorp lights', 'switch the gloob lights on', 'put the blorf lamps on please'])('"%s" reaches no light', async (text) => {
    const reached = await targets(text);
    expect(reached === 'asked' || reached.length === 0).toBe(true);
  });

  it.each([
    ['turn on the vestry lights', ['vestry_lights']],
    ['turn on the candle lamps', ['candle_lamps']],
    ['switch the vestri lights on', ['vestry_lights']],
    ['turn off the nav lights', ['nave_lights']],
    ['please can you light the porch lamp', ['porch_lamp']],
    ['turn the sideaisle lights on', ['side_aisle']],
    ['switch the sideaisle lamps off', ['side_aisle']],
    ['put the porh lamp on', ['porch_lamp']],
    ['turn on their candle lamps', ['candle_lamps']],
    ['switch off those vestry lights', ['vestry_lights']],
    ['turn on the big lights', ['candle_lamps', 'nave_lights', 'porch_lamp', 'side_aisle', 'vestry_lights']],
    ['switch on all the lights', ['candle_lamps', 'nave_lights', 'porch_lamp', 'side_aisle', 'vestry_lights']],
  ])('"%s" still reaches what its known words say', async (text, expected) => {
    expect(await targets(text)).toEqual(expected);
  });

  it('reads a slip as the one word of the kind\'s names it is near, and as none where two are', () => {
    const lights = chapel().filter((device) => device.type === 'light');
    expect(misspeltModifierDevices('nav', lights).map((device) => device.id)).toEqual(['nave_lights']);
    const halo = { ...lights[0]!, id: 'halo_lights', name: 'Halo Lights' };
    const hall = { ...lights[0]!, id: 'hall_lights', name: 'Hall Lights' };
    expect(misspeltModifierDevices('hal', [hall, ...lights]).map((device) => device.id)).toEqual(['hall_lights']);
    expect(misspeltModifierDevices('hal', [hall, halo])).toEqual([]);
  });
});
