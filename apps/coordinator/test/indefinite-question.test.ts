import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A chapel conversion of our own (none of the eval homes): two doors, each with a smart lock and a
// contact sensor, a vestry window sensor, and two lamps.
const { wordNet } = openWordNet();
const ground = { id: 'ground', name: 'Ground floor', aliases: [] };
const nave = { id: 'nave', name: 'Nave', aliases: [], floor: ground };
const vestry = { id: 'vestry', name: 'Vestry', aliases: [], floor: ground };

const lockApi: PlannerApi = [['lock', 'action', 'Locks the door.'], ['unlock', 'action', 'Unlocks the door.'], ['get_lock_state', 'query', 'Reports whether the door is locked, unlocked or jammed.']];
const contactApi: PlannerApi = [['is_open', 'query', 'Reports whether the door or window is open.']];
const lightApi: PlannerApi = [['turn_on', 'action', 'Turns the light on.'], ['turn_off', 'action', 'Turns the light off.'], ['is_on', 'query', 'Reports whether the light is on.']];
const robotApi: PlannerApi = [['start_cleaning', 'action', 'Starts cleaning.'], ['return_to_dock', 'action', 'Goes back to charge.']];

function home(): PlannerDevice[] {
  return [
    plannerDevice('west_lock', 'lock', 'West Door', nave, ['lock', 'door'], lockApi),
    plannerDevice('west_contact', 'contact_sensor', 'West Door Contact', nave, ['contact sensor', 'door', 'window'], contactApi),
    plannerDevice('vestry_lock', 'lock', 'Vestry Door', vestry, ['lock', 'door'], lockApi),
    plannerDevice('vestry_contact', 'contact_sensor', 'Vestry Door Contact', vestry, ['contact sensor', 'door', 'window'], contactApi),
    plannerDevice('nave_lamp', 'light', 'Pew Lamp', nave, ['light', 'lamp'], lightApi),
    plannerDevice('vestry_lamp', 'light', 'Desk Lamp', vestry, ['light', 'lamp'], lightApi),
    plannerDevice('mop_one', 'vacuum', 'Mop One', nave, ['robot', 'vacuum'], robotApi),
    plannerDevice('mop_two', 'vacuum', 'Mop Two', vestry, ['robot', 'vacuum'], robotApi),
  ];
}

const planner = new BuiltinPlanner({ wordNet });
async function targets(text: string): Promise<string[] | string> {
  const made = await planner.plan(text, home(), {});
  return made.kind === 'steps' ? made.steps.map((step) => step.deviceId).sort() : `asks: ${made.question}`;
}

describe('planner: a question about "a" device of a kind asks each of them', () => {
  it.each(['is a door open?', 'is a door open', 'is there a door open?'])('"%s" asks every door whose reading says open, not one lock', async (text) => {
    expect(await targets(text)).toEqual(['vestry_contact', 'west_contact']);
  });

  it('asks every lamp where "a lamp" is asked about', async () => {
    expect(await targets('is a lamp on?')).toEqual(['nave_lamp', 'vestry_lamp']);
  });

  it('still sends one robot where a command asks for any one', async () => {
    const found = await targets('send a robot to clean');
    expect(Array.isArray(found) ? found.length : found).toBe(1);
  });
});
