import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A home of our own: a narrowboat whose chores list names things the boat also has as devices.
const { wordNet } = openWordNet();
const floor = { id: 'deck', name: 'Deck', aliases: [] };
const cabin = { id: 'cabin', name: 'Cabin', aliases: [] };
const galley = { id: 'galley', name: 'Galley', aliases: [] };
const at = (area: typeof cabin) => ({ ...area, floor });
const listApi: PlannerApi = [['add_item', 'action', 'Adds an item to the list.', ['item']], ['complete_item', 'action', 'Ticks an item off the list.', ['item']]];
const heaterApi: PlannerApi = [['turn_on', 'action', 'Switches the radiator on.'], ['turn_off', 'action', 'Switches the radiator off.']];
const lightApi: PlannerApi = [['turn_on', 'action', 'Turns the light on.'], ['turn_off', 'action', 'Turns the light off.']];
const pumpApi: PlannerApi = [['turn_on', 'action', 'Starts the pump.'], ['turn_off', 'action', 'Stops the pump.']];

function narrowboat(): PlannerDevice[] {
  return [
    { ...plannerDevice('chores', 'todo_list', 'Boat jobs', at(cabin), ['list', 'jobs'], listApi), state: { items: ['bleed the radiators', 'service the bilge pump', 'paint the tiller'] } },
    { ...plannerDevice('shopping', 'todo_list', 'Shopping list', at(galley), ['list', 'shopping list'], listApi), state: { items: ['light bulbs', 'matches'] } },
    { ...plannerDevice('cabin_radiator', 'climate', 'Cabin Radiator', at(cabin), ['radiator', 'heater'], heaterApi), state: { on: true } },
    { ...plannerDevice('bilge_pump', 'switch', 'Bilge Pump', at(cabin), ['pump', 'switch'], pumpApi, ['drain']), state: { on: false } },
    { ...plannerDevice('galley_light', 'light', 'Galley Light', at(galley), ['light', 'lamp', 'bulb'], lightApi), state: { on: true } },
    { ...plannerDevice('cabin_light', 'light', 'Cabin Light', at(cabin), ['light', 'lamp', 'bulb'], lightApi), state: { on: true } },
  ];
}
const planner = new BuiltinPlanner({ wordNet });
async function targets(text: string): Promise<string[] | string> {
  const plan = await planner.plan(text, narrowboat(), {});
  if (plan.kind !== 'steps') return 'asks';
  return plan.steps.map((step) => step.deviceId).sort();
}

describe.skipIf(!wordNet)('planner: a kind noun inside a listed verb-phrase item belongs to the item', () => {
  it.each([
    ['mark bleed the radiators as done', ['chores']],
    ['please tick off bleed the radiators', ['chores']],
    ['mark service the bilge pump as finished', ['chores']],
  ])('"%s" goes to the list that has the item', async (text, expected) => {
    expect(await targets(text)).toEqual(expected);
  });

  it.each([
    ['turn off the radiators', ['cabin_radiator']],
    ['start the bilge pump', ['bilge_pump']],
    ['turn off the light bulbs', ['cabin_light', 'galley_light']],
  ])('"%s" still reaches the devices: the item is not said inside it, or is no verb phrase', async (text, expected) => {
    expect(await targets(text)).toEqual(expected);
  });
});

describe.skipIf(!wordNet)('planner: a device noun used as the verb of a listed item', () => {
  async function stepsOf(text: string): Promise<Array<[string, string]> | string> {
    const plan = await planner.plan(text, narrowboat(), {});
    if (plan.kind !== 'steps') return 'asks';
    return plan.steps.map((step) => [step.deviceId, step.text] as [string, string]);
  }

  it.each([
    ['add light the stove and paint the tiller to the boat jobs', 'light the stove'],
    ['add pump the bilge and wash the deck to the boat jobs', 'pump the bilge'],
    ['please add light the fire and sweep the deck to the boat jobs', 'light the fire'],
    ['add drain the water tank and oil the hinges to the boat jobs', 'drain the water tank'],
  ])('"%s" adds both items to the list and starts no device', async (text, item) => {
    const steps = await stepsOf(text);
    expect(steps).toEqual([["chores", expect.any(String)], ["chores", expect.any(String)]]);
    expect(Array.isArray(steps) && steps[0]![1].toLowerCase()).toContain(item);
  });

  it('still starts the pump when the pump is the object: "start the pump and add paint the tiller to the boat jobs"', async () => {
    const steps = await stepsOf('start the pump and add paint the tiller to the boat jobs');
    expect(Array.isArray(steps) && steps.map(([device]) => device)).toEqual(['bilge_pump', 'chores']);
  });
});

describe.skipIf(!wordNet)('planner: a listed chore said as a command asks for the chore, not for the list', () => {
  it.each(['paint the tiller', 'please paint the tiller'])('"%s" reaches no list', async (text) => {
    const got = await targets(text);
    expect(Array.isArray(got) ? got : []).not.toContain('chores');
  });

  it.each([
    ['mark paint the tiller as done', ['chores']],
    ['tick off paint the tiller', ['chores']],
    ['add paint the tiller to the boat jobs', ['chores']],
  ])('"%s" still goes to the list that has the item', async (text, expected) => {
    expect(await targets(text)).toEqual(expected);
  });
});
