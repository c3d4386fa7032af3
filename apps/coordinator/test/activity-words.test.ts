import { describe, expect, it } from 'vitest';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import { kindOfActivity } from '../src/planner/gerunds';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A home of our own: one floor robot, one lawn mower, lights; the kinds' nouns are the home's words.
const ground = { id: 'ground', name: 'Ground', aliases: [] };
const yard = { id: 'yard', name: 'Yard', aliases: [], floor: ground };
const hall = { id: 'hall', name: 'Hall', aliases: [], floor: ground };
const robotApi: PlannerApi = [['start_cleaning', 'action', 'Starts a cleaning run.'], ['return_home', 'action', 'Drives back to the dock.']];
const mowerApi: PlannerApi = [['start_mowing', 'action', 'Starts mowing the lawn.'], ['park', 'action', 'Parks the mower.']];
const lightApi: PlannerApi = [['turn_on', 'action', 'Turns the light on.'], ['turn_off', 'action', 'Turns the light off.']];


const HOME: PlannerDevice[] = [
  plannerDevice('robbie', 'vacuum', 'Robbie', hall, ['vacuum', 'robot'], robotApi),
  plannerDevice('cutter', 'lawn_mower', 'Cutter', yard, ['mower', 'lawn mower', 'mow'], mowerApi),
  plannerDevice('hall_light', 'light', 'Hall light', hall, ['light', 'lamp'], lightApi),
  plannerDevice('yard_light', 'light', 'Yard light', yard, ['light', 'lamp'], lightApi),
];

async function targets(text: string): Promise<string[] | string> {
  const plan = await new BuiltinPlanner().plan(text, HOME, {});
  return plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : `asks: ${plan.question}`;
}

describe('planner: an activity word names the kind whose noun is its base (#17 class 7)', () => {
  it('reads the -ing form back to a kind noun of the home, and nothing else', () => {
    const nouns = new Map([['vacuum', 1], ['mow', 1], ['light', 1]]);
    expect(kindOfActivity('vacuuming', nouns)).toBe('vacuum');
    expect(kindOfActivity('mowing', nouns)).toBe('mow');
    expect(kindOfActivity('lighting', nouns)).toBe('light');
    expect(kindOfActivity('ceiling', nouns)).toBeUndefined();
    expect(kindOfActivity('running', nouns)).toBeUndefined();
    expect(kindOfActivity('ing', nouns)).toBeUndefined();
  });

  it.each([
    ['start vacuuming', ['robbie']],
    ['could you start vacuuming please', ['robbie']],
    ['start mowing', ['cutter']],
  ])('"%s" needs no question with one device of the kind', async (text, expected) => {
    expect(await targets(text)).toEqual(expected);
  });
});
