import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A place of our own: a boathouse café with a jetty, a loft office, a cabin and a store room.
const { wordNet } = openWordNet();
const floor = { id: 'ground', name: 'Ground', aliases: [] };
const place = (id: string, name: string, aliases: string[] = []) => ({ id, name, aliases, floor });
const jetty = place('jetty', 'Jetty', ['pontoon']);
const loft = place('loft_office', 'Loft Office', ["dev's office"]);
const cafe = place('cafe', 'Cafe', ['boathouse']);
const cabin = place('cabin', 'Cabin');
const store = place('store', 'Store Room');
const annexe = place('annexe', 'Annexe', ['granny flat']);

const plugApi: PlannerApi = [['turn_on', 'action', 'Supplies power.'], ['turn_off', 'action', 'Cuts power.'], ['is_on', 'query', 'Whether it is on.']];
const thermometerApi: PlannerApi = [['get_temperature', 'query', 'The temperature it reads.']];
const valveApi: PlannerApi = [
  ['open_valve', 'action', 'Opens the valve.'],
  ['close_valve', 'action', 'Closes the valve.'],
  ['set_valve_position', 'action', 'Sets how far the valve is open.', ['position']],
];
const lampApi: PlannerApi = [
  ['turn_on', 'action', 'Turns the lamp on.'],
  ['turn_off', 'action', 'Turns the lamp off.'],
  ['set_color_temperature', 'action', 'Sets the white from warm (low) to cool (high).', ['kelvin']],
];
const climateApi: PlannerApi = [
  ['set_mode', 'action', 'Sets the mode: heat, cool, auto or off.', ['mode']],
  ['set_temperature', 'action', 'Sets the target temperature.', ['temperature']],
  ['get_current_temperature', 'query', 'The room temperature.'],
];

function boathouse(): PlannerDevice[] {
  return [
    { ...plannerDevice('jetty_heater', 'switch', 'Jetty Heater', jetty, ['switch'], plugApi), state: { on: false } },
    { ...plannerDevice('jetty_thermometer', 'temperature_sensor', 'Jetty Thermometer', jetty, ['thermometer', 'sensor'], thermometerApi), state: { temperature: 6 } },
    { ...plannerDevice('loft_radiator', 'position_valve', 'Loft Radiator', loft, ['valve'], valveApi), state: { valve_state: 'open', position: 40 } },
    { ...plannerDevice('loft_lamp', 'light', 'Anglepoise', loft, ['light', 'lamp'], lampApi), state: { on: false } },
    { ...plannerDevice('loft_thermometer', 'temperature_sensor', 'Loft Thermometer', loft, ['thermometer', 'sensor'], thermometerApi), state: { temperature: 17 } },
    { ...plannerDevice('cafe_aircon', 'climate', 'Climate Unit', cafe, ['thermostat'], climateApi, ['air conditioning']), state: { mode: 'off', target_temperature: 21 } },
    { ...plannerDevice('cafe_pendants', 'light', 'Pendants', cafe, ['light', 'lamp'], lampApi), state: { on: false } },
    { ...plannerDevice('cabin_blanket', 'switch', 'Electric Blanket', cabin, ['switch'], plugApi), state: { on: false } },
    { ...plannerDevice('cabin_lamp', 'light', 'Bunk Light', cabin, ['light', 'lamp'], lampApi), state: { on: false } },
    { ...plannerDevice('oil_heater', 'switch', 'Oil Heater', store, ['switch'], plugApi), state: { on: false } },
    { ...plannerDevice('storage_heater', 'switch', 'Storage Heater', store, ['switch'], plugApi), state: { on: false } },
    // A heater that already runs with no level gives all it can: the jetty's own heater is the one.
    { ...plannerDevice('bait_heater', 'switch', 'Bait Tank Heater', jetty, ['switch'], plugApi), state: { on: true } },
    { ...plannerDevice('annexe_pump', 'climate', 'Heat Pump', annexe, ['thermostat'], climateApi), state: { mode: 'heat', target_temperature: 19 } },
    { ...plannerDevice('annexe_blanket', 'switch', 'Electric Blanket', annexe, ['switch'], plugApi), state: { on: false } },
  ];
}

