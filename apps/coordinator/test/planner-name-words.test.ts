import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import { homeWordMisspelt } from '../src/planner/name-typos';
import type { PlanContext, PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A flat of our own (none of the eval homes): a study, a lounge and a porch, two door locks and a
// shed's roller door, lamps beside lights, names without a kind noun ("Study Ceiling").
const { wordNet } = openWordNet();
const ground = { id: 'ground', name: 'Ground floor', aliases: [] };
const area = (id: string, name: string, aliases: string[] = []) => ({ id, name, aliases, floor: ground });
const study = area('study', 'Study');
const lounge = area('lounge', 'Lounge', ['sitting room']);
const porch = area('porch', 'Porch');
const shed = area('shed', 'Shed');

const LIGHT_NOUNS = ['light', 'lights', 'lamp', 'ceiling light', 'reading lamp', 'spotlight'];
const lightApi: PlannerApi = [['turn_on', 'action', 'Turns the light on.', []], ['turn_off', 'action', 'Turns the light off.', []]];
const coverApi: PlannerApi = [['open_cover', 'action', 'Opens the cover.', []], ['close_cover', 'action', 'Closes the cover.', []]];
const lockApi: PlannerApi = [['lock', 'action', 'Locks the door.', []], ['unlock', 'action', 'Unlocks the door.', []], ['get_lock_state', 'query', 'Whether it is locked.', []]];
const rollerApi: PlannerApi = [['open_door', 'action', 'Raises the roller door.', []], ['close_door', 'action', 'Lowers the roller door.', []]];
const LOCK_NOUNS = ['lock', 'door lock', 'door'];

function home(states: Record<string, Record<string, unknown>> = {}): PlannerDevice[] {
  const devices = [
    plannerDevice('study_ceiling', 'light', 'Study Ceiling', study, LIGHT_NOUNS, lightApi),
    plannerDevice('study_lamp', 'light', 'Study Reading Lamp', study, LIGHT_NOUNS, lightApi),
    plannerDevice('lounge_ceiling', 'light', 'Lounge Ceiling', lounge, LIGHT_NOUNS, lightApi),
    plannerDevice('lounge_lamp_left', 'light', 'Left Lounge Lamp', lounge, LIGHT_NOUNS, lightApi),
    plannerDevice('lounge_lamp_right', 'light', 'Right Lounge Lamp', lounge, LIGHT_NOUNS, lightApi),
    plannerDevice('study_shutter', 'cover', 'Study Shutter', study, ['cover', 'shutter'], coverApi),
    plannerDevice('lounge_shutter', 'cover', 'Lounge Shutter', lounge, ['cover', 'shutter'], coverApi),
    plannerDevice('porch_door', 'lock', 'Porch Door', porch, LOCK_NOUNS, lockApi),
    plannerDevice('back_door', 'lock', 'Back Door', porch, LOCK_NOUNS, lockApi),
    plannerDevice('shed_door', 'garage_door', 'Shed Door', shed, ['roller door', 'door'], rollerApi),
  ];
  return devices.map((device) => ({ ...device, state: states[device.id] ?? {} }));
}

const planner = new BuiltinPlanner({ wordNet });
async function targets(text: string, devices = home(), context: PlanContext = {}): Promise<string[] | string> {
  const plan = await planner.plan(text, devices, context);
  if (plan.kind !== 'steps') return `asks: ${plan.question}`;
  return plan.steps.length > 0 ? plan.steps.map((step) => step.deviceId) : `unresolved: ${plan.unresolved.join(', ')}`;
}

describe('planner: a misspelt word of the home\'s names is the word it is a slip of (#17 typos)', () => {
  it.each([
    ['open the stdy shutter', ['study_shutter']],
    ['close the lonuge shutter', ['lounge_shutter']],
    ['turn on the study cieling', ['study_ceiling']],
    ['switch off the loung ceiling', ['lounge_ceiling']],
    ['turn on the lights in the studdy', ['study_ceiling', 'study_lamp']],
  ])('"%s"', async (text, expected) => {
    expect(await targets(text)).toEqual(expected);
  });

  it('corrects only words no dictionary knows, close to one word of the home', () => {
    const words = ['study', 'lounge', 'ceiling', 'shutter', 'porch'];
    const isKnown = (word: string) => wordNet?.isKnown(word) ?? false;
    expect(homeWordMisspelt('stuyd', words, isKnown)).toBe('study');
    expect(homeWordMisspelt('shuttr', words, isKnown)).toBe('shutter');
    // "lunge" is a word of its own: not taken for "lounge".
    expect(homeWordMisspelt('lunge', words, isKnown)).toBeUndefined();
    // Known words and words of the home stay as said.
    expect(homeWordMisspelt('lunch', words, isKnown)).toBeUndefined();
    expect(homeWordMisspelt('porch', words, isKnown)).toBeUndefined();
    // One slip from two words of the home: neither.
    expect(homeWordMisspelt('bort', ['boat', 'bolt'], () => false)).toBeUndefined();
  });
});

describe('planner: the devices a command\'s verb fits, among those a reference leaves (#17 needless questions)', () => {
  it('locks the one door lock that is unlocked, not the roller door nor the lock already locked', async () => {
    const devices = home({ porch_door: { lock_state: 'unlocked' }, back_door: { lock_state: 'locked' } });
    expect(await targets('lock the door', devices)).toEqual(['porch_door']);
    expect(await targets('please lock the door', devices)).toEqual(['porch_door']);
  });

  it('asks only between the locks when both could be locked', async () => {
    const asked = await targets('lock the door', home({ porch_door: { lock_state: 'unlocked' }, back_door: { lock_state: 'unlocked' } }));
    expect(asked).toMatch(/^asks: /);
    expect(asked).toContain('Porch Door');
    expect(asked).toContain('Back Door');
    expect(asked).not.toContain('Shed Door');
  });

  it('asks which door for a verb no function of theirs is named by ("raise the door")', async () => {
    expect(await targets('raise the door')).toMatch(/^asks: /);
  });

  it('reaches the only door whose functions the verb names ("open_door")', async () => {
    expect(await targets('open the door')).toEqual(['shed_door']);
  });
});

describe('planner: a plural of a word that names some devices means those devices, in a named room too (#17 class 1)', () => {
  it.each([
    ['turn on the lamps in the lounge', ['lounge_lamp_left', 'lounge_lamp_right']],
    ['switch the lamps off in the sitting room', ['lounge_lamp_left', 'lounge_lamp_right']],
    ['turn on the lamps in the study', ['study_lamp']],
    ['turn on the lights in the lounge', ['lounge_ceiling', 'lounge_lamp_left', 'lounge_lamp_right']],
  ])('"%s"', async (text, expected) => {
    expect(await targets(text)).toEqual(expected);
  });
});
