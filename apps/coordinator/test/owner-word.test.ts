import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlanContext, PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A house of our own (none of the eval homes): twins' rooms fitted out alike, "Mia's Room" and
// "Leo's Room" (alias "leo's bedroom"), each with a "Reading Light" and a "Shutter", and a guest room
// with a "Reading Light" too.
const { wordNet } = openWordNet();
const upstairs = { id: 'upstairs', name: 'Upstairs', aliases: [] };
const mia = { id: 'mia_room', name: "Mia's Room", aliases: [], floor: upstairs };
const leo = { id: 'leo_room', name: "Leo's Room", aliases: ["leo's bedroom"], floor: upstairs };
const guest = { id: 'guest_room', name: 'Guest Room', aliases: ['spare room'], floor: upstairs };

const lightApi: PlannerApi = [['turn_on', 'action', 'Turns the light on.'], ['turn_off', 'action', 'Turns the light off.']];
const coverApi: PlannerApi = [['open_cover', 'action', 'Opens the shutter.'], ['close_cover', 'action', 'Closes the shutter.'], ['set_position', 'action', 'Moves the shutter to a position.']];

function home(): PlannerDevice[] {
  return [
    plannerDevice('mia_light', 'light', 'Reading Light', mia, ['light', 'lamp'], lightApi),
    plannerDevice('leo_light', 'light', 'Reading Light', leo, ['light', 'lamp'], lightApi),
    plannerDevice('guest_light', 'light', 'Reading Light', guest, ['light', 'lamp'], lightApi),
    plannerDevice('mia_shutter', 'cover', 'Shutter', mia, ['cover', 'shutter'], coverApi),
    plannerDevice('leo_shutter', 'cover', 'Shutter', leo, ['cover', 'shutter'], coverApi),
  ];
}

const planner = new BuiltinPlanner({ wordNet });
async function targets(text: string, context: PlanContext = {}): Promise<string[] | string> {
  const made = await planner.plan(text, home(), context);
  return made.kind === 'steps' ? made.steps.map((step) => step.deviceId).sort() : `asks: ${made.question}`;
}

describe("planner: an owner's possessive before a name several devices share is the owner's room (owner-word.ts)", () => {
  it.each([
    ["turn on mia's reading light", 'mia_light'],
    ["switch leo's reading light off", 'leo_light'],
    ["close leo's shutter", 'leo_shutter'],
    ["put mia's shutter halfway", 'mia_shutter'],
  ])('"%s" needs no question', async (text, id) => {
    expect(await targets(text)).toEqual([id]);
  });

  it("names the owner's room even when said from another room", async () => {
    expect(await targets("close mia's shutter", { fromAreaId: 'leo_room' })).toEqual(['mia_shutter']);
  });

  it('still asks where no owner is said, or the owner has no room of those devices', async () => {
    expect(await targets('turn on the reading light')).toMatch(/^asks: /);
    expect(await targets("turn on dad's reading light")).toMatch(/^asks: /);
  });
});
