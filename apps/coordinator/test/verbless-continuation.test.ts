import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A bakery of our own: a shop with display spotlights (on) and a counter lamp (off), a back room
// with a radio and a heater. A piece after a comma with neither a verb nor a device ("about 5000
// kelvin", "volume 30") says more of the clause before it, not of whichever device of the home can
// read its words (foxglove-garden-centre: "make the spotlights cooler white, about 5000 kelvin"
// set the tank lights, the one light that was on).
const { wordNet } = openWordNet();
const ground = { id: 'ground', name: 'Ground floor', aliases: [] };
const area = (id: string, name: string) => ({ id, name, aliases: [], floor: ground });
const shop = area('shop', 'Shop');
const back = area('back', 'Back Room');
const lightApi: PlannerApi = [
  ['turn_on', 'action', 'Switches the light on.'],
  ['turn_off', 'action', 'Switches the light off.'],
  ['set_brightness', 'action', 'Sets the brightness level.', ['brightness']],
  ['set_color_temperature', 'action', 'Sets the white colour temperature, warm to cool.', ['kelvin']],
];
const playerApi: PlannerApi = [
  ['turn_on', 'action', 'Wakes the player from standby.'],
  ['set_volume', 'action', 'Sets the output volume.', ['volume']],
];
const switchApi: PlannerApi = [['turn_on', 'action', 'Switches it on.'], ['turn_off', 'action', 'Switches it off.']];

const HOME: PlannerDevice[] = [
  { ...plannerDevice('spots', 'light', 'Display Spotlights', shop, ['light', 'spotlight'], lightApi, ['spotlights']), state: { on: false } } as PlannerDevice,
  { ...plannerDevice('counter', 'light', 'Counter Lamp', shop, ['light', 'lamp'], lightApi), state: { on: true } } as PlannerDevice,
  plannerDevice('radio', 'media_player', 'Radio', back, ['radio'], playerApi),
  plannerDevice('tv', 'media_player', 'Telly', shop, ['tv'], playerApi),
  plannerDevice('heater', 'switch', 'Heater', back, ['heater'], switchApi),
];

async function steps(planner: BuiltinPlanner, text: string): Promise<string[] | string> {
  const plan = await planner.plan(text, HOME, {});
  return plan.kind === 'steps' ? plan.steps.map((step) => `${step.deviceId}: ${step.text}`) : `asks: ${plan.question}`;
}

describe('planner: a verbless piece that names no device goes on with the clause before (#17)', () => {
  const planner = new BuiltinPlanner(wordNet ? { wordNet } : {});

  it.each([
    ['make the spotlights cooler white, about 5000 kelvin', 'spots', /5000 kelvin/i],
    ['turn the spotlights on, 40 percent brightness', 'spots', /40 percent brightness/i],
    ['put the radio on, volume 30', 'radio', /volume 30/i],
    ['switch on the telly, volume twenty', 'tv', /volume twenty/i],
  ])('"%s": the piece after the comma goes to the same device', async (text, device, piece) => {
    const said = await steps(planner, text);
    expect(Array.isArray(said), String(said)).toBe(true);
    const pieces = (said as string[]).filter((step) => piece.test(step));
    expect(pieces.length, String(said)).toBeGreaterThan(0);
    for (const step of pieces) expect(step.startsWith(`${device}:`), String(said)).toBe(true);
  });

  it('a piece the device before cannot take is not forced on it', async () => {
    const said = await steps(planner, 'turn on the heater, about 5000 kelvin');
    const toHeater = Array.isArray(said) ? said.filter((step) => step.startsWith('heater:') && /kelvin/i.test(step)) : [];
    expect(toHeater).toEqual([]);
  });

  it('a piece with a verb of its own is its own clause', async () => {
    const said = await steps(planner, 'turn on the radio, switch on the heater');
    expect(said).toEqual(expect.arrayContaining([expect.stringMatching(/^radio:/), expect.stringMatching(/^heater:/)]));
  });
});
