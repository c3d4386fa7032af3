import { describe, expect, it } from 'vitest';
import { lackedNouns, openWordNet, qualityWish } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A place of our own: a narrowboat yard with an attic, a sewing room, a guest room, a study and a lounge.
const { wordNet } = openWordNet();
const floor = { id: 'upper', name: 'Upper', aliases: [] };
const place = (id: string, name: string, aliases: string[] = []) => ({ id, name, aliases, floor });
const attic = place('attic', 'Attic', ['loft room']);
const sewing = place('sewing_room', 'Sewing Room');
const guest = place('guest_room', 'Guest Room', ["nan's room"]);
const study = place('study', 'Study');
const lounge = place('lounge', 'Lounge');

const fanApi: PlannerApi = [['turn_on', 'action', 'Starts the fan.'], ['turn_off', 'action', 'Stops the fan.'], ['set_speed', 'action', 'Sets the fan speed.', ['speed']]];
const coverApi: PlannerApi = [['open_cover', 'action', 'Opens it.'], ['close_cover', 'action', 'Closes it.'], ['set_position', 'action', 'Sets how far open it is.', ['position']]];
const plugApi: PlannerApi = [['turn_on', 'action', 'Supplies power.'], ['turn_off', 'action', 'Cuts power.']];
const lampApi: PlannerApi = [['turn_on', 'action', 'Turns the lamp on.'], ['turn_off', 'action', 'Turns the lamp off.'], ['set_brightness', 'action', 'Sets the brightness.', ['brightness']]];
const valveApi: PlannerApi = [
  ['open_valve', 'action', 'Opens the valve.'],
  ['close_valve', 'action', 'Closes the valve.'],
  ['set_valve_position', 'action', 'Sets how far the valve is open.', ['position']],
];
const climateApi: PlannerApi = [
  ['set_mode', 'action', 'Sets the mode: heat, cool, auto or off.', ['mode']],
  ['set_temperature', 'action', 'Sets the target temperature.', ['temperature']],
];

function yard(): PlannerDevice[] {
  return [
    { ...plannerDevice('attic_windows', 'cover', 'Roof Windows', attic, ['cover'], coverApi, ['velux']), state: { position: 0, cover_state: 'closed' } },
    { ...plannerDevice('attic_fan', 'fan', 'Box Fan', attic, ['fan'], fanApi), state: { on: false, speed: 50 } },
    { ...plannerDevice('attic_lamp', 'light', 'Attic Lamp', attic, ['light', 'lamp'], lampApi), state: { on: false } },
    { ...plannerDevice('sewing_fan', 'fan', 'Extractor Fan', sewing, ['fan'], fanApi), state: { on: false, speed: 50 } },
    { ...plannerDevice('sewing_lamp', 'light', 'Sewing Lamp', sewing, ['light', 'lamp'], lampApi), state: { on: false } },
    { ...plannerDevice('sewing_blind', 'cover', 'Blind', sewing, ['cover'], coverApi), state: { position: 100, cover_state: 'open' } },
    { ...plannerDevice('guest_radiator', 'position_valve', 'Guest Radiator', guest, ['valve'], valveApi), state: { valve_state: 'open', position: 30 } },
    { ...plannerDevice('guest_blanket', 'switch', 'Electric Blanket', guest, ['switch'], plugApi), state: { on: false } },
    { ...plannerDevice('guest_lamp', 'light', 'Bedside Lamp', guest, ['light', 'lamp'], lampApi), state: { on: false } },
    { ...plannerDevice('study_radiator', 'position_valve', 'Study Radiator', study, ['valve'], valveApi), state: { valve_state: 'open', position: 60 } },
    { ...plannerDevice('study_kettle', 'switch', 'Kettle', study, ['switch'], plugApi), state: { on: true } },
    { ...plannerDevice('lounge_unit', 'climate', 'Lounge Unit', lounge, ['thermostat'], climateApi, ['air conditioning']), state: { mode: 'off', target_temperature: 21 } },
  ];
}

const planner = new BuiltinPlanner({ wordNet });
/** Each step as "device: subtask", or "asks" where the planner asks back. */
async function plan(text: string, fromAreaId?: string): Promise<string[] | 'asks'> {
  const planned = await planner.plan(text, yard(), fromAreaId ? { fromAreaId } : {});
  if (planned.kind !== 'steps') return 'asks';
  return planned.steps.map((step) => `${step.deviceId}: ${step.text}`);
}

describe.skipIf(!wordNet)('a state the dictionary defines by what it lacks', () => {
  it('reads what the state lacks, of the place only', () => {
    expect(lackedNouns("it's stuffy up here", wordNet!)).toEqual(['air']);
    expect(lackedNouns("it's so airless in the attic", wordNet!)).toEqual(['air']);
    expect(lackedNouns("it's too stuffy in the sewing room", wordNet!)).toEqual(['air']);
    // A quality on a scale is a wish, not a lack; outdoors is the weather; a question asks.
    expect(lackedNouns("it's too dark in the attic", wordNet!)).toBeUndefined();
    expect(lackedNouns("it's stuffy outside", wordNet!)).toBeUndefined();
    expect(lackedNouns('turn on the box fan', wordNet!)).toBeUndefined();
  });

  it.each([
    ["it's so stuffy in the sewing room", ['sewing_fan: Turn on the Extractor Fan.']],
    ["it's airless in here", ['sewing_fan: Turn on the Extractor Fan.'], 'sewing_room'],
  ])('"%s" goes to the one device of the place that gives what it lacks', async (text, expected, from?: string) => {
    expect(await plan(text, from)).toEqual(expected);
  });

  it('asks between devices of several kinds that give it (a roof window and a fan)', async () => {
    expect(await plan("it's stuffy up in the attic")).toBe('asks');
  });
});

describe.skipIf(!wordNet)('a felt state said by a verb whose antonym is the state', () => {
  it('reads "it\'s boiling" as the other end of "it\'s freezing"', () => {
    expect(qualityWish("it's boiling in the lounge", wordNet!)?.adjective).toBe('hot');
    expect(qualityWish("it's boiling in the lounge", wordNet!)?.wishedBases.some((base) => ['cold', 'cool'].includes(base))).toBe(true);
    // Of a thing, it says what the thing does.
    expect(qualityWish('the kettle is boiling', wordNet!)).toBeUndefined();
  });

  it('sends it to what cools the place, or eases what warms it', async () => {
    expect(await plan("it's boiling in the lounge")).toEqual(["lounge_unit: It's boiling in the lounge."]);
    expect(await plan("it's really boiling in the study")).toEqual(['study_radiator: Turn down the Study Radiator.']);
  });
});

describe.skipIf(!wordNet)('a felt state to devices of several kinds, one a kind of its remedy', () => {
  it.each([["the guest room is a bit chilly"], ["it's cold in nan's room"]])('"%s" turns up the radiator (a kind of heater), not the electric blanket', async (text) => {
    expect(await plan(text)).toEqual(['guest_radiator: Turn up the Guest Radiator.']);
  });
});
