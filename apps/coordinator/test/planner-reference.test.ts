import { describe, expect, it } from 'vitest';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A small flat of our own (not the cottage of the evals): names that share words with kinds,
// curtains named in the singular and the plural, a door and its lock that share a name.
const main = { id: 'main', name: 'Main floor', aliases: ['downstairs'] };
const roof = { id: 'roof', name: 'Roof level', aliases: ['upstairs'] };
const yard = { id: 'yard', name: 'Yard', aliases: ['outside', 'outdoors'] };
const area = (id: string, name: string, floor: typeof main, aliases: string[] = []) => ({ id, name, aliases, floor });
const lounge = area('lounge', 'Lounge', main, ['living room']);
const office = area('office', 'Office', main, ['study room']);
const hall = area('hall', 'Hall', main, ['entrance']);
const attic = area('attic', 'Attic bedroom', roof, ['attic']);
const garden = area('garden', 'Garden', yard);
const garage = area('garage', 'Garage', yard);

const LIGHT_NOUNS = ['light', 'lights', 'lamp', 'bulb', 'spotlight', 'downlight', 'pendant'];
const FAN_NOUNS = ['fan', 'ceiling fan', 'desk fan'];
const lightApi: PlannerApi = [['turn_on', 'action', 'Turns the light on.', []], ['turn_off', 'action', 'Turns the light off.', []], ['set_brightness', 'action', 'Sets the brightness.', ['brightness']]];
const fanApi: PlannerApi = [['turn_on', 'action', 'Starts the fan.', []], ['turn_off', 'action', 'Stops the fan.', []]];
const coverApi: PlannerApi = [['open_cover', 'action', 'Opens the cover fully.', []], ['close_cover', 'action', 'Closes the cover fully.', []], ['stop_cover', 'action', 'Stops the cover.', []]];
const lockApi: PlannerApi = [['lock', 'action', 'Locks the door by throwing the bolt.', []], ['unlock', 'action', 'Unlocks the door by retracting the bolt.', []]];


const FLAT: PlannerDevice[] = [
  plannerDevice('arc_lamp', 'light', 'Arc lamp', lounge, LIGHT_NOUNS, lightApi, ['big lamp']),
  plannerDevice('lounge_spots', 'light', 'Lounge spotlights', lounge, LIGHT_NOUNS, lightApi),
  plannerDevice('desk_lamp', 'light', 'Desk lamp', office, LIGHT_NOUNS, lightApi, ['task light']),
  plannerDevice('hall_light', 'light', 'Hall light', hall, LIGHT_NOUNS, lightApi),
  plannerDevice('attic_downlights', 'light', 'Attic downlights', attic, LIGHT_NOUNS, lightApi),
  plannerDevice('garden_lights', 'light', 'Festoon lights', garden, LIGHT_NOUNS, lightApi, ['string lights']),
  plannerDevice('garage_light', 'light', 'Garage light', garage, LIGHT_NOUNS, lightApi, ['yard light']),
  plannerDevice('office_fan', 'fan', 'Desk fan', office, FAN_NOUNS, fanApi),
  plannerDevice('attic_fan', 'fan', 'Ceiling fan', attic, FAN_NOUNS, fanApi),
  plannerDevice('lounge_fan', 'fan', 'Ceiling fan', lounge, FAN_NOUNS, fanApi),
  plannerDevice('bath_vent', 'fan', 'Vent fan', hall, FAN_NOUNS, fanApi, ['bathroom extractor']),
  plannerDevice('lounge_drape', 'cover', 'Lounge drape', lounge, ['cover', 'window covering'], coverApi),
  plannerDevice('attic_drapes', 'cover', 'Attic drapes', attic, ['cover', 'window covering'], coverApi),
  plannerDevice('office_drapes', 'cover', 'Office drapes', office, ['cover', 'window covering'], coverApi),
  plannerDevice('roof_hatch', 'cover', 'Roof hatch', attic, ['cover', 'window covering'], coverApi),
  plannerDevice('garage_door', 'cover', 'Garage door', garage, ['cover', 'window covering'], coverApi),
  plannerDevice('garage_door_lock', 'lock', 'Garage door lock', garage, ['lock', 'door lock', 'door'], lockApi),
];

