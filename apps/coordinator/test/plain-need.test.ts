import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import { neededThings } from '../src/planner/plain-need';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A boathouse of our own (none of the eval homes): a jetty light, a Chandlery List, a Provisions List
// and a Maintenance list of jobs.
const { wordNet } = openWordNet();
const boathouse = { id: 'boathouse', name: 'Boathouse', aliases: [], floor: null };
const lightApi: PlannerApi = [['turn_on', 'action', 'Turns the light on.', []], ['turn_off', 'action', 'Turns the light off.', []]];
const listApi: PlannerApi = [
  ['add_item', 'action', 'Adds an item to the list.', ['item']],
  ['complete_item', 'action', 'Ticks an item off.', ['item']],
  ['remove_item', 'action', 'Deletes an item from the list.', ['item']],
  ['list_items', 'query', 'Reads the items on the list.', []],
];
const list = (id: string, name: string, items: string[], aliases: string[] = []): PlannerDevice => ({ ...plannerDevice(id, 'todo_list', name, boathouse, ['list', 'shopping list', 'to-do list'], listApi, aliases), state: { items } });
const devices: PlannerDevice[] = [
  { ...plannerDevice('jetty_light', 'light', 'Jetty Light', boathouse, ['light', 'lamp'], lightApi), state: { on: false } },
  list('provisions', 'Shopping List', ['crackers'], ['provisions']),
  list('chandlery', 'Chandlery List', ['shackles']),
  list('maintenance', 'Maintenance', ['varnish the oars', 'patch the sail']),
];
const planner = new BuiltinPlanner({ wordNet });
async function outcome(text: string): Promise<string[] | string> {
  const plan = await planner.plan(text, devices, {});
  return plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : `asks: ${plan.question}`;
}

describe.skipIf(!wordNet)('a household need of a thing (#17 lists)', () => {
  it.each(['we need kerosene', 'we need some oatcakes and a flask', 'we need more matches', 'we need rope'])('"%s" goes to the list of wants', async (text) => {
    expect(await outcome(text)).toEqual(['provisions']);
  });

  it.each(['we need to sail at six', 'we need the jetty light on', 'we need a mechanic', 'we need a lift', 'we need a rest', 'I need sun cream', 'do we need rope'])('"%s" is no household need of a thing to get: no list', async (text) => {
    const found = await outcome(text);
    expect(Array.isArray(found) ? found : []).not.toContain('provisions');
  });

  it('reads the things needed, with their amount', () => {
    expect(neededThings('we need more matches', wordNet!)).toBe('more matches');
    expect(neededThings('we need the car', wordNet!)).toBeUndefined();
  });
});

describe.skipIf(!wordNet)('a need whose things a later clause sends to a list (#17 lists)', () => {
  it('sends every thing to the list the later clause names, not the list of wants', async () => {
    const plan = await planner.plan('we need shackles, cable ties and epoxy for the dinghy, add them to the chandlery list', devices, {});
    expect(plan.kind === 'steps' && plan.steps.map((step) => [step.deviceId, step.text])).toEqual([['chandlery', 'We need shackles, cable ties and epoxy for the dinghy, add them to the chandlery list.']]);
    expect(plan.kind === 'steps' && plan.unresolved).toEqual([]);
  });

  it('keeps a later command of its own apart', async () => {
    expect(await outcome('we need rope, turn on the jetty light')).toEqual(['provisions', 'jetty_light']);
  });
});
