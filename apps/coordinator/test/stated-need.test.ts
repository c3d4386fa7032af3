import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A bakery flat of our own (none of the eval homes): a counter light, a radio, a kitchen with a
// Shopping List, a workshop with a Timber List, and a list of jobs.
const { wordNet } = openWordNet();
const kitchen = { id: 'kitchen', name: 'Kitchen', aliases: [], floor: null };
const workshop = { id: 'workshop', name: 'Workshop', aliases: [], floor: null };

const lightApi: PlannerApi = [['turn_on', 'action', 'Turns the light on.', []], ['turn_off', 'action', 'Turns the light off.', []], ['set_brightness', 'action', 'Sets the brightness.', ['brightness']]];
const radioApi: PlannerApi = [['play', 'action', 'Plays the radio.', []], ['stop', 'action', 'Stops the radio.', []], ['set_volume', 'action', 'Sets the volume.', ['volume']]];
const listApi: PlannerApi = [
  ['add_item', 'action', 'Adds an item to the list.', ['item']],
  ['complete_item', 'action', 'Ticks an item off.', ['item']],
  ['remove_item', 'action', 'Deletes an item from the list.', ['item']],
  ['list_items', 'query', 'Reads the items on the list.', []],
];

function flat(lists: Array<[id: string, name: string, items: string[], aliases?: string[]]>): PlannerDevice[] {
  const devices: PlannerDevice[] = [
    { ...plannerDevice('counter_light', 'light', 'Counter Light', kitchen, ['light', 'lamp'], lightApi), state: { on: false, brightness: 80 } },
    { ...plannerDevice('bench_light', 'light', 'Bench Light', workshop, ['light', 'lamp'], lightApi), state: { on: false, brightness: 100 } },
    { ...plannerDevice('radio', 'media_player', 'Radio', kitchen, ['radio', 'speaker'], radioApi), state: { on: false, volume: 20 } },
  ];
  for (const [id, name, items, aliases = []] of lists) devices.push({ ...plannerDevice(id, 'todo_list', name, id === 'timber' ? workshop : kitchen, ['list', 'shopping list', 'to-do list'], listApi, aliases), state: { items } });
  return devices;
}

const planner = new BuiltinPlanner({ wordNet });
async function outcome(text: string, devices: PlannerDevice[]): Promise<string[] | string> {
  const plan = await planner.plan(text, devices, {});
  if (plan.kind !== 'steps') return `asks: ${plan.question}`;
  return plan.steps.map((step) => step.deviceId);
}

describe.skipIf(!wordNet)('planner: a used-up supply goes onto the list of wants (#17 lists)', () => {
  const home = flat([['shopping', 'Shopping List', ['flour', 'yeast']], ['timber', 'Timber List', ['oak battens']], ['jobs', 'Bakery Jobs', ['clean the ovens', 'order the sacks']]]);

  it.each(["we've run out of caster sugar", "we're out of butter", "we're out of kitchen roll"])('"%s" (used up) goes to the list WordNet defines as one of wants, not the timber list', async (text) => {
    expect(await outcome(text, home)).toEqual(['shopping']);
  });

  it('goes to a list whose alias is the list of wants ("grocery list")', async () => {
    const aliased = flat([['shopping', 'Kitchen Supplies', ['flour'], ['grocery list']], ['timber', 'Timber List', ['oak battens']]]);
    expect(await outcome("we've run out of tin foil", aliased)).toEqual(['shopping']);
  });

  it('still asks between two lists of things where neither is named as a list of wants', async () => {
    const neither = flat([['shopping', 'Pantry', ['flour']], ['timber', 'Timber List', ['oak battens']]]);
    expect(await outcome("we've run out of caster sugar", neither)).toMatch(/^asks: .*Pantry.*Timber|^asks: .*Timber.*Pantry/);
  });

});

describe.skipIf(!wordNet)('planner: items said as a list after a verb no word list holds (#17 lists)', () => {
  const home = flat([['shopping', 'Shopping List', ['flour', 'yeast'], ['groceries']], ['timber', 'Timber List', ['oak battens']]]);

  it.each(['stick eggs, flour and sugar on the shopping list', 'bung crumpets, jam and butter on the groceries', 'pop glue, screws and hinges onto the timber list'])('"%s" is one request to one list', async (text) => {
    const plan = await planner.plan(text, home, {});
    expect(plan.kind).toBe('steps');
    if (plan.kind !== 'steps') return;
    expect(plan.steps).toHaveLength(1);
    expect(plan.unresolved).toEqual([]);
    expect(plan.steps[0]!.text).toMatch(/^(Stick|Bung|Pop) \w+, \w+,? and \w+ on/);
  });

  it('leaves a head that names a device a request of its own', async () => {
    const plan = await planner.plan('dim the counter light, and sugar on the shopping list', home, {});
    expect(plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : []).toContain('counter_light');
  });
});

describe.skipIf(!wordNet)('planner: of the lists "the list" names, the one holding the item said (#17 lists)', () => {
  const home = flat([['shopping', 'Shopping List', ['oat milk', 'rye bread']], ['timber', 'Timber List', ['sandpaper', 'oak battens']]]);

  it.each([
    ['take the oat milk off the list', 'shopping'],
    ['cross the sandpaper off the list', 'timber'],
    ['is rye bread on the list?', 'shopping'],
  ])('"%s" goes to %s', async (text, list) => {
    expect(await outcome(text, home)).toEqual([list]);
  });

  it('asks where both lists hold the item', async () => {
    const both = flat([['shopping', 'Shopping List', ['glue', 'rye bread']], ['timber', 'Timber List', ['glue']]]);
    expect(await outcome('take the glue off the list', both)).toMatch(/^asks: /);
  });
});

describe.skipIf(!wordNet)('planner: a job reported done in the passive (#17 lists)', () => {
  const withHeater: PlannerDevice[] = [
    ...flat([['shopping', 'Shopping List', ['flour']], ['jobs', 'Bakery Jobs', ['bleed the radiators', 'feed the starter', 'take the bins out', 'cut the hedge']]]),
    { ...plannerDevice('radiator', 'switch', 'Shop Radiator', kitchen, ['switch', 'radiator', 'heater'], lightApi), state: { on: false } },
  ];

  it.each([
    ['the radiators have been bled', 'bleed the radiators'],
    ["the starter's been fed", 'feed the starter'],
    ['the bins have been taken out', 'take the bins out'],
    ['the hedge has been cut', 'cut the hedge'],
  ])('"%s" completes "%s" on the jobs list, never the radiator', async (text, item) => {
    const plan = await planner.plan(text, withHeater, {});
    expect(plan.kind === 'steps' ? plan.steps.map((step) => [step.deviceId, step.text]) : plan).toEqual([['jobs', `Mark ${item} as done.`]]);
  });

  it('leaves a passive that says no listed item to the other readings', async () => {
    expect(await outcome('the radiator has been switched on', withHeater)).not.toEqual(['jobs']);
  });
});
