import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import { reportsState } from '../src/planner/asked-state';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A home of our own (not the homes of the evals): a boathouse whose "Slipway Door" is a smart lock
// with a contact sensor "Slipway Door Sensor" on the same door, and a "Loading Hatch" that is a
// cover reporting its own position.
const { wordNet } = openWordNet();
const shore = { id: 'shore', name: 'Shore', aliases: [] };
const boathouse = { id: 'boathouse', name: 'Boathouse', aliases: [], floor: shore };

const lockApi: PlannerApi = [
  ['lock', 'action', 'Locks the door.'],
  ['unlock', 'action', 'Unlocks the door.'],
  ['get_lock_state', 'query', 'Reports whether the door is locked, unlocked or jammed.'],
];
const contactApi: PlannerApi = [['is_open', 'query', 'Reports whether the door or window is open.']];
const coverApi: PlannerApi = [
  ['open_cover', 'action', 'Opens the hatch.'],
  ['close_cover', 'action', 'Closes the hatch.'],
  ['get_state', 'query', 'Reports whether the hatch is open or closed.'],
];

function home(): PlannerDevice[] {
  return [
    plannerDevice('slipway_lock', 'lock', 'Slipway Door', boathouse, ['lock', 'door'], lockApi),
    plannerDevice('slipway_contact', 'contact_sensor', 'Slipway Door Sensor', boathouse, ['contact sensor', 'door sensor'], contactApi),
    plannerDevice('hatch', 'cover', 'Loading Hatch', boathouse, ['cover', 'hatch'], coverApi),
    plannerDevice('hatch_contact', 'contact_sensor', 'Loading Hatch Sensor', boathouse, ['contact sensor'], contactApi),
  ];
}

const planner = new BuiltinPlanner({ wordNet });
async function targets(text: string): Promise<string[] | string> {
  const made = await planner.plan(text, home(), {});
  return made.kind === 'steps' ? made.steps.map((step) => step.deviceId).sort() : `asks: ${made.question}`;
}

describe('planner: a question about a state goes to the device whose reading is that state (asked-state.ts)', () => {
  it('reads which queries say a state word', () => {
    const [lock, contact] = home();
    expect(reportsState(lock!, 'open')).toBe(false);
    expect(reportsState(lock!, 'locked')).toBe(true);
    expect(reportsState(contact!, 'open')).toBe(true);
  });

  it.each(['is the slipway door open?', 'is the slipway door closed?', 'is the slipway door open or shut?'])('"%s" asks the door\'s contact sensor, not the lock', async (text) => {
    expect(await targets(text)).toEqual(['slipway_contact']);
  });

  it.each(['is the slipway door locked?', 'is the slipway door unlocked?'])('"%s" still asks the lock', async (text) => {
    expect(await targets(text)).toEqual(['slipway_lock']);
  });

  it('keeps a device that reports the state itself: the hatch says whether it is open', async () => {
    expect(await targets('is the loading hatch open?')).toEqual(['hatch']);
  });

  it('leaves a command to the lock alone', async () => {
    expect(await targets('lock the slipway door')).toEqual(['slipway_lock']);
  });
});
