import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A house of our own: the lounge's "Bay Window Shutters", a "Shutter" in the study and the bedroom;
// "Patio Lights" (a string of them) beside a "Patio Light" on the wall; "Bunk Beds Lamp" in the den.
const { wordNet } = openWordNet();
const ground = { id: 'ground', name: 'Ground floor', aliases: [] };
const area = (id: string, name: string) => ({ id, name, aliases: [], floor: ground });
const lounge = area('lounge', 'Lounge');
const study = area('study', 'Study');
const bedroom = area('bedroom', 'Bedroom');
const patio = area('patio', 'Patio');
const coverApi: PlannerApi = [['open_cover', 'action', 'Opens the shutter.'], ['close_cover', 'action', 'Closes the shutter.']];
const lightApi: PlannerApi = [['turn_on', 'action', 'Turns the light on.'], ['turn_off', 'action', 'Turns the light off.']];

const HOME: PlannerDevice[] = [
  plannerDevice('bay', 'cover', 'Bay Window Shutters', lounge, ['shutter', 'cover'], coverApi),
  plannerDevice('study_shutter', 'cover', 'Shutter', study, ['shutter', 'cover'], coverApi),
  plannerDevice('bed_shutter', 'cover', 'Shutter', bedroom, ['shutter', 'cover'], coverApi),
  plannerDevice('string', 'light', 'Patio Lights', patio, ['light'], lightApi),
  plannerDevice('wall', 'light', 'Patio Light', patio, ['light'], lightApi),
];

async function targets(planner: BuiltinPlanner, text: string): Promise<string[] | string> {
  const plan = await planner.plan(text, HOME, {});
  return plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId).sort() : `asks: ${plan.question}`;
}

describe('planner: a name given in the plural is said in the singular (#17, class 2)', () => {
  const planner = new BuiltinPlanner(wordNet ? { wordNet } : {});

  it.each(['close the bay window shutter', 'bay window shutter open please', 'could you shut the bay window shutter'])('"%s" is the Bay Window Shutters, not a question over every Shutter', async (text) => {
    expect(await targets(planner, text)).toEqual(['bay']);
  });

  it('a name said as it is comes first: "patio light" is the Patio Light, not the Patio Lights', async () => {
    expect(await targets(planner, 'turn on the patio light')).toEqual(['wall']);
    expect(await targets(planner, 'turn on the patio lights')).toEqual(['string']);
  });
});
