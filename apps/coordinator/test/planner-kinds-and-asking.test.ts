import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import { addBroaderOwnNouns } from '../src/planner/broader-nouns';
import { withoutAskingForSpeaker } from '../src/planner/asked-request';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A home of our own (not the homes of the evals): a narrowboat with a workshop, a cabin and a
// galley. Its convector and its radiator are smart plugs, so only their names say they heat.
const { wordNet } = openWordNet();
const deck = { id: 'deck', name: 'Deck', aliases: [] };
const area = (id: string, name: string) => ({ id, name, aliases: [], floor: deck });
const workshop = area('workshop', 'Workshop');
const cabin = area('cabin', 'Cabin');
const galley = area('galley', 'Galley');

const plugApi: PlannerApi = [['turn_on', 'action', 'Switches the socket on.'], ['turn_off', 'action', 'Switches the socket off.']];
const lightApi: PlannerApi = [['turn_on', 'action', 'Turns the light on.'], ['turn_off', 'action', 'Turns the light off.'], ['set_brightness', 'action', 'Sets the brightness.', ['brightness']]];
const climateApi: PlannerApi = [
  ['set_temperature', 'action', 'Sets the target temperature.', ['temperature']],
  ['set_mode', 'action', 'Sets the mode (heat, cool, off).', ['mode']],
  ['get_current_temperature', 'query', 'Reads the room temperature.'],
];
const playerApi: PlannerApi = [
  ['play', 'action', 'Starts or resumes playback.'],
  ['pause', 'action', 'Pauses playback.'],
  ['set_volume', 'action', 'Sets the volume.', ['volume']],
  ['volume_up', 'action', 'Raises the volume a step.'],
];
const listApi: PlannerApi = [['add_item', 'action', 'Adds an item to the list.', ['item']], ['get_items', 'query', 'Reads the items on the list.']];
const SWITCH_NOUNS = ['switch', 'plug', 'smart plug', 'socket'];
const LIGHT_NOUNS = ['light', 'lights', 'lamp', 'downlight', 'pendant'];
const CLIMATE_NOUNS = ['thermostat', 'heating', 'heater', 'radiator', 'air conditioner'];
const PLAYER_NOUNS = ['tv', 'speaker', 'music', 'radio'];

function home(state: Record<string, Record<string, unknown>> = {}): PlannerDevice[] {
  const devices = [
    plannerDevice('workshop_radiator', 'switch', 'Workshop radiator', workshop, SWITCH_NOUNS, plugApi),
    plannerDevice('cabin_convector', 'switch', 'Convector', cabin, SWITCH_NOUNS, plugApi),
    plannerDevice('cabin_heater', 'switch', 'Cabin heater', cabin, SWITCH_NOUNS, plugApi),
    plannerDevice('boat_thermostat', 'climate', 'Boat thermostat', cabin, CLIMATE_NOUNS, climateApi, ['heating']),
    plannerDevice('chart_lamp', 'light', 'Chart lamp', cabin, LIGHT_NOUNS, lightApi),
    plannerDevice('cabin_downlights', 'light', 'Cabin downlights', cabin, LIGHT_NOUNS, lightApi),
    plannerDevice('galley_lamp', 'light', 'Galley lamp', galley, LIGHT_NOUNS, lightApi),
    plannerDevice('galley_pendants', 'light', 'Galley pendants', galley, LIGHT_NOUNS, lightApi),
    plannerDevice('cabin_speaker', 'media_player', 'Cabin speaker', cabin, PLAYER_NOUNS, playerApi, ['cabin music']),
    plannerDevice('galley_radio', 'media_player', 'Galley radio', galley, PLAYER_NOUNS, playerApi),
    plannerDevice('jobs_list', 'todo_list', 'Boat jobs', workshop, ['list', 'to-do list', 'jobs'], listApi),
  ];
  return devices.map((device) => ({ ...device, state: state[device.id] ?? { on: false } }));
}

const planner = new BuiltinPlanner({ wordNet });
async function plan(text: string, devices = home()): Promise<Array<[string, string]> | string> {
  const made = await planner.plan(text, devices, {});
  return made.kind === 'steps' ? made.steps.map((step) => [step.deviceId, step.text]) : `asks: ${made.question}`;
}
async function targets(text: string, devices = home()): Promise<string[] | string> {
  const made = await plan(text, devices);
  return typeof made === 'string' ? made : made.map(([id]) => id).sort();
}

describe.skipIf(!wordNet)('planner: a device is the kind its name word is a kind of (WordNet)', () => {
  it.each(['turn off all the heaters', 'switch every heater on', 'turn the heaters off'])('"%s" reaches the radiator and the convector by their names, and the heater, never the thermostat', async (text) => {
    expect(await targets(text)).toEqual(['cabin_convector', 'cabin_heater', 'workshop_radiator']);
  });

  it('takes only the heaters of a place said with them', async () => {
    expect(await targets('turn off the heaters in the cabin')).toEqual(['cabin_convector', 'cabin_heater']);
  });

  it('still reaches a device by its own name', async () => {
    expect(await targets('turn on the radiator')).toEqual(['workshop_radiator']);
    expect(await targets('turn on the convector')).toEqual(['cabin_convector']);
  });

  it.each([
    ['turn on the lamps', ['chart_lamp', 'galley_lamp']],
    ['lamps on in the cabin', ['chart_lamp']],
    ['turn on all the lamps', ['chart_lamp', 'galley_lamp']],
    ['switch off the pendants', ['galley_pendants']],
  ])('"%s" never widens from the devices so named to every light', async (text, expected) => {
    expect(await targets(text)).toEqual(expected);
  });
});

