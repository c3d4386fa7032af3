import { describe, expect, it } from 'vitest';
import { openWordNet, tokenize } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import { readComparison } from '../src/planner/comparison';
import { readingMatches } from '../src/planner/questions';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A narrowboat of our own (none of the eval homes): two crew each with a reading lamp named after
// them, one name with an accent and one with an umlaut, a saloon and a cabin with a main light each,
// a water main, and two hatches. Issue #17: owners' names said in the possessive, names typed
// without their accents, a kind noun before another ("main lights"), "all the way".
const { wordNet } = openWordNet();
const deck = { id: 'deck', name: 'Deck', aliases: [] };
const area = (id: string, name: string, aliases: string[] = []) => ({ id, name, aliases, floor: deck });
const saloon = area('saloon', 'Saloon');
const cabin = area('cabin', 'Cabin', ['bedroom']);
const bow = area('bow', 'Bow');

const LIGHT_NOUNS = ['light', 'lights', 'lamp', 'reading lamp'];
const lightApi: PlannerApi = [['turn_on', 'action', 'Turns the light on.', []], ['turn_off', 'action', 'Turns the light off.', []], ['is_on', 'query', 'Reports whether the light is on.', []]];
const valveApi: PlannerApi = [['open_valve', 'action', 'Opens the valve so water flows.', []], ['close_valve', 'action', 'Closes the valve so the water stops.', []], ['get_valve_state', 'query', 'Reports whether the valve is open or closed.', []]];
const coverApi: PlannerApi = [['open_cover', 'action', 'Opens the cover.', []], ['close_cover', 'action', 'Closes the cover.', []], ['set_position', 'action', 'Moves the cover to a position.', ['position']], ['get_cover_state', 'query', 'Reports whether the cover is open or closed.', []]];
const fanApi: PlannerApi = [['turn_on', 'action', 'Turns the fan on.', []], ['set_speed', 'action', 'Sets the fan speed.', ['speed']]];
const radioApi: PlannerApi = [['turn_on', 'action', 'Switches the radio on.', []], ['play', 'action', 'Plays the station.', []], ['get_playback', 'query', 'Reports whether it plays, is paused or stopped.', []]];

function boat(): PlannerDevice[] {
  return [
    plannerDevice('zoe_lamp', 'light', 'Zoë Reading Lamp', cabin, LIGHT_NOUNS, lightApi),
    plannerDevice('bjorn_lamp', 'light', 'Björn Reading Lamp', saloon, LIGHT_NOUNS, lightApi),
    plannerDevice('saloon_main', 'light', 'Saloon Main Light', saloon, LIGHT_NOUNS, lightApi),
    plannerDevice('cabin_main', 'light', 'Cabin Main Light', cabin, LIGHT_NOUNS, lightApi),
    plannerDevice('water_main', 'valve', 'Water Main', bow, ['valve', 'water valve', 'water'], valveApi, ['stop tap']),
    plannerDevice('bow_hatch', 'cover', 'Bow Hatch', bow, ['cover', 'hatch'], coverApi),
    plannerDevice('stern_hatch', 'cover', 'Stern Hatch', saloon, ['cover', 'hatch'], coverApi),
    plannerDevice('cabin_radio', 'media_player', 'Cabin Radio', cabin, ['radio', 'speaker'], radioApi),
    plannerDevice('bow_fan', 'fan', 'Bow Fan', bow, ['fan'], fanApi),
    plannerDevice('cabin_hygrometer', 'humidity_sensor', 'Cabin Hygrometer', cabin, ['hygrometer'], [['get_humidity', 'query', 'Reads the relative humidity in the room.', []]]),
    plannerDevice('wind_speed', 'sensor', 'Wind Speed', bow, ['sensor', 'reading'], [['get_value', 'query', 'Reads the value the sensor measures.', []]]),
  ].map((device) => ({ ...device, state: {} }));
}

