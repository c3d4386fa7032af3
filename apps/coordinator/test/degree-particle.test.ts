import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A house of our own (none of the eval homes): two radiator valves that take a position and an
// electric panel radiator on a plug, all called radiators.
const { wordNet } = openWordNet();
const ground = { id: 'ground', name: 'Ground floor', aliases: [] };
const study = { id: 'study', name: 'Study', aliases: [], floor: ground };
const nursery = { id: 'nursery', name: 'Nursery', aliases: [], floor: ground };
const porch = { id: 'porch', name: 'Porch', aliases: [], floor: ground };

const valveApi: PlannerApi = [
  ['open_valve', 'action', 'Opens the valve fully.', []],
  ['close_valve', 'action', 'Closes the valve.', []],
  ['set_valve_position', 'action', 'Opens the valve part of the way.', ['position']],
];
const plugApi: PlannerApi = [['turn_on', 'action', 'Switches the socket on.', []], ['turn_off', 'action', 'Switches the socket off.', []]];

function house(): PlannerDevice[] {
  return [
    plannerDevice('study_radiator', 'position_valve', 'Study Radiator', study, ['valve'], valveApi),
    plannerDevice('nursery_radiator', 'position_valve', 'Nursery Radiator', nursery, ['valve'], valveApi),
    plannerDevice('panel_heater', 'switch', 'Panel Heater', porch, ['switch', 'plug'], plugApi, ['panel radiator']),
  ].map((device) => ({ ...device, state: {} }));
}

const planner = new BuiltinPlanner({ wordNet });
async function outcome(text: string): Promise<string[] | 'asks'> {
  const plan = await planner.plan(text, house(), {});
  return plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : 'asks';
}

describe('planner: "turn X up / down" is a change of degree, not the switch its bare verb names (#17 class 3)', () => {
  it.each(['turn the radiator up', 'turn the radiator down', 'turn up the radiator', 'please turn the radiator down a bit'])('"%s" does not pick the plug that only switches', async (text) => {
    const found = await outcome(text);
    expect(found === 'asks' || !found.includes('panel_heater')).toBe(true);
  });

  it('"turn on the radiator" still means the one radiator that switches on', async () => {
    expect(await outcome('turn on the radiator')).toEqual(['panel_heater']);
  });

  it('"turn the study radiator up" still goes to the study radiator', async () => {
    expect(await outcome('turn the study radiator up')).toEqual(['study_radiator']);
  });
});