describe('broader nouns: only kind words of the catalog, of another type, one step up', () => {
  const device = (id: string, type: string, name: string, nouns: string[]) => plannerDevice(id, type, name, cabin, nouns, plugApi);
  const ancestors: Record<string, Record<string, number>> = {
    radiator: { heater: 1, device: 2 },
    lantern: { lamp: 1 },
    blanket: { cover: 1 },
    stove: { appliance: 1, heater: 2 },
  };
  const read = (noun: string) => new Map(Object.entries(ancestors[noun] ?? {}));

  it('files a plug called radiator under heater, a climate kind word, and leaves the rest', () => {
    const devices = [
      device('plug', 'switch', 'Oil radiator', ['switch']),
      device('porch', 'light', 'Porch lantern', ['light', 'lamp']),
      device('blanket', 'switch', 'Electric blanket', ['switch']),
      device('stove', 'switch', 'Stove', ['switch']),
      device('thermostat', 'climate', 'Thermostat', ['thermostat', 'heater']),
      device('blind', 'cover', 'Blind', ['cover']),
    ];
    const ownNouns = new Map([['radiator', new Set(['plug'])], ['lantern', new Set(['porch'])], ['blanket', new Set(['blanket'])], ['stove', new Set(['stove'])]]);
    const byNoun = new Map([['heater', new Set(['thermostat'])], ['lamp', new Set(['porch'])], ['cover', new Set(['blind'])]]);
    addBroaderOwnNouns(devices, ownNouns, byNoun, read);
    expect([...byNoun.get('heater')!].sort()).toEqual(['plug', 'thermostat']);
    expect(ownNouns.get('heater')).toEqual(new Set(['plug']));
    // A lantern is a lamp, but its own type already says which lights are lamps; "cover" is a type's general word.
    expect(ownNouns.has('lamp')).toBe(false);
    expect(byNoun.get('cover')).toEqual(new Set(['blind']));
  });
});

describe('planner: "the music" is what a player does, so the one playing is meant', () => {
  it.each(['turn the music up', 'turn the music down', 'pause the music'])('"%s" with the galley radio playing reaches the radio, not the speaker called "cabin music"', async (text) => {
    const playing = home({ galley_radio: { on: true, playback: 'playing' }, cabin_speaker: { on: false, playback: 'stopped' } });
    expect(await targets(text, playing)).toEqual(['galley_radio']);
  });

  it('reaches the speaker its name says where nothing is playing', async () => {
    expect(await targets('turn the music up', home({ galley_radio: { on: false, playback: 'stopped' } }))).toEqual(['cabin_speaker']);
  });

  it('keeps a device noun to the device so named: "the speaker" is the speaker, whatever plays', async () => {
    const playing = home({ galley_radio: { on: true, playback: 'playing' } });
    expect(await targets('turn the speaker up', playing)).toEqual(['cabin_speaker']);
  });
});

describe('planner: a request asked as a question for the speaker is a command', () => {
  it.each([
    ['please can I have the heating at 20', 'boat_thermostat', 'The heating at 20.'],
    ['can I have the heating at 20?', 'boat_thermostat', 'The heating at 20.'],
    ['could I please have the chart lamp on', 'chart_lamp', 'The chart lamp on.'],
    ['may we have the galley lamp at 40%?', 'galley_lamp', 'The galley lamp at 40%.'],
  ])('"%s" sends %s what is wanted, not a question', async (text, device, subtask) => {
    expect(await plan(text)).toEqual([[device, subtask]]);
  });

  it('reads only that opening: other questions and commands are as said', () => {
    expect(withoutAskingForSpeaker('can I open the window?')).toBe('can I open the window?');
    expect(withoutAskingForSpeaker('what can I have for dinner?')).toBe('what can I have for dinner?');
    expect(withoutAskingForSpeaker('could we get the lights off')).toBe('the lights off');
  });
});

describe('planner: verb-phrase items around one list go as one request each', () => {
  it.each([
    ['add check the bilge and clean the hull to the boat jobs', ['Add check the bilge to the boat jobs.', 'Add clean the hull to the boat jobs.']],
    ['add check the oil and clean the filter to the jobs list', ['Add check the oil to the jobs list.', 'Add clean the filter to the jobs list.']],
  ])('"%s"', async (text, subtasks) => {
    expect(await plan(text)).toEqual(subtasks.map((subtask) => ['jobs_list', subtask]));
  });

  it('keeps noun items as one request, for the list to split', async () => {
    expect(await plan('add rope and paint to the jobs list')).toEqual([['jobs_list', 'Add rope and paint to the jobs list.']]);
  });
});