const planner = new BuiltinPlanner({ wordNet });
async function targets(text: string): Promise<string[] | string> {
  const plan = await planner.plan(text, boat(), {});
  if (plan.kind !== 'steps') return `asks: ${plan.question}`;
  return plan.steps.length > 0 ? plan.steps.map((step) => step.deviceId).sort() : `unresolved: ${plan.unresolved.join(', ')}`;
}

describe('tokens: a letter with an accent is that letter', () => {
  it('reads accented names as one word each, the same as typed without the accents', () => {
    expect(tokenize("Zoë's lamp and the Björn one")).toEqual(["zoe's", 'lamp', 'and', 'the', 'bjorn', 'one']);
    expect(tokenize('Heizlüfter, Lámpara')).toEqual(['heizlufter', 'lampara']);
  });
});

describe("planner: an owner's name said in the possessive names the device called by it", () => {
  it.each([
    ["turn on zoe's reading lamp", ['zoe_lamp']],
    ["switch off bjorn's reading lamp", ['bjorn_lamp']],
    ["turn on björn's reading lamp", ['bjorn_lamp']],
    ['turn the zoë reading lamp on', ['zoe_lamp']],
    ['turn on the zoe reading lamp', ['zoe_lamp']],
  ])('"%s"', async (text, expected) => {
    expect(await targets(text)).toEqual(expected);
  });
});

describe('planner: of two kind nouns side by side the last is the head', () => {
  it.each([
    ['turn off the main lights', ['cabin_main', 'saloon_main']],
    ['switch the main lights on', ['cabin_main', 'saloon_main']],
    ['shut off the water main', ['water_main']],
  ])('"%s"', async (text, expected) => {
    expect(await targets(text)).toEqual(expected);
  });
});

describe('planner: "all the way" is an amount, not every device', () => {
  it('asks which of two for one said in the singular', async () => {
    expect(await targets('open the hatch all the way')).toMatch(/^asks: Which hatch/);
    expect(await targets('close the hatch all the way please')).toMatch(/^asks: Which hatch/);
  });
  it('still reaches every one when a quantifier or a plural says so', async () => {
    expect(await targets('open all the hatches')).toEqual(['bow_hatch', 'stern_hatch']);
    expect(await targets('open the hatches all the way')).toEqual(['bow_hatch', 'stern_hatch']);
    expect(await targets('open the bow hatch all the way')).toEqual(['bow_hatch']);
  });
});

describe('planner: "his", "her", "their" before a kind several share mean the one where the talk just was', () => {
  it('within one request', async () => {
    expect(await targets('switch off the cabin main light and turn on her reading lamp')).toEqual(['cabin_main', 'zoe_lamp']);
    expect(await targets('turn off the saloon main light and his reading lamp')).toEqual(['bjorn_lamp', 'saloon_main']);
  });
  it('across turns, from the devices the last turn was about', async () => {
    const plan = await planner.plan('turn on her reading lamp', boat(), { lastDeviceIds: ['cabin_main'] });
    expect(plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : plan.kind).toEqual(['zoe_lamp']);
  });
  it('still asks without anyone talked of, and for "the" reading lamp', async () => {
    expect(await targets('turn on her reading lamp')).toMatch(/^asks: Which reading lamp/);
    const plan = await planner.plan('turn on the reading lamp', boat(), { lastDeviceIds: ['cabin_main'] });
    expect(plan.kind).toBe('clarify');
  });
});

describe("planner: an owner's name in the possessive answers \"which one?\"", () => {
  it.each([
    ["zoe's", 'zoe_lamp'],
    ["björn's", 'bjorn_lamp'],
    ["bjorn's one", 'bjorn_lamp'],
  ])('"%s"', async (answer, expected) => {
    const asked = await planner.plan('turn on the reading lamp', boat(), {});
    expect(asked.kind).toBe('clarify');
    if (asked.kind !== 'clarify') return;
    const plan = await planner.plan(answer, boat(), { pendingClarification: asked.pending });
    expect(plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : plan.kind).toEqual([expected]);
  });
});