const planner = new BuiltinPlanner({ wordNet });
/** Each step as "device: subtask", or "asks" where the planner asks back. */
async function plan(text: string, fromAreaId?: string): Promise<string[] | 'asks'> {
  const planned = await planner.plan(text, boathouse(), fromAreaId ? { fromAreaId } : {});
  if (planned.kind !== 'steps') return 'asks';
  return planned.steps.map((step) => `${step.deviceId}: ${step.text}`);
}

describe.skipIf(!wordNet)('planner: a felt state goes to the device of the place that remedies it', () => {
  it.each([
    ["it's a bit nippy on the jetty", ['jetty_heater: Turn on the Jetty Heater.']],
    ["it's really cold out on the pontoon", ['jetty_heater: Turn on the Jetty Heater.']],
    ["it's freezing up in dev's office", ['loft_radiator: Turn up the Loft Radiator.']],
    ["it's too chilly in the loft office", ['loft_radiator: Turn up the Loft Radiator.']],
    ["it's a bit cold in the cabin", ['cabin_blanket: Turn on the Electric Blanket.']],
  ])('"%s" is the plain change to the device whose name the dictionary defines by the remedy', async (text, expected) => {
    expect(await plan(text)).toEqual(expected);
  });

  it('reads "I\'m freezing" in the place the person speaks from', async () => {
    expect(await plan("I'm freezing", 'jetty')).toEqual(['jetty_heater: Turn on the Jetty Heater.']);
  });

  it.each([
    ["it's too hot in the boathouse", "cafe_aircon: It's too hot in the boathouse."],
    ["we're freezing in the cafe", "cafe_aircon: We're freezing in the cafe."],
  ])('"%s" goes in the person\'s words to the device that sets the temperature itself', async (text, expected) => {
    expect(await plan(text)).toEqual([expected]);
  });

  it('sends each of several devices of one kind that remedy it', async () => {
    expect(await plan("it's so cold in the store room")).toEqual(['oil_heater: Turn on the Oil Heater.', 'storage_heater: Turn on the Storage Heater.']);
  });

  it('takes the device that sets the temperature itself before one that only gives warmth', async () => {
    expect(await plan("it's freezing in the granny flat")).toEqual(["annexe_pump: It's freezing in the granny flat."]);
  });

  it('eases a running device whose purpose is the quality itself where nothing of the place remedies it', async () => {
    expect(await plan("it's too warm in the loft office")).toEqual(['loft_radiator: Turn down the Loft Radiator.']);
  });

  it('sends no heater a wish for more light, nor a radiator one for less', async () => {
    const dark = await plan("it's too dark in the cabin");
    expect(dark === 'asks' ? [] : dark.filter((step) => step.startsWith('cabin_blanket'))).toEqual([]);
    const bright = await plan("it's too bright in dev's office");
    expect(bright === 'asks' ? [] : bright.filter((step) => step.startsWith('loft_radiator'))).toEqual([]);
  });

  it('leaves the felt state out where another clause says what to do', async () => {
    expect(await plan("it's cold up here, turn on the anglepoise", 'loft_office')).toEqual(['loft_lamp: Turn on the anglepoise.']);
  });

  it.each([
    ["it's cold outside", 'jetty'],
    ['is it cold on the jetty?', undefined],
    ['if it is cold on the jetty turn on the anglepoise', undefined],
  ])('"%s" is no felt state of a place: the heater is not switched on', async (text, from) => {
    const got = await plan(text, from);
    expect(got === 'asks' ? [] : got.filter((step) => step.startsWith('jetty_heater'))).toEqual([]);
  });
});

describe.skipIf(!wordNet)('planner: a felt state whose subject is the place itself', () => {
  it.each([
    ['the jetty is freezing', ['jetty_heater: Turn on the Jetty Heater.']],
    ["dev's office is a bit chilly", ['loft_radiator: Turn up the Loft Radiator.']],
    ['the cabin is really cold tonight', ['cabin_blanket: Turn on the Electric Blanket.']],
  ])('"%s" reads as the felt state of that place', async (text, expected) => {
    expect(await plan(text)).toEqual(expected);
  });

  it('reads no felt state where a thing of the place is its subject', async () => {
    const got = await plan('the jetty heater is cold');
    expect(got === 'asks' ? [] : got).not.toContain('jetty_heater: Turn on the Jetty Heater.');
  });
});