const planner = new BuiltinPlanner();
async function targets(text: string): Promise<string[] | string> {
  const plan = await planner.plan(text, FLAT, {});
  return plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : `asks: ${plan.question}`;
}

describe('planner: a word that names some devices means those devices only (#17 class 1)', () => {
  it.each([
    ['turn on the arc lamps', ['arc_lamp']],
    ['switch the desk lamps off', ['desk_lamp']],
    ['dim the lounge spotlights to 20 percent', ['lounge_spots']],
    ['turn on the task lights', ['desk_lamp']],
    ['turn the festoon lights on please', ['garden_lights']],
    ['put the string lights on', ['garden_lights']],
    ['start the vent fans', ['bath_vent']],
  ])('"%s" reaches only the devices so named', async (text, expected) => {
    expect(await targets(text)).toEqual(expected);
  });

  it('reads a narrower kind word as the devices carrying it in their names ("the downlights", "the spotlights")', async () => {
    expect(await targets('turn off the downlights')).toEqual(['attic_downlights']);
    expect(await targets('turn off the spotlights')).toEqual(['lounge_spots']);
    expect(await targets('turn on the lamps')).toEqual(['arc_lamp', 'desk_lamp']);
  });

  it('sends a command with a word a sensor carries in its name to what can act ("set the temperature to 21")', async () => {
    const climateApi: PlannerApi = [['set_temperature', 'action', 'Sets the target temperature.', ['temperature']], ['get_current_temperature', 'query', 'Reads the room temperature.', []]];
    const withClimate = [
      ...FLAT,
      plannerDevice('hall_thermostat', 'climate', 'Thermostat', hall, ['thermostat', 'heating', 'temperature'], climateApi),
      plannerDevice('yard_temperature', 'temperature_sensor', 'Yard temperature', garden, ['temperature sensor', 'thermometer', 'temperature'], [['get_temperature', 'query', 'Reads the temperature.', []]]),
    ];
    const plan = await planner.plan('set temperature to 21 degrees', withClimate, {});
    expect(plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : plan).toEqual(['hall_thermostat']);
  });

  it('keeps the general word of a kind for every device of it', async () => {
    expect(await targets('turn off the lights')).toEqual(FLAT.filter((entry) => entry.type === 'light').map((entry) => entry.id));
    expect(await targets('switch off all the lights')).toEqual(FLAT.filter((entry) => entry.type === 'light').map((entry) => entry.id));
  });

  it('reads a plural name whose first word is the place its device is in as the kind there', async () => {
    // "Hall light" is in the hall: "the hall lights" are the lights of the hall.
    expect(await targets('turn on the hall lights')).toEqual(['hall_light']);
    // "Yard light" is the garage's, and the garage is in the yard: every light out there.
    expect(await targets('turn on the yard lights')).toEqual(['garden_lights', 'garage_light']);
  });
});

describe('planner: singular and plural of kind nouns (#17 class 2)', () => {
  it.each([
    ['close every drape', ['lounge_drape', 'attic_drapes', 'office_drapes']],
    ['close all the drapes', ['lounge_drape', 'attic_drapes', 'office_drapes']],
    ['shut all drapes', ['lounge_drape', 'attic_drapes', 'office_drapes']],
  ])('"%s" reaches drapes named in the singular and the plural', async (text, expected) => {
    expect(await targets(text)).toEqual(expected);
  });

  it('finds a device named in the plural by its singular, and the reverse', async () => {
    expect(await targets('open the drape upstairs')).toEqual(['attic_drapes']);
    expect(await targets('open the drape in the office')).toEqual(['office_drapes']);
    expect(await targets('close the lounge drapes')).toEqual(['lounge_drape']);
  });

  it('counts every one of a kind in a question over the group', async () => {
    const plan = await planner.plan('how many drapes are open?', FLAT, {});
    expect(plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : plan).toEqual(['lounge_drape', 'attic_drapes', 'office_drapes']);
  });

  it('takes every device sharing a name said in the plural ("the ceiling fans")', async () => {
    expect(await targets('turn off the ceiling fans')).toEqual(['attic_fan', 'lounge_fan']);
  });
});

