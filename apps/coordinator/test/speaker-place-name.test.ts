import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlanContext, PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A house of our own (none of the eval homes): the kitchen's cooker hood has the alias "extractor";
// the utility room has a "Extractor Fan" of its own; the porch a "Heater" switch and the hall a fan.
const { wordNet } = openWordNet();
const ground = { id: 'ground', name: 'Ground floor', aliases: [] };
const kitchen = { id: 'kitchen', name: 'Kitchen', aliases: [], floor: ground };
const utility = { id: 'utility', name: 'Utility', aliases: [], floor: ground };
const hall = { id: 'hall', name: 'Hall', aliases: [], floor: ground };

const fanApi: PlannerApi = [['turn_on', 'action', 'Starts the fan.'], ['turn_off', 'action', 'Stops the fan.']];
const lightApi: PlannerApi = [['turn_on', 'action', 'Turns the light on.'], ['turn_off', 'action', 'Turns the light off.']];

function home(): PlannerDevice[] {
  return [
    plannerDevice('hood', 'fan', 'Cooker Hood', kitchen, ['fan'], fanApi, ['extractor', 'hood']),
    plannerDevice('utility_fan', 'fan', 'Extractor Fan', utility, ['fan'], fanApi),
    plannerDevice('utility_lamp', 'light', 'Hood Lamp', utility, ['light', 'lamp'], lightApi),
    plannerDevice('hall_fan', 'fan', 'Hall Fan', hall, ['fan'], fanApi),
  ];
}

const planner = new BuiltinPlanner({ wordNet });
async function targets(text: string, context: PlanContext = {}): Promise<string[] | string> {
  const made = await planner.plan(text, home(), context);
  return made.kind === 'steps' ? made.steps.map((step) => step.deviceId).sort() : `asks: ${made.question}`;
}

describe("planner: words that are another room's alias mean the device here whose own name holds them (speaker-place-name.ts)", () => {
  it.each(['turn the extractor on', 'extractor off please', 'switch on the extractor'])('"%s" said in the utility room is its Extractor Fan', async (text) => {
    expect(await targets(text, { fromAreaId: 'utility' })).toEqual(['utility_fan']);
  });

  it('keeps the alias where the person speaks from its room, from a room with no such device, or from nowhere', async () => {
    expect(await targets('turn the extractor on', { fromAreaId: 'kitchen' })).toEqual(['hood']);
    expect(await targets('turn the extractor on', { fromAreaId: 'hall' })).toEqual(['hood']);
    expect(await targets('turn the extractor on')).toEqual(['hood']);
  });

  it('never swaps in a device of another kind that shares the word', async () => {
    expect(await targets('turn the hood on', { fromAreaId: 'utility' })).toEqual(['hood']);
  });
});

// A cottage of our own: two guest rooms each with a "Radio", the snug's radio called "Wireless" (WordNet: a radio), the den's "Den Set" with the alias "our radio".
const upstairs = { id: 'upstairs', name: 'Upstairs', aliases: [] };
const radioApi: PlannerApi = [['turn_on', 'action', 'Turns the radio on.'], ['turn_off', 'action', 'Turns the radio off.']];
function cottage(): PlannerDevice[] {
  return [
    plannerDevice('blue_radio', 'media_player', 'Radio', { id: 'blue', name: 'Blue Room', aliases: [], floor: upstairs }, ['radio', 'speaker'], radioApi),
    plannerDevice('green_radio', 'media_player', 'Radio', { id: 'green', name: 'Green Room', aliases: [], floor: upstairs }, ['radio', 'speaker'], radioApi),
    plannerDevice('snug_radio', 'media_player', 'Wireless', { id: 'snug', name: 'Snug', aliases: [], floor: ground }, ['radio', 'speaker'], radioApi),
    plannerDevice('den_radio', 'media_player', 'Den Set', { id: 'den', name: 'Den', aliases: [], floor: ground }, ['radio', 'speaker'], radioApi, ['our radio']),
    plannerDevice('den_lamp', 'light', 'Radio Lamp', { id: 'den', name: 'Den', aliases: [], floor: ground }, ['light', 'lamp'], lightApi),
  ];
}
async function cottageTargets(text: string, context: PlanContext = {}): Promise<string[] | string> {
  const made = await planner.plan(text, cottage(), context);
  return made.kind === 'steps' ? made.steps.map((step) => step.deviceId).sort() : `asks: ${made.question}`;
}

describe('planner: a name two rooms share, said where a device of that kind is called otherwise (speaker-place-name.ts)', () => {
  it.each([
    ['turn on the radio', 'snug', 'snug_radio'],
    ['radio off please', 'snug', 'snug_radio'],
    ['switch the radio on', 'den', 'den_radio'],
  ])('"%s" said in the %s is its own', async (text, fromAreaId, device) => {
    expect(await cottageTargets(text, { fromAreaId })).toEqual([device]);
  });

  it('keeps the question where the person speaks from nowhere or from a room with no such device, and the room own where it is there', async () => {
    expect(await cottageTargets('turn on the radio')).toMatch(/^asks: /);
    expect(await cottageTargets('turn on the radio', { fromAreaId: 'blue' })).toEqual(['blue_radio']);
  });
});
