import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { readAbsentKind } from '../src/planner/absent-kind';
import { nameHead, ownLabelNouns } from '../src/planner/name-head';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A home of our own (none of the eval homes): a mill conversion with a studio, a sauna and a den.
// The coffee machine is in the studio; the sauna has no screen; a TV is in the loft, a projector in the den.
const { wordNet } = openWordNet();
const ground = { id: 'ground', name: 'Ground floor', aliases: [] };
const area = (id: string, name: string) => ({ id, name, aliases: [], floor: ground });
const studio = area('studio', 'Studio');
const sauna = area('sauna', 'Sauna');
const den = area('den', 'Den');
const loft = area('loft', 'Loft');

const plugApi: PlannerApi = [['turn_on', 'action', 'Switches the socket on.'], ['turn_off', 'action', 'Switches the socket off.'], ['is_on', 'query', 'Whether the socket is on.']];
const lightApi: PlannerApi = [
  ['turn_on', 'action', 'Turns the light on.'],
  ['turn_off', 'action', 'Turns the light off.'],
  ['set_color_temperature', 'action', 'Sets the white colour temperature.', ['kelvin']],
];
const playerApi: PlannerApi = [['turn_on', 'action', 'Switches the player on.'], ['turn_off', 'action', 'Switches the player off.'], ['set_mute', 'action', 'Mutes or unmutes the sound.', ['muted']]];
const lockApi: PlannerApi = [['lock', 'action', 'Locks the door.'], ['unlock', 'action', 'Unlocks the door.']];
const blindApi: PlannerApi = [['open_cover', 'action', 'Opens the blind.'], ['get_position', 'query', 'Reads how far the blind is open.']];
const lightNouns = ['light', 'lamp', 'bulb'];
const tvNouns = ['tv', 'television', 'speaker'];

function home(): PlannerDevice[] {
  const projector = plannerDevice('projector', 'media_player', 'Epson', den, tvNouns, playerApi, ['beamer']);
  const denTv = plannerDevice('den_tv', 'media_player', 'Den TV', loft, tvNouns, playerApi);
  denTv.state = { on: false, playback: 'stopped' };
  return [
    plannerDevice('coffee', 'switch', 'Coffee Machine', studio, ['switch', 'plug'], plugApi),
    plannerDevice('studio_lamp', 'light', 'Studio Lamp', studio, lightNouns, lightApi),
    plannerDevice('sauna_light', 'light', 'Sauna Light', sauna, lightNouns, lightApi),
    plannerDevice('sauna_stove', 'switch', 'Sauna Stove', sauna, ['switch', 'plug'], plugApi),
    plannerDevice('sauna_blind', 'cover', 'Sauna Blind', sauna, ['blind', 'cover'], blindApi),
    plannerDevice('den_fan_heater', 'switch', 'Fan Heater', den, ['switch', 'plug'], plugApi),
    projector,
    denTv,
    plannerDevice('stair_lamp_upper', 'light', 'Stair Lamp Upper', loft, lightNouns, lightApi),
    plannerDevice('stair_lamp_lower', 'light', 'Stair Lamp Lower', den, lightNouns, lightApi),
    plannerDevice('porch', 'light', 'Lantern', den, lightNouns, lightApi, ['light by the gate']),
    plannerDevice('gate', 'lock', 'Garden Gate', den, ['lock', 'door lock', 'gate'], lockApi),
  ];
}

const planner = new BuiltinPlanner({ wordNet });
async function targets(text: string, devices = home()): Promise<string[] | string> {
  const plan = await planner.plan(text, devices, {});
  if (plan.kind !== 'steps') return 'asks';
  return plan.steps.length > 0 ? plan.steps.map((step) => step.deviceId).sort() : 'none';
}

describe('a kind of device the named place lacks', () => {
  it.each([
    'turn on the coffee machine in the sauna',
    'switch the coffee machine on in the den',
    'turn on the tv in the sauna',
    'put the television on in the studio',
  ])('"%s" reaches no device of the place: it says so and asks (missing-place.ts)', async (text) => {
    expect(await targets(text)).toBe('asks');
  });

  it('still finds the device of that kind where it is', async () => {
    expect(await targets('turn on the coffee machine in the studio')).toEqual(['coffee']);
    expect(await targets('turn on the light in the sauna')).toEqual(['sauna_light']);
  });

  it('reads a noun the place documents as a property, and one its names carry as those devices', () => {
    const devices = home();
    const inSauna = devices.filter((device) => device.area?.id === 'sauna');
    const inDen = devices.filter((device) => device.area?.id === 'den');
    expect(readAbsentKind(inSauna, ['color temperature'], false)).toEqual({ kind: 'property' });
    expect(readAbsentKind(inDen, ['fan'], false)).toEqual({ kind: 'named', devices: [devices.find((device) => device.id === 'den_fan_heater')] });
    expect(readAbsentKind(inSauna, ['dishwasher'], false)).toEqual({ kind: 'absent' });
  });
});

describe('the nouns a name gives its device', () => {
  it('takes the head before a qualifying phrase', () => {
    expect(nameHead(['light', 'by', 'the', 'gate'])).toBe('light');
    expect(nameHead(['lamp', 'on', 'the', 'piano'])).toBe('lamp');
    expect(nameHead(['bedroom', 'blinds'])).toBe('blinds');
    expect(nameHead(['the', 'frame'])).toBe('frame');
  });

  it('adds a word of the name that the kind is called by', () => {
    expect(ownLabelNouns(['stair', 'lamp', 'upper'], lightNouns)).toEqual(['upper', 'lamp']);
    expect(ownLabelNouns(['tv', 'backlight'], lightNouns)).toEqual(['backlight']);
  });

  it('"lock all the gates" leaves the light by the gate alone', async () => {
    expect(await targets('lock all the gates')).toEqual(['gate']);
  });

  it('"the lamps" finds a lamp whose name ends in another word', async () => {
    expect(await targets('turn the stair lamps on')).toEqual(['stair_lamp_lower', 'stair_lamp_upper']);
  });
});

describe('the word that opens a question', () => {
  it.each(['how stuffy is the sauna', 'how is the air in the sauna?'])('"%s" is no word of what a blind reads', async (text) => {
    expect(await targets(text)).toBe('none');
  });

  it('leaves the words after it to fit', async () => {
    expect(await targets('how far open is the sauna blind?')).toEqual(['sauna_blind']);
  });
});