describe('planner: "is anything on in the cabin" asks every device there that reports that state', () => {
  it.each([
    ['is anything on in the cabin', ['cabin_main', 'zoe_lamp']],
    ['is anything switched on in the saloon?', ['bjorn_lamp', 'saloon_main']],
    ['is anything open in the bow', ['bow_hatch', 'water_main']],
    ['is anything open on the deck', ['bow_hatch', 'stern_hatch', 'water_main']],
  ])('"%s"', async (text, expected) => {
    expect(await targets(text)).toEqual(expected);
  });
});

describe('planner: a possessive answer to names that hold the possessive themselves', () => {
  const lanterns = [
    plannerDevice('zoe_lantern', 'light', "Zoë's Lantern", cabin, LIGHT_NOUNS, lightApi),
    plannerDevice('bjorn_lantern', 'light', "Björn's Lantern", saloon, LIGHT_NOUNS, lightApi),
  ].map((device) => ({ ...device, state: {} }));
  it.each([
    ["zoe's", 'zoe_lantern'],
    ["Björn's", 'bjorn_lantern'],
  ])('"%s"', async (answer, expected) => {
    const asked = await planner.plan('turn on the lantern', lanterns, {});
    expect(asked.kind).toBe('clarify');
    if (asked.kind !== 'clarify') return;
    const plan = await planner.plan(answer, lanterns, { pendingClarification: asked.pending });
    expect(plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : plan.kind).toEqual([expected]);
  });
});

describe('planner: a noun that is a property of what "it" was is that property, not the device it heads the name of', () => {
  it('"set it to full speed" after the fan goes to the fan, not the Wind Speed sensor', async () => {
    const plan = await planner.plan('set it to full speed', boat(), { lastDeviceIds: ['bow_fan'] });
    expect(plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : plan.kind).toEqual(['bow_fan']);
  });
  it('a noun no function of theirs names is still a device', async () => {
    const plan = await planner.plan("what's the wind speed", boat(), { lastDeviceIds: ['bow_fan'] });
    expect(plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : plan.kind).toEqual(['wind_speed']);
    const lamp = await planner.plan('turn it off and open the hatch', boat(), { lastDeviceIds: ['zoe_lamp'] });
    expect(lamp.kind).toBe('clarify');
  });
});

describe('planner: "more humid than 65%" compares the reading the adjective names', () => {
  it('reads the bound of "more" or "less" with an adjective before "than"', () => {
    expect(readComparison('the cabin is more humid than 65%')).toMatchObject({ operator: 'above', value: 65, unit: '%' });
    expect(readComparison('the deck is less windy than 20')).toMatchObject({ operator: 'below', value: 20 });
    expect(readComparison('it is more than 5 degrees')).toMatchObject({ operator: 'above', value: 5 });
  });
  it('asks the hygrometer for its humidity, then runs the fan if it holds', async () => {
    const plan = await planner.plan('if the cabin is more humid than 65%, turn on the bow fan', boat(), {});
    expect(plan.kind).toBe('steps');
    if (plan.kind !== 'steps') return;
    expect(plan.steps.map((step) => [step.deviceId, step.text])).toEqual([
      ['cabin_hygrometer', 'What is the humidity of the Cabin Hygrometer?'],
      ['bow_fan', 'Turn on the bow fan.'],
    ]);
    expect(plan.steps[1]!.condition?.compare).toMatchObject({ operator: 'above', value: 65 });
  });
});

describe('answers: "down" and "up" of a level are its zero and above it ("how many blinds are down?")', () => {
  it.each([
    [0, 'down', true],
    [100, 'down', false],
    [40, 'up', true],
    [0, 'up', false],
  ] as const)('position %d is %s: %s', (position, asked, verdict) => {
    expect(readingMatches(position, asked, 'get_position', { position })).toBe(verdict);
  });
});
