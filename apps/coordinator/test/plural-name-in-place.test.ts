import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlanContext, PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A house of our own (none of the eval homes): an office with an "Office Lamp" and a "Desk Light", a
// garden office with its own "Office Lamp", a "Reading Lamp" in each, and a boat shed and a bike shed that each have a "Shed Light".
const { wordNet } = openWordNet();
const ground = { id: 'ground', name: 'Ground floor', aliases: [] };
const outside = { id: 'outside', name: 'Outside', aliases: [] };
const office = { id: 'office', name: 'Office', aliases: ['study'], floor: ground };
const gardenOffice = { id: 'garden_office', name: 'Garden Office', aliases: ['cabin'], floor: outside };
const boatShed = { id: 'boat_shed', name: 'Boat Shed', aliases: [], floor: outside };
const shed = { id: 'shed', name: 'Shed', aliases: ['bike shed'], floor: outside };

const LIGHT_NOUNS = ['light', 'lights', 'lamp', 'desk lamp'];
const lightApi: PlannerApi = [['turn_on', 'action', 'Turns the light on.', []], ['turn_off', 'action', 'Turns the light off.', []]];

function home(): PlannerDevice[] {
  return [
    plannerDevice('office_lamp', 'light', 'Office Lamp', office, LIGHT_NOUNS, lightApi),
    plannerDevice('desk_light', 'light', 'Desk Light', office, LIGHT_NOUNS, lightApi),
    plannerDevice('cabin_lamp', 'light', 'Office Lamp', gardenOffice, LIGHT_NOUNS, lightApi),
    plannerDevice('office_reading_lamp', 'light', 'Reading Lamp', office, LIGHT_NOUNS, lightApi),
    plannerDevice('cabin_reading_lamp', 'light', 'Reading Lamp', gardenOffice, LIGHT_NOUNS, lightApi),
    plannerDevice('boat_shed_light', 'light', 'Shed Light', boatShed, LIGHT_NOUNS, lightApi),
    plannerDevice('bike_shed_light', 'light', 'Shed Light', shed, LIGHT_NOUNS, lightApi),
  ];
}

const planner = new BuiltinPlanner({ wordNet });
async function targets(text: string, context: PlanContext = {}): Promise<string[] | string> {
  const made = await planner.plan(text, home(), context);
  return made.kind === 'steps' ? made.steps.map((step) => step.deviceId).sort() : `asks: ${made.question}`;
}

describe('planner: a plural name said of devices named alike in several places reads one way for all of them', () => {
  it.each(['switch on the office lights', 'office lights on please', 'turn the office lights off'])('"%s" means the lights of the office, not the other Office Lamp', async (text) => {
    expect(await targets(text)).toEqual(['desk_light', 'office_lamp', 'office_reading_lamp']);
  });

  it('says the same from inside the office, and of lamps only the lamp', async () => {
    expect(await targets('turn the office lights off', { fromAreaId: 'office' })).toEqual(['desk_light', 'office_lamp', 'office_reading_lamp']);
    expect(await targets('turn the office lamps off')).toEqual(['office_lamp', 'office_reading_lamp']);
  });

  it('reads "the shed lights" as the lights of the Shed, not also the Boat Shed\'s Shed Light', async () => {
    expect(await targets('turn off the shed lights')).toEqual(['bike_shed_light']);
  });

  it('still reads a plural name whose words name no place as every device of that name', async () => {
    expect(await targets('turn off the reading lamps')).toEqual(['cabin_reading_lamp', 'office_reading_lamp']);
  });
});
