import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A home of our own (not the homes of the evals): a mill flat with a studio, a den and a snug. The
// den's television is called by its brand ("Bravia", alias "box"), the snug's by its kind ("Snug
// Television"); the studio's two lights are a "Studio Pendant" and a "Studio Globe" (no light word).
const { wordNet } = openWordNet();
const mill = { id: 'mill', name: 'Mill', aliases: [] };
const area = (id: string, name: string) => ({ id, name, aliases: [], floor: mill });
const studio = area('studio', 'Studio');
const den = area('den', 'Den');
const snug = area('snug', 'Snug');

const lightApi: PlannerApi = [['turn_on', 'action', 'Turns the light on.'], ['turn_off', 'action', 'Turns the light off.']];
const playerApi: PlannerApi = [
  ['turn_on', 'action', 'Turns the player on.'],
  ['turn_off', 'action', 'Turns the player off.'],
  ['mute', 'action', 'Mutes the sound.'],
  ['volume_up', 'action', 'Raises the volume a step.'],
];
const LIGHT_NOUNS = ['light', 'lights', 'lamp', 'pendant', 'ceiling light'];
const PLAYER_NOUNS = ['tv', 'television', 'telly', 'speaker', 'radio'];

function home(state: Record<string, Record<string, unknown>> = {}, bravia: string[] = ['box']): PlannerDevice[] {
  const devices = [
    plannerDevice('den_tv', 'media_player', 'Bravia', den, PLAYER_NOUNS, playerApi, bravia),
    plannerDevice('snug_tv', 'media_player', 'Snug Television', snug, PLAYER_NOUNS, playerApi),
    plannerDevice('studio_radio', 'media_player', 'Studio Radio', studio, PLAYER_NOUNS, playerApi),
    plannerDevice('studio_pendant', 'light', 'Studio Pendant Light', studio, LIGHT_NOUNS, lightApi),
    plannerDevice('studio_globe', 'light', 'Studio Globe', studio, LIGHT_NOUNS, lightApi),
    plannerDevice('den_lamp', 'light', 'Den Lamp', den, LIGHT_NOUNS, lightApi),
  ];
  return devices.map((device) => ({ ...device, state: state[device.id] ?? { on: false, playback: 'stopped' } }));
}

const planner = new BuiltinPlanner({ wordNet });
async function targets(text: string, devices: PlannerDevice[], fromAreaId?: string): Promise<string[] | string> {
  const made = await planner.plan(text, devices, fromAreaId ? { fromAreaId } : {});
  return made.kind === 'steps' ? made.steps.map((step) => step.deviceId).sort() : `asks: ${made.question}`;
}

describe('planner: a kind word in one name does not make that device the only one of the kind (kind-named.ts)', () => {
  it.each(['turn on the television', 'switch the television on', 'put the television on'])('"%s" with both televisions off asks which', async (text) => {
    const made = await targets(text, home());
    expect(made).toMatch(/^asks:/);
    expect(made).toMatch(/Bravia/);
    expect(made).toMatch(/Snug Television/);
  });

  it.each(['mute the television', 'turn the television up', 'turn off the television'])('"%s" reaches the television in use, not the one its name calls so', async (text) => {
    expect(await targets(text, home({ den_tv: { on: true, playback: 'playing' } }))).toEqual(['den_tv']);
  });

  it('reaches the television named by a synonym of the word said ("telly" for "tv")', async () => {
    const devices = home({ den_tv: { on: true, playback: 'playing' } }, ['telly']);
    expect(await targets('mute the tv', devices)).toEqual(['den_tv']);
  });

  it('still reaches the device by its whole name', async () => {
    expect(await targets('turn on the snug television', home({ den_tv: { on: true, playback: 'playing' } }))).toEqual(['snug_tv']);
  });

  it('keeps a device noun to the device so named: a radio is called something else than a television', async () => {
    expect(await targets('turn on the radio', home({ den_tv: { on: true, playback: 'playing' } }))).toEqual(['studio_radio']);
  });

  it.each(['turn the light off in here', 'switch off the light in here', 'light off in here'])('"%s" said in the studio reaches the light that is on, not only the one its name calls a light', async (text) => {
    expect(await targets(text, home({ studio_globe: { on: true } }), 'studio')).toEqual(['studio_globe']);
  });

  it('a narrower kind word keeps its named device: "the lamp" is the lamp, not a globe light', async () => {
    expect(await targets('turn on the lamp', home())).toEqual(['den_lamp']);
  });
});
