import { describe, expect, it } from 'vitest';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { labelWordsOf, objectAfterVerb, wordsNamingOthers } from '../src/planner/other-devices-named';
import { nounsAreVerbBeforePronoun } from '../src/planner/verb-before-pronoun';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A boathouse of our own (not a home of the evals): a sauna with a heater and a door, a pond with
// lights and a pump, plugs, two locks and lights elsewhere.
const main = { id: 'main', name: 'Main floor', aliases: [] };
const area = (id: string, name: string) => ({ id, name, aliases: [], floor: main });
const den = area('den', 'Den');
const jetty = area('jetty', 'Jetty');
const wash = area('wash', 'Wash house');
const LIGHT = ['light', 'lights', 'lamp', 'bulb'];
const PLUG = ['switch', 'plug', 'smart plug', 'outlet', 'socket'];
const lightApi: PlannerApi = [['turn_on', 'action', 'Turns the light on.', []], ['turn_off', 'action', 'Turns the light off.', []], ['is_on', 'query', 'Reports whether the light is on.', []]];
const plugApi: PlannerApi = [['turn_on', 'action', 'Switches the outlet on.', []], ['turn_off', 'action', 'Switches the outlet off.', []], ['is_on', 'query', 'Reports whether the outlet is on.', []]];
const lockApi: PlannerApi = [['lock', 'action', 'Locks the door.', []], ['unlock', 'action', 'Unlocks the door.', []]];
const coverApi: PlannerApi = [['open_cover', 'action', 'Opens the cover fully.', []], ['close_cover', 'action', 'Closes the cover fully.', []]];

const BOATHOUSE: PlannerDevice[] = [
  plannerDevice('den_lamp', 'light', 'Den lamp', den, LIGHT, lightApi),
  plannerDevice('pond_lights', 'light', 'Koi Pond Lights', jetty, LIGHT, lightApi),
  plannerDevice('jetty_light', 'light', 'Jetty light', jetty, LIGHT, lightApi),
  plannerDevice('iron', 'switch', 'Steam iron', wash, PLUG, plugApi),
  plannerDevice('sauna_heater', 'switch', 'Sauna Heater', jetty, PLUG, plugApi),
  plannerDevice('pond_pump', 'switch', 'Pond pump', jetty, PLUG, plugApi),
  plannerDevice('sauna_hatch', 'cover', 'Sauna hatch', jetty, ['cover'], coverApi),
  plannerDevice('jetty_gate', 'lock', 'Jetty gate', jetty, ['lock', 'door'], lockApi),
  plannerDevice('back_door', 'lock', 'Back door', den, ['lock', 'door'], lockApi),
];

const planner = new BuiltinPlanner();
async function targets(text: string, lastDeviceIds?: string[]): Promise<string[]> {
  const plan = await planner.plan(text, BOATHOUSE, lastDeviceIds ? { lastDeviceIds } : {});
  return plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : [];
}

describe('planner: a kind noun said first before a pronoun is the verb (#17 class 1)', () => {
  it.each([
    ['switch it off', ['iron']],
    ['switch them on', ['iron', 'pond_pump']],
    ['plug it in', ['iron']],
    ['and switch it off', ['iron']],
    ['switch off it', ['iron']],
  ])('"%s" after a turn about the iron reaches what the turn was about', async (text, last) => {
    expect(await targets(text, last)).toEqual(last);
  });

  it('keeps a kind noun that is no verb of the clause as the kind ("turn the switches off")', async () => {
    expect(await targets('turn the switches off', ['den_lamp'])).toEqual(['iron', 'sauna_heater', 'pond_pump']);
  });

  it('reads the words themselves', () => {
    const noun = (start: number) => [{ start, end: start + 1, value: 'switch', plural: false }];
    expect(nounsAreVerbBeforePronoun(['switch', 'it', 'off'], noun(0), () => true)).toBe(true);
    expect(nounsAreVerbBeforePronoun(['switch', 'the', 'iron', 'off'], noun(0), () => true)).toBe(false);
    expect(nounsAreVerbBeforePronoun(['the', 'switch', 'it', 'is'], noun(1), () => true)).toBe(false);
    expect(nounsAreVerbBeforePronoun(['switch', 'it', 'off'], noun(0), () => false)).toBe(false);
  });
});

