import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A home of our own: a boathouse with a "TV" in the cabin and another in the bunk room, a "Radio"
// and a "Jukebox" in the cabin; a "Deck Light", a "Chart Lamp" and a "Berth Lamp"; a "Mast Light"
// on deck and a "Mast Lights" string in the cabin.
const { wordNet } = openWordNet();
const boat = { id: 'boat', name: 'Boat', aliases: [] };
const area = (id: string, name: string) => ({ id, name, aliases: [], floor: boat });
const cabin = area('cabin', 'Cabin');
const bunks = area('bunks', 'Bunk Room');
const deck = area('deck', 'Deck');

const lightApi: PlannerApi = [['turn_on', 'action', 'Turns the light on.'], ['turn_off', 'action', 'Turns the light off.']];
const playerApi: PlannerApi = [['turn_on', 'action', 'Turns the player on.'], ['turn_off', 'action', 'Turns the player off.']];
const LIGHT_NOUNS = ['light', 'lights', 'lamp'];
const PLAYER_NOUNS = ['tv', 'television', 'telly', 'speaker', 'radio', 'music'];

function home(): PlannerDevice[] {
  return [
    plannerDevice('cabin_tv', 'media_player', 'TV', cabin, PLAYER_NOUNS, playerApi),
    plannerDevice('bunk_tv', 'media_player', 'TV', bunks, PLAYER_NOUNS, playerApi),
    plannerDevice('radio', 'media_player', 'Radio', cabin, PLAYER_NOUNS, playerApi),
    plannerDevice('jukebox', 'media_player', 'Jukebox Music', cabin, PLAYER_NOUNS, playerApi),
    plannerDevice('deck_light', 'light', 'Deck Light', deck, LIGHT_NOUNS, lightApi),
    plannerDevice('chart_lamp', 'light', 'Chart Lamp', cabin, LIGHT_NOUNS, lightApi),
    plannerDevice('berth_lamp', 'light', 'Berth Lamp', bunks, LIGHT_NOUNS, lightApi),
    plannerDevice('mast_light', 'light', 'Mast Light', deck, LIGHT_NOUNS, lightApi),
    plannerDevice('mast_string', 'light', 'Mast Lights', cabin, LIGHT_NOUNS, lightApi),
  ].map((device) => ({ ...device, state: { on: true, playback: 'playing' } }));
}

const planner = new BuiltinPlanner({ wordNet });
async function targets(text: string): Promise<string[] | string> {
  const made = await planner.plan(text, home(), {});
  return made.kind === 'steps' ? made.steps.map((step) => step.deviceId).sort() : made.kind;
}

describe.skipIf(!wordNet)('planner: a kind noun said in the plural means what its singular would (issue #17 class 1)', () => {
  it.each(['switch both TVs off', 'switch off the tvs', 'turn the TVs off please', 'turn off all the tvs'])('"%s" reaches the two TVs, never the radio or the jukebox', async (text) => {
    expect(await targets(text)).toEqual(['bunk_tv', 'cabin_tv']);
  });

  it.each(['turn off the lights', 'switch all the lights off'])('"%s" still reaches every light, the lamps too', async (text) => {
    expect(await targets(text)).toEqual(['berth_lamp', 'chart_lamp', 'deck_light', 'mast_light', 'mast_string']);
  });

  it.each(['turn off the lamps', 'switch the lamps off'])('"%s" reaches the lamps only', async (text) => {
    expect(await targets(text)).toEqual(['berth_lamp', 'chart_lamp']);
  });

  it.each(['turn off the mast lights', 'switch the mast lights off'])('"%s" is the device named so, before the plural of the "Mast Light"', async (text) => {
    expect(await targets(text)).toEqual(['mast_string']);
  });
});
