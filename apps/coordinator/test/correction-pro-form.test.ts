import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeviceProfile } from '@meshmind/protocol';
import { Corrections, STATES_BEFORE_EVENT } from '../src/corrections';
import type { RegisteredDevice } from '../src/device-registry';
import { LearnedAliases } from '../src/learned-aliases';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { Store } from '../src/store/store';

// A flat of our own: a "Ceiling Light" in the den and another in the study, a "Floor Lamp" in the den.
const den = { id: 'den', name: 'Den', aliases: [], floor: null };
const study = { id: 'study', name: 'Study', aliases: [], floor: null };
const lightApi = [
  { function: 'turn_on', description: 'Switches the light on.', kind: 'action' as const, parameters: [], sensitive: false },
  { function: 'turn_off', description: 'Switches the light off.', kind: 'action' as const, parameters: [], sensitive: false },
];

function profile(id: string, name: string, area: typeof den): DeviceProfile {
  return { protocolVersion: 1, id, type: 'light', name, aliases: [], nouns: ['light', 'lamp'], area, capabilities: lightApi, apiDocHash: 'abcdefgh', agentVersion: '1' };
}

const PROFILES = [profile('den_ceiling', 'Ceiling Light', den), profile('study_ceiling', 'Ceiling Light', study), profile('den_lamp', 'Floor Lamp', den)];

describe('corrections: "the study one" stands for the name of the device just acted on, in another place', () => {
  let store: Store;
  let corrections: Corrections;
  let aliases: LearnedAliases;
  const registered = new Map<string, RegisteredDevice>(PROFILES.map((entry) => [entry.id, { profile: entry, availability: 'online', state: { on: false }, updatedAt: 1 }]));
  const devices: PlannerDevice[] = PROFILES.map((entry) => ({ ...entry, online: true }));

  beforeEach(() => {
    store = new Store(':memory:');
    store.open();
    aliases = new LearnedAliases({ store, clock: () => 5 });
    corrections = new Corrections({ store, registry: { get: (id) => registered.get(id) }, planner: new BuiltinPlanner(), aliases, clock: () => 5 });
  });
  afterEach(() => store.close());

  function previousGoal(deviceId: string, text: string): string {
    store.insertGoal({ id: 'g1', conversationId: 'c', text, origin: null, status: 'done', answer: '', createdAt: 1, finishedAt: 2, unresolved: null });
    store.appendEvent({ at: 1, kind: STATES_BEFORE_EVENT, goalId: 'g1', data: { states: { [deviceId]: { on: false } } } });
    store.insertSubtasks([
      {
        id: 'g1-0',
        goalId: 'g1',
        deviceId,
        deviceName: registered.get(deviceId)!.profile.name,
        text,
        status: 'done' as const,
        result: { deviceId, goalId: 'g1', outcome: 'done' as const, message: 'ok', state: { on: true }, calls: [{ function: 'turn_on', arguments: {} }] },
        deadline: 10,
        createdAt: 1,
        finishedAt: 2,
      },
    ]);
    return 'g1';
  }

  it.each(['no, I meant the study one', 'not that one, the study one', 'wrong one, I meant the one in the study'])('"%s" puts the den\'s light back, switches the study\'s on and learns no name', (text) => {
    const lastGoalId = previousGoal('den_ceiling', 'Switch the ceiling light on in the den.');
    const outcome = corrections.read('now', 'c', text, { lastGoalId }, devices);
    expect(outcome).toMatchObject({ kind: 'steps', note: '' });
    if (outcome?.kind !== 'steps') return;
    expect(outcome.steps.map((step) => step.deviceId)).toEqual(['den_ceiling', 'study_ceiling']);
    expect(outcome.steps[1]!.text).toMatch(/\bon\b/i);
    expect(aliases.list()).toEqual([]);
  });

  it('reads no pro-form where the name with the place names no other device', () => {
    const lastGoalId = previousGoal('den_lamp', 'Turn on the floor lamp.');
    const outcome = corrections.read('now', 'c', 'no, I meant the study one', { lastGoalId }, devices);
    expect(outcome).toMatchObject({ kind: 'answer', status: 'failed', code: 'E_CORRECTION_UNCLEAR' });
    expect(aliases.list()).toEqual([]);
  });
});
