import { describe, expect, it } from 'vitest';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A village hall of our own: a main room with a sound system and a projector, a lounge with two lamps.
const floor = { id: 'ground', name: 'Ground floor', aliases: [] };
const main = { id: 'main_room', name: 'Main Room', aliases: [], floor };
const lounge = { id: 'lounge', name: 'Lounge', aliases: [], floor };

const playerApi: PlannerApi = [
  ['turn_on', 'action', 'Switches the player on.'],
  ['turn_off', 'action', 'Switches the player off.'],
  ['volume_up', 'action', 'Turns the volume up, louder.', ['step']],
  ['volume_down', 'action', 'Turns the volume down, quieter.', ['step']],
  ['pause', 'action', 'Pauses playback.'],
];
const lightApi: PlannerApi = [['turn_on', 'action', 'Turns the light on.'], ['turn_off', 'action', 'Turns the light off.'], ['set_brightness', 'action', 'Sets the brightness.', ['brightness']]];

function hall(playing: 'sound' | 'both' | 'none'): PlannerDevice[] {
  const sound = plannerDevice('sound_system', 'media_player', 'Sound System', main, ['speaker', 'music'], playerApi);
  const projector = plannerDevice('projector', 'media_player', 'Projector', main, ['projector', 'tv'], playerApi);
  return [
    { ...sound, state: playing === 'none' ? { on: false, playback: 'stopped' } : { on: true, playback: 'playing' } },
    { ...projector, state: playing === 'both' ? { on: true, playback: 'playing' } : { on: false, playback: 'stopped' } },
    { ...plannerDevice('lamp_a', 'light', 'Tall Lamp', lounge, ['lamp', 'light'], lightApi), state: { on: false } },
    { ...plannerDevice('lamp_b', 'light', 'Short Lamp', lounge, ['lamp', 'light'], lightApi), state: { on: true } },
  ];
}

const planner = new BuiltinPlanner();
async function targets(text: string, devices: PlannerDevice[]): Promise<string[] | 'asked'> {
  const made = await planner.plan(text, devices, {});
  return made.kind === 'clarify' ? 'asked' : made.steps.map((step) => step.deviceId).sort();
}

describe('planner: a change said of a place goes to the one device there in use', () => {
  it.each(['make it quieter in the main room', 'turn it down in the main room', 'turn the volume up in the main room'])('"%s" with the sound system playing and the projector off: the sound system', async (text) => {
    expect(await targets(text, hall('sound'))).toEqual(['sound_system']);
  });

  it('both playing: both', async () => {
    expect(await targets('make it quieter in the main room', hall('both'))).toEqual(['projector', 'sound_system']);
  });

  it('a request to put them in use is not narrowed to the one already in use', async () => {
    expect(await targets('turn on everything in the main room', hall('sound'))).toEqual(['projector', 'sound_system']);
  });
});