describe('planner: a word of other devices\' names said of a kind none of them is (#17 class 1)', () => {
  it.each(['lock the sauna', 'lock up the pond', 'lock the sauna for me'])('"%s" reaches no lock', async (text) => {
    expect(await targets(text)).toEqual([]);
  });

  it.each(['turn off the sauna lights', 'switch on the pump lights'])('"%s" reaches no light', async (text) => {
    expect(await targets(text)).toEqual([]);
  });

  it.each([
    ['turn the koipond lights on', ['pond_lights']],
    ['turn the pond lights on', ['pond_lights']],
    ['switch off the koi pond lights', ['pond_lights']],
    ['lock the jetty gate', ['jetty_gate']],
    ['turn on the jetty lights', ['pond_lights', 'jetty_light']],
    ['turn off the lights', ['den_lamp', 'pond_lights', 'jetty_light']],
    ['lock the back door', ['back_door']],
  ])('"%s" still reaches the devices so named', async (text, expected) => {
    expect(await targets(text)).toEqual(expected);
  });

  it('reads a name\'s two words typed as one as its words', () => {
    expect(labelWordsOf(BOATHOUSE[1]!).has('koipond')).toBe(true);
    expect(labelWordsOf(BOATHOUSE[1]!).has('pondlight')).toBe(true);
  });

  it('reads a word of a sensor\'s name as no other thing ("the house lights" with a "House current" meter)', async () => {
    const meter = plannerDevice('house_current', 'sensor', 'House current', den, ['sensor'], [['get_value', 'query', 'Reads the value.', []]]);
    const plan = await planner.plan('turn off the house lights', [...BOATHOUSE, meter], {});
    expect(plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : plan.kind).toEqual(['den_lamp', 'pond_lights', 'jetty_light']);
  });

  it('finds the words no device of the kind carries and another device does', () => {
    const locks = BOATHOUSE.filter((device) => device.type === 'lock');
    expect(wordsNamingOthers(locks, BOATHOUSE, ['sauna', 'gate', 'golden'])).toEqual(['sauna']);
  });

  it('reads the object after a verb up to the first word that ends it', () => {
    const stops = (token: string) => ['for', 'in', 'please'].includes(token);
    expect(objectAfterVerb(['lock', 'up', 'the', 'hot', 'tub', 'for', 'the', 'night'], stops)).toEqual(['hot', 'tub']);
    expect(objectAfterVerb(['lock', 'up', 'for', 'the', 'night'], stops)).toEqual([]);
  });
});

describe('planner: a word of several kinds\' names whose verb fits each (#17 class 4)', () => {
  const hatchAndPump: PlannerDevice[] = [
    plannerDevice('sauna_hatch', 'cover', 'Sauna hatch', jetty, ['cover'], coverApi),
    plannerDevice('sauna_vent', 'valve', 'Sauna vent valve', jetty, ['valve'], [['open_valve', 'action', 'Opens the valve.', []], ['close_valve', 'action', 'Closes the valve.', []]]),
    plannerDevice('den_lamp', 'light', 'Den lamp', den, LIGHT, lightApi),
  ];
  it.each(['open the sauna', 'please open up the sauna', 'close the sauna'])('"%s" asks which of them', async (text) => {
    const plan = await planner.plan(text, hatchAndPump, {});
    expect(plan.kind).toBe('clarify');
  });

  it('keeps one kind of them as it was ("open the sauna hatch")', async () => {
    const plan = await planner.plan('open the sauna hatch', hatchAndPump, {});
    expect(plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : plan.kind).toEqual(['sauna_hatch']);
  });
});
