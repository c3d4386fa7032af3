import { describe, expect, it } from 'vitest';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import { withoutPossessive } from '../src/planner/text';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A scout hut of our own: the cubs' room and the beavers' room each with "Lights" and a "Heater", named alike.
const floor = { id: 'ground', name: 'Ground floor', aliases: [] };
const cubs = { id: 'cubs_room', name: 'Cubs Room', aliases: ['cubs'], floor };
const beavers = { id: 'beavers_room', name: 'Beavers Room', aliases: ['beavers'], floor };

const api: PlannerApi = [['turn_on', 'action', 'Switches it on.'], ['turn_off', 'action', 'Switches it off.']];
const HUT: PlannerDevice[] = [
  plannerDevice('cubs_lights', 'light', 'Lights', cubs, ['light', 'lights'], api),
  plannerDevice('beavers_lights', 'light', 'Lights', beavers, ['light', 'lights'], api),
  plannerDevice('cubs_heater', 'switch', 'Heater', cubs, ['switch', 'heater'], api),
  plannerDevice('beavers_heater', 'switch', 'Heater', beavers, ['switch', 'heater'], api),
];

const planner = new BuiltinPlanner();
async function targets(text: string): Promise<string[] | 'asked'> {
  const made = await planner.plan(text, HUT, {});
  return made.kind === 'clarify' ? 'asked' : made.steps.map((step) => step.deviceId).sort();
}

describe("planner: a plural's possessive (\"the cubs' lights\") names its place", () => {
  it.each([
    ["turn on the cubs' lights", ['cubs_lights']],
    ["switch the beavers' heater off", ['beavers_heater']],
    ["put the beavers' lights on please", ['beavers_lights']],
    ["turn on the cubs's heater", ['cubs_heater']],
  ])('"%s"', async (text, expected) => {
    expect(await targets(text)).toEqual(expected);
  });

  it('strips the apostrophe alone as it strips "\'s"', () => {
    expect([withoutPossessive("cubs'"), withoutPossessive("jonas's"), withoutPossessive('cubs')]).toEqual(['cubs', 'jonas', 'cubs']);
  });
});
