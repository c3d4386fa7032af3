import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeviceProfile } from '@meshmind/protocol';
import { Corrections, STATES_BEFORE_EVENT } from '../src/corrections';
import type { RegisteredDevice } from '../src/device-registry';
import { LearnedAliases } from '../src/learned-aliases';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { Store } from '../src/store/store';

// A hall of our own: two ceiling lights, a sconce (a light only by kind), and a chime that cannot be put back.
const hall = { id: 'hall', name: 'Hall', aliases: [], floor: null };
const lightApi = [
  { function: 'turn_on', description: 'Switches the light on.', kind: 'action' as const, parameters: [], sensitive: false },
  { function: 'turn_off', description: 'Switches the light off.', kind: 'action' as const, parameters: [], sensitive: false },
];
const chimeApi = [{ function: 'ring', description: 'Rings the chime once.', kind: 'action' as const, parameters: [], sensitive: false }];

function profile(id: string, type: string, name: string, capabilities: DeviceProfile['capabilities']): DeviceProfile {
  return { protocolVersion: 1, id, type, name, aliases: [], nouns: type === 'light' ? ['light', 'lamp'] : ['chime', 'bell'], area: hall, capabilities, apiDocHash: 'abcdefgh', agentVersion: '1' };
}

const PROFILES = [
  profile('north_light', 'light', 'North light', lightApi),
  profile('south_light', 'light', 'South light', lightApi),
  profile('sconce', 'light', 'Sconce', lightApi),
  profile('chime', 'chime', 'Door chime', chimeApi),
];

describe('corrections: what is put back, what is done instead, and when nothing is', () => {
  let store: Store;
  let corrections: Corrections;
  let aliases: LearnedAliases;
  let goalNumber = 0;
  const registered = new Map<string, RegisteredDevice>(PROFILES.map((entry) => [entry.id, { profile: entry, availability: 'online', state: { on: false }, updatedAt: 1 }]));
  const devices: PlannerDevice[] = PROFILES.map((entry) => ({ ...entry, online: true }));

  beforeEach(() => {
    store = new Store(':memory:');
    store.open();
    aliases = new LearnedAliases({ store, clock: () => 5 });
    corrections = new Corrections({ store, registry: { get: (id) => registered.get(id) }, planner: new BuiltinPlanner(), aliases, clock: () => 5 });
  });
  afterEach(() => store.close());

  /** A finished goal of the conversation: each step done, with the call it made and the state before and after. */
  function previousGoal(steps: Array<{ deviceId: string; text: string; call: string; before: Record<string, unknown>; after: Record<string, unknown> }>): string {
    const goalId = `g${(goalNumber += 1)}`;
    store.insertGoal({ id: goalId, conversationId: 'c', text: steps.map((step) => step.text).join(' and '), origin: null, status: 'done', answer: '', createdAt: 1, finishedAt: 2, unresolved: null });
    store.appendEvent({ at: 1, kind: STATES_BEFORE_EVENT, goalId, data: { states: Object.fromEntries(steps.map((step) => [step.deviceId, step.before])) } });
    store.insertSubtasks(
      steps.map((step, index) => ({
        id: `${goalId}-${index}`,
        goalId,
        deviceId: step.deviceId,
        deviceName: registered.get(step.deviceId)!.profile.name,
        text: step.text,
        status: 'done' as const,
        result: { deviceId: step.deviceId, goalId, outcome: 'done' as const, message: 'ok', state: step.after, calls: [{ function: step.call, arguments: {} }] },
        deadline: 10,
        createdAt: 1,
        finishedAt: 2,
      })),
    );
    return goalId;
  }

  it('puts the wrong light back first and switches the meant one on, learning the words used', () => {
    const lastGoalId = previousGoal([{ deviceId: 'north_light', text: 'Turn on the ceiling light.', call: 'turn_on', before: { on: false }, after: { on: true } }]);
    const outcome = corrections.read('now', 'c', 'wrong one, I meant the sconce', { lastGoalId }, devices);
    expect(outcome).toEqual({
      kind: 'steps',
      steps: [
        { id: 'u1', deviceId: 'north_light', text: 'Turn off the North light.', after: [] },
        { id: 'r1', deviceId: 'sconce', text: 'Turn on the Sconce.', after: [] },
      ],
      note: ' From now on "ceiling light" means Sconce.',
    });
    expect(aliases.list().map((alias) => [alias.phrase, alias.deviceId, alias.kind])).toEqual([['ceiling light', 'sconce', 'correction']]);
  });

  it('leaves a goal that is not a correction to the planner', () => {
    expect(corrections.read('now', 'c', 'turn on the sconce', {}, devices)).toBeUndefined();
    expect(corrections.read('now', 'c', 'no, the purple gizmo', {}, devices)).toBeUndefined();
  });

  it.each([
    ['no, I meant the sconce', 'Turn on the lights.'],
    ['sorry, I meant the sconce', 'Switch the lights on.'],
    ['no I meant the sconce', 'Turn on all the lights.'],
  ])('"%s" after one request reached two lights puts both back and does the request on the sconce', (text, request) => {
    const lastGoalId = previousGoal(['north_light', 'south_light'].map((deviceId) => ({ deviceId, text: request, call: 'turn_on', before: { on: false }, after: { on: true } })));
    const outcome = corrections.read('now', 'c', text, { lastGoalId }, devices);
    expect(outcome).toMatchObject({ kind: 'steps', note: '' });
    if (outcome?.kind !== 'steps') return;
    expect(outcome.steps.map((step) => [step.deviceId, step.text])).toEqual([
      ['north_light', 'Turn off the North light.'],
      ['south_light', 'Turn off the South light.'],
      ['sconce', expect.stringMatching(/sconce/i)],
    ]);
    expect(aliases.list()).toEqual([]);
  });

  it.each([
    ['nothing was done before', undefined, 'I meant the sconce', 'did not just change anything'],
    ['the device meant is the one that was changed', 'north', 'no, I meant the north light', 'That was North light already'],
    ['two lights were changed and either could be the wrong one', 'both', 'no, I meant the sconce', 'cannot tell which of them'],
    ['no function can set the chime back', 'chime', 'no, I meant the sconce', 'cannot put Door chime back'],
    ['the device cannot be told', 'north', 'not that one, the lamp', 'could not tell which device'],
  ])('changes nothing and says so when %s', (_case, previous, text, answer) => {
    const north = { deviceId: 'north_light', text: 'Turn on the light.', call: 'turn_on', before: { on: false }, after: { on: true } };
    // Two requests ("the light", "the south light"): either could be the one meant for the sconce.
    const south = { ...north, deviceId: 'south_light', text: 'Turn on the south light.' };
    const chime = { deviceId: 'chime', text: 'Ring the bell.', call: 'ring', before: { rings: 0 }, after: { rings: 1 } };
    const steps = previous === 'north' ? [north] : previous === 'both' ? [north, south] : previous === 'chime' ? [chime] : [];
    const lastGoalId = steps.length > 0 ? previousGoal(steps) : undefined;
    const outcome = corrections.read('now', 'c', text, lastGoalId ? { lastGoalId } : {}, devices);
    expect(outcome).toMatchObject({ kind: 'answer', status: 'failed', code: 'E_CORRECTION_UNCLEAR', answer: expect.stringContaining(answer) });
    expect(aliases.list()).toEqual([]);
  });
});
