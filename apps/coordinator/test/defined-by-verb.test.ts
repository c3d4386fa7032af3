import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A place of our own: a village library whose reading room has a lamp of warm or cool white, a plain
// plug-in heater and a fan, and whose study has two lights.
const { wordNet } = openWordNet();
const floor = { id: 'ground', name: 'Ground', aliases: [] };
const readingRoom = { id: 'reading_room', name: 'Reading Room', aliases: ["sue's room"], floor };
const study = { id: 'study', name: 'Study', aliases: [], floor };
const lampApi: PlannerApi = [
  ['turn_on', 'action', 'Turns the lamp on.'],
  ['turn_off', 'action', 'Turns the lamp off.'],
  ['set_color_temperature', 'action', 'Sets the white from warm (low) to cool (high).', ['kelvin']],
];
const plugApi: PlannerApi = [['turn_on', 'action', 'Supplies power.'], ['turn_off', 'action', 'Cuts power.']];
const fanApi: PlannerApi = [['turn_on', 'action', 'Starts the fan.'], ['turn_off', 'action', 'Stops the fan.'], ['set_speed', 'action', 'Sets the fan speed.', ['speed']]];

function library(): PlannerDevice[] {
  return [
    { ...plannerDevice('reading_lamp', 'light', 'Reading Lamp', readingRoom, ['light', 'lamp'], lampApi), state: { on: false } },
    { ...plannerDevice('oil_heater', 'switch', 'Oil Heater', readingRoom, ['switch', 'plug'], plugApi), state: { on: false } },
    { ...plannerDevice('desk_fan', 'fan', 'Desk Fan', readingRoom, ['fan'], fanApi), state: { on: false } },
    { ...plannerDevice('study_lamp', 'light', 'Study Lamp', study, ['light', 'lamp'], lampApi), state: { on: false } },
    { ...plannerDevice('study_light', 'light', 'Study Light', study, ['light', 'lamp'], lampApi), state: { on: false } },
  ];
}
const planner = new BuiltinPlanner({ wordNet });
async function targets(text: string): Promise<string[] | string> {
  const plan = await planner.plan(text, library(), {});
  if (plan.kind !== 'steps') return 'asks';
  return plan.steps.map((step) => step.deviceId).sort();
}

describe.skipIf(!wordNet)('planner: the device of a place the dictionary defines by the verb', () => {
  it.each([
    ['warm up the reading room', ['oil_heater']],
    ["warm up sue's room", ['oil_heater']],
    ['heat the reading room', ['oil_heater']],
  ])('"%s" goes to the heater, not the lamp whose white can be warm', async (text, expected) => {
    expect(await targets(text)).toEqual(expected);
  });

  it.each([
    ['light up the study', ['study_lamp', 'study_light']],
    ['illuminate the study', 'not only the lamp'],
    ['set the reading room to 2700', 'not only the heater'],
    ['change the reading room to the lowest brightness', 'not only the heater'],
    ['change the reading room colour to red', 'not only the heater'],
  ])('"%s" keeps what the API words chose', async (text, expected) => {
    const got = await targets(text);
    if (expected === 'not only the heater') expect(got).not.toEqual(['oil_heater']);
    else if (expected === 'not only the lamp') expect(got).not.toEqual(['study_lamp']);
    else expect(got).toEqual(expected);
  });
});