describe('planner: the device the verb fits where two names share words (#17 class 4)', () => {
  it.each([
    ['lock the garage door', ['garage_door_lock']],
    ['unlock the garage door', ['garage_door_lock']],
    ['please lock the garage door', ['garage_door_lock']],
    ['close the garage door', ['garage_door']],
    ['open the garage door', ['garage_door']],
    ['stop the garage door', ['garage_door']],
  ])('"%s" goes to the device whose API does it', async (text, expected) => {
    expect(await targets(text)).toEqual(expected);
  });

  it('leaves a question about the door with the door', async () => {
    const plan = await planner.plan('is the garage door open?', FLAT, {});
    expect(plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : plan).toEqual(['garage_door']);
  });
});

describe('planner: no question where the state says which device is meant (#17 class 3)', () => {
  const mediaApi: PlannerApi = [
    ['turn_on', 'action', 'Turns the player on.', []],
    ['turn_off', 'action', 'Turns the player off.', []],
    ['play', 'action', 'Starts or resumes playback.', []],
    ['pause', 'action', 'Pauses playback.', []],
    ['next_track', 'action', 'Skips to the next track.', []],
    ['volume_down', 'action', 'Lowers the volume by a step.', ['step']],
  ];
  const MEDIA_NOUNS = ['tv', 'television', 'speaker', 'music', 'radio'];
  const withState = (entry: PlannerDevice, state: Record<string, unknown>): PlannerDevice => ({ ...entry, state });
  const home = (playing: string | null, running: string | null): PlannerDevice[] => [
    ...FLAT.filter((entry) => entry.type !== 'fan'),
    ...FLAT.filter((entry) => entry.type === 'fan').map((entry) => withState(entry, { on: entry.id === running })),
    ...[
      plannerDevice('lounge_tv', 'media_player', 'Lounge TV', lounge, MEDIA_NOUNS, mediaApi),
      plannerDevice('office_radio', 'media_player', 'Office radio', office, MEDIA_NOUNS, mediaApi),
      plannerDevice('attic_speaker', 'media_player', 'Attic speaker', attic, MEDIA_NOUNS, mediaApi),
    ].map((entry) => withState(entry, entry.id === playing ? { on: true, playback: 'playing' } : { on: false, playback: 'idle' })),
  ];
  const targetsIn = async (devices: PlannerDevice[], text: string) => {
    const plan = await planner.plan(text, devices, {});
    return plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : `asks: ${plan.question}`;
  };

  it.each(['pause the music', 'stop the music', 'turn the music off', 'skip this track', 'next track please', 'turn the volume down'])(
    '"%s" with one player playing goes to it',
    async (text) => {
      expect(await targetsIn(home('office_radio', null), text)).toEqual(['office_radio']);
    },
  );

  it('takes the one running of two devices of one name for a request to stop it', async () => {
    expect(await targetsIn(home(null, 'attic_fan'), 'turn off the ceiling fan')).toEqual(['attic_fan']);
    expect(await targetsIn(home(null, 'attic_fan'), 'stop the ceiling fan')).toEqual(['attic_fan']);
  });

  it('still asks where the request is to start one, or where none or several are in use', async () => {
    expect(await targetsIn(home(null, 'attic_fan'), 'turn on the ceiling fan')).toMatch(/^asks: Which ceiling fan/);
    expect(await targetsIn(home(null, 'attic_fan'), 'start the ceiling fan')).toMatch(/^asks: Which ceiling fan/);
    expect(await targetsIn(home(null, null), 'turn off the ceiling fan')).toMatch(/^asks: Which ceiling fan/);
    expect(await targetsIn(home('office_radio', null), 'play the music')).toMatch(/^asks: Which music/);
    expect(await targetsIn(home(null, null), 'pause the music')).toMatch(/^asks: Which music/);
  });
});
