import { describe, expect, it } from 'vitest';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import { modifierWords, narrowByModifiers } from '../src/planner/modifiers';
import { obeyingTargets } from '../src/planner/read-only';
import type { PlanContext, PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A small house of our own (neither the cottage nor the townhouse of the evals): names without a
// kind noun ("Hall Ceiling"), two lamps told apart only by a side, two extractors, sensors that only report.
const ground = { id: 'ground', name: 'Ground floor', aliases: ['downstairs'] };
const area = (id: string, name: string) => ({ id, name, aliases: [], floor: ground });
const hall = area('hall', 'Hall');
const den = area('den', 'Den');
const kitchen = area('kitchen', 'Kitchen');

// Like the catalog's, the light nouns hold nouns of several words said of every light.
const LIGHT_NOUNS = ['light', 'lights', 'lamp', 'ceiling light', 'wall lamp', 'bedside lamp', 'spotlight'];
const FAN_NOUNS = ['fan', 'ceiling fan', 'desk fan'];
const lightApi: PlannerApi = [['turn_on', 'action', 'Turns the light on.', []], ['turn_off', 'action', 'Turns the light off.', []]];
const fanApi: PlannerApi = [['turn_on', 'action', 'Starts the fan.', []], ['turn_off', 'action', 'Stops the fan.', []]];
const contactApi: PlannerApi = [['get_open', 'query', 'Whether the window is open.', []], ['get_battery', 'query', 'Battery charge.', []]];
const motionApi: PlannerApi = [['get_motion', 'query', 'Whether motion is detected.', []]];
const coverApi: PlannerApi = [['open_cover', 'action', 'Opens the cover.', []], ['close_cover', 'action', 'Closes the cover.', []]];

const HOUSE: PlannerDevice[] = [
  plannerDevice('hall_ceiling', 'light', 'Hall Ceiling', hall, LIGHT_NOUNS, lightApi),
  plannerDevice('den_ceiling', 'light', 'Den Ceiling', den, LIGHT_NOUNS, lightApi),
  plannerDevice('north_lamp', 'light', 'North Wall Lamp', den, LIGHT_NOUNS, lightApi),
  plannerDevice('south_lamp', 'light', 'South Wall Lamp', den, LIGHT_NOUNS, lightApi),
  plannerDevice('pantry_spot', 'light', 'Pantry Spot', kitchen, LIGHT_NOUNS, lightApi),
  plannerDevice('hob_extractor', 'fan', 'Hob Extractor', kitchen, FAN_NOUNS, fanApi),
  plannerDevice('loo_extractor', 'fan', 'Loo Extractor', hall, FAN_NOUNS, fanApi),
  plannerDevice('tower_fan', 'fan', 'Tower Fan', den, FAN_NOUNS, fanApi),
  plannerDevice('den_blind', 'cover', 'Den Blind', den, ['cover', 'blind'], coverApi),
  plannerDevice('den_window', 'contact_sensor', 'Den Window', den, ['contact sensor', 'window sensor'], contactApi),
  plannerDevice('hall_motion', 'motion_sensor', 'Hall Motion', hall, ['motion sensor', 'occupancy sensor'], motionApi),
];

const planner = new BuiltinPlanner();
async function targets(text: string, context: PlanContext = {}): Promise<string[] | string> {
  const plan = await planner.plan(text, HOUSE, context);
  if (plan.kind !== 'steps') return `asks: ${plan.question}`;
  return plan.steps.length > 0 ? plan.steps.map((step) => step.deviceId) : `unresolved: ${plan.unresolved.join(', ')}`;
}

describe('planner: a word before a kind noun that some devices carry in their names (#17 class 1)', () => {
  it.each([
    ['switch off the ceiling lights', ['hall_ceiling', 'den_ceiling']],
    ['turn on the wall lamps', ['north_lamp', 'south_lamp']],
    ['start the extractor fans', ['hob_extractor', 'loo_extractor']],
    ['turn on the ceiling light in the den', ['den_ceiling']],
    ['turn the wall lamps in the den off', ['north_lamp', 'south_lamp']],
  ])('"%s" reaches only the devices so named', async (text, expected) => {
    expect(await targets(text)).toEqual(expected);
  });

  it('asks between the devices so named, not every device of the kind, for a singular', async () => {
    const asked = await targets('turn on the wall lamp');
    expect(asked).toMatch(/^asks: /);
    expect(asked).toContain('North Wall Lamp');
    expect(asked).not.toContain('Hall Ceiling');
  });

  it('keeps every light of a named room for "the lights" there, and the devices called lamps for "the lamps" there', async () => {
    expect(await targets('turn on the lamps in the den')).toEqual(['north_lamp', 'south_lamp']);
    expect(await targets('switch the lamps off in the den')).toEqual(['north_lamp', 'south_lamp']);
    expect(await targets('turn on the lights in the den')).toEqual(['den_ceiling', 'north_lamp', 'south_lamp']);
  });

  it('takes "the north one" as the answer to "which wall lamp?"', async () => {
    const pending = { text: 'turn on the wall lamp', candidateIds: ['north_lamp', 'south_lamp'] };
    expect(await targets('the north one', { pendingClarification: pending })).toEqual(['north_lamp']);
    expect(await targets('the south lamp please', { pendingClarification: pending })).toEqual(['south_lamp']);
  });

  it('leaves the group whole where no device carries the word', () => {
    const lights = HOUSE.filter((device) => device.type === 'light');
    expect(narrowByModifiers(lights, ['big'])).toEqual(lights);
    expect(narrowByModifiers(lights, ['north', 'pantry'])).toEqual(lights);
    expect(narrowByModifiers(lights, ['ceilings']).map((device) => device.id)).toEqual(['hall_ceiling', 'den_ceiling']);
  });

  it('reads the modifiers back to the first word that ends a noun phrase', () => {
    const tokens = ['turn', 'on', 'the', 'under', 'stair', 'lights'];
    const nouns = [{ start: 5, end: 6, value: 'light', plural: true }];
    expect(modifierWords({ tokens, nouns }, (token) => ['turn', 'on', 'the'].includes(token))).toEqual(['stair', 'under']);
    expect(modifierWords({ tokens: ['the', 'bedside', 'lamps'], nouns: [{ start: 1, end: 3, value: 'bedside lamp', plural: true }] }, (token) => token === 'the')).toEqual(['bedside']);
    expect(modifierWords({ tokens: ['set', 'the', '2', 'lights'], nouns: [{ start: 3, end: 4, value: 'light', plural: true }] }, (token) => token === 'the')).toEqual([]);
  });
});

describe('planner: other words of the clause and verbs that name no function', () => {
  const valveApi: PlannerApi = [['open_valve', 'action', 'Opens the valve fully.', []], ['close_valve', 'action', 'Closes the valve fully.', []]];
  const switchApi: PlannerApi = [['turn_on', 'action', 'Switches the socket on.', []], ['turn_off', 'action', 'Switches the socket off.', []]];
  const climateApi: PlannerApi = [['set_mode', 'action', 'Sets the mode: heat, cool or off.', ['mode']], ['turn_off', 'action', 'Turns the unit off.', []]];
  const colourApi: PlannerApi = [...lightApi, ['set_color_temperature', 'action', 'Sets the white from warm to cool.', ['kelvin']]];
  const yard = area('yard', 'Yard');
  const more = [
    plannerDevice('herb_drip', 'valve', 'Herb Drip', yard, ['valve', 'water', 'irrigation'], valveApi, ['herb watering']),
    plannerDevice('boiler_plug', 'switch', 'Boiler Plug', hall, ['switch', 'plug'], switchApi, ['hot water']),
    plannerDevice('den_ac', 'climate', 'Den Cooler', den, ['air conditioner', 'climate'], climateApi),
    plannerDevice('den_strip', 'light', 'Den Strip', den, LIGHT_NOUNS, colourApi),
  ];
  const withMore = [...HOUSE, ...more];
  async function targetsIn(text: string): Promise<string[] | string> {
    const plan = await planner.plan(text, withMore, {});
    return plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : `asks: ${plan.question}`;
  }

  it('picks among the devices a verb names as a kind by another word of their names ("water the herbs")', async () => {
    expect(await targetsIn('water the herbs')).toEqual(['herb_drip']);
    expect(await targetsIn('stop watering the herbs')).toEqual(['herb_drip']);
  });

  it('asks which device where devices of several kinds fit a verb none of their functions is named by', async () => {
    expect(await targetsIn('cool down the den')).toMatch(/^asks: .*Den Cooler/);
    // A verb their functions are named by means every one of them.
    expect(await targetsIn('turn off the den')).toEqual(expect.arrayContaining(['den_ac', 'den_strip']));
    // "unpause" names the function it undoes.
    const pausing: PlannerApi = [['pause', 'action', 'Pauses playback.', []], ['play', 'action', 'Plays.', []]];
    const robotApi: PlannerApi = [['pause_cleaning', 'action', 'Pauses the cleaning run.', []], ['start_cleaning', 'action', 'Starts cleaning.', []]];
    const den2 = [plannerDevice('den_tv', 'media_player', 'Den TV', den, ['tv'], pausing), plannerDevice('den_robot', 'vacuum', 'Den Robot', den, ['vacuum'], robotApi)];
    const plan = await planner.plan('unpause my show in the den', den2, {});
    expect(plan.kind).toBe('steps');
  });
});

describe('planner: a command to a device that only reports is declined (honest "cannot")', () => {
  it.each(['open the den window', 'turn on the hall motion', 'close the den window please'])('"%s" sends nothing', async (text) => {
    expect(await targets(text)).toMatch(/^unresolved: /);
  });

  it('still reads a sensor asked about or checked', async () => {
    expect(await targets('is the den window open?')).toEqual(['den_window']);
    expect(await targets('check the den window')).toEqual(['den_window']);
  });

  it('keeps the devices that can act among the targets', () => {
    const clause = { tokens: ['open', 'the', 'den', 'things'], nameTokens: new Set<number>() };
    const chosen = obeyingTargets(clause, HOUSE.filter((device) => device.area?.id === 'den' && device.type !== 'light' && device.type !== 'fan'), HOUSE);
    expect(chosen.map((device) => device.id)).toEqual(['den_blind']);
  });

  it('leaves a verb that names a reading of the home alone ("check_level")', () => {
    const withCheck = [...HOUSE, plannerDevice('tank', 'sensor', 'Tank', kitchen, ['sensor'], [['check_level', 'query', 'Reads the level.', []], ['get_unit', 'query', 'The unit.', []]])];
    const clause = { tokens: ['check', 'the', 'den', 'window'], nameTokens: new Set<number>() };
    expect(obeyingTargets(clause, [HOUSE.find((device) => device.id === 'den_window')!], withCheck).map((device) => device.id)).toEqual(['den_window']);
  });
});
