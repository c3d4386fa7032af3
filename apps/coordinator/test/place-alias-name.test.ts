import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlanContext, PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// An allotment house of our own: the yard (aliases "orchard", "paddock") has an orchard drip line
// (a valve with a position), paddock troughs and a yard tap (plain valves).
const { wordNet } = openWordNet();
const outside = { id: 'outside', name: 'Outside', aliases: [] };
const yard = { id: 'yard', name: 'Yard', aliases: ['orchard', 'paddock'], floor: outside };
const valveApi: PlannerApi = [['open_valve', 'action', 'Opens the valve so water flows.'], ['close_valve', 'action', 'Closes the valve.']];

function allotment(): PlannerDevice[] {
  return [
    plannerDevice('orchard_drip', 'position_valve', 'Orchard Drip Line', yard, ['valve'], valveApi),
    plannerDevice('troughs', 'valve', 'Paddock Troughs', yard, ['valve'], valveApi, ['water troughs']),
    plannerDevice('yard_tap', 'valve', 'Yard Tap', yard, ['valve', 'tap'], valveApi),
  ];
}

const planner = new BuiltinPlanner({ wordNet });
async function targets(text: string, context: PlanContext = {}): Promise<string[] | string> {
  const made = await planner.plan(text, allotment(), context);
  return made.kind === 'steps' ? made.steps.map((step) => step.deviceId).sort() : `asks: ${made.question}`;
}

describe("planner: a place's alias said that one fitting device's name carries (place-name.ts namedByPlaceAlias)", () => {
  it.each([
    ['water the orchard', 'orchard_drip'],
    ['water the orchard now please', 'orchard_drip'],
    ['give the paddock a water', 'troughs'],
    ['water the paddock', 'troughs'],
  ])('"%s" goes to %s, not a question between the valves', async (text, device) => {
    expect(await targets(text)).toEqual([device]);
  });

  it("still asks where the place's own name is said, which every device there may carry", async () => {
    expect(await targets('water the yard')).toMatch(/^asks: /);
  });
});
