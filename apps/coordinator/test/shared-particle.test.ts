import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A house of our own (none of the eval homes): a den with a space heater, a floor lamp, a radio and
// a ceiling fan, a porch with a lantern.
const { wordNet } = openWordNet();
const ground = { id: 'ground', name: 'Ground floor', aliases: [] };
const den = { id: 'den', name: 'Den', aliases: [], floor: ground };
const porch = { id: 'porch', name: 'Porch', aliases: [], floor: ground };

const switchApi: PlannerApi = [['turn_on', 'action', 'Switches the socket on.', []], ['turn_off', 'action', 'Switches the socket off.', []]];
const lightApi: PlannerApi = [['turn_on', 'action', 'Turns the light on.', []], ['turn_off', 'action', 'Turns the light off.', []], ['set_brightness', 'action', 'Sets the brightness.', ['brightness']]];
const radioApi: PlannerApi = [['turn_on', 'action', 'Turns the radio on.', []], ['turn_off', 'action', 'Turns the radio off.', []], ['volume_up', 'action', 'Makes it louder.', []], ['volume_down', 'action', 'Makes it quieter.', []]];

function house(): PlannerDevice[] {
  return [
    plannerDevice('space_heater', 'switch', 'Space Heater', den, ['switch', 'plug'], switchApi),
    plannerDevice('floor_lamp', 'light', 'Floor Lamp', den, ['light', 'lamp'], lightApi),
    plannerDevice('den_radio', 'media_player', 'Den Radio', den, ['radio', 'speaker'], radioApi),
    plannerDevice('porch_lantern', 'light', 'Lantern', porch, ['light', 'lamp'], lightApi),
  ].map((device) => ({ ...device, state: {} }));
}

const planner = new BuiltinPlanner({ wordNet });
async function subtasks(text: string): Promise<Array<[string, string]> | string> {
  const plan = await planner.plan(text, house(), {});
  if (plan.kind !== 'steps') return `asks: ${plan.question}`;
  return plan.steps.map((step) => [step.deviceId, step.text]);
}

describe('planner: a particle said once after two objects is both verbs\' (#17 compound)', () => {
  it.each([
    ['turn the space heater and the floor lamp off', 'space_heater', /\boff\b/],
    ['switch the den radio and the lantern on', 'den_radio', /\bon\b/],
    ['turn the floor lamp and the radio down', 'floor_lamp', /\bdown\b/],
    ['please switch the lantern and the space heater off', 'porch_lantern', /\boff\b/],
    ["turn the space heater and mum's floor lamp off", 'space_heater', /\boff\b/],
  ])('"%s": the first device gets the particle too', async (text, first, particle) => {
    const found = await subtasks(text);
    expect(Array.isArray(found)).toBe(true);
    const step = (found as Array<[string, string]>).find(([deviceId]) => deviceId === first);
    expect(step?.[1]).toMatch(particle);
  });

  it('keeps a particle the first piece says itself ("turn on the lamp and the radio off")', async () => {
    const found = await subtasks('turn on the floor lamp and the den radio off');
    expect(found).toEqual([
      ['floor_lamp', expect.stringMatching(/\bon\b/)],
      ['den_radio', expect.stringMatching(/\boff\b/)],
    ]);
    expect((found as Array<[string, string]>)[0]![1]).not.toMatch(/\boff\b/);
  });

  it('leaves a first piece that does not end with its object ("turn the heater to the left and the lamp off")', async () => {
    const found = await subtasks('turn the space heater to the left and the floor lamp off');
    const heater = Array.isArray(found) ? found.find(([deviceId]) => deviceId === 'space_heater') : undefined;
    expect(heater?.[1] ?? '').not.toMatch(/\boff\b/);
  });
});
