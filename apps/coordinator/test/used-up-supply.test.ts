import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import { listsForUsedUpSupply } from '../src/planner/used-up-supply';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A boat house of our own (none of the eval homes): a robot mop whose document says "run", a
// bilge pump, a pantry list, a chandlery list and a list of jobs.
const { wordNet } = openWordNet();
const deck = { id: 'deck', name: 'Deck', aliases: [], floor: null };
const galley = { id: 'galley', name: 'Galley', aliases: [], floor: null };

const mopApi: PlannerApi = [['start_cleaning', 'action', 'Starts a cleaning run.', []], ['return_to_dock', 'action', 'Sends the robot back to its dock.', []]];
const pumpApi: PlannerApi = [['turn_on', 'action', 'Runs the pump until it is turned off.', []], ['turn_off', 'action', 'Stops the pump.', []]];
const listApi: PlannerApi = [
  ['add_item', 'action', 'Adds an item to the list.', ['item']],
  ['complete_item', 'action', 'Marks an item as done.', ['item']],
  ['get_items', 'query', 'Lists the items.', []],
];

function boat(lists: Array<[id: string, name: string, items: string[]]>): PlannerDevice[] {
  const devices: PlannerDevice[] = [
    plannerDevice('swabby', 'vacuum', 'Swabby', deck, ['vacuum', 'robot'], mopApi),
    { ...plannerDevice('bilge_pump', 'switch', 'Bilge Pump', deck, ['switch', 'pump'], pumpApi), state: { on: false } },
  ];
  for (const [id, name, items] of lists) devices.push({ ...plannerDevice(id, 'todo_list', name, galley, ['list'], listApi), state: { items } });
  return devices;
}

const planner = new BuiltinPlanner({ wordNet });
async function outcome(text: string, devices: PlannerDevice[]): Promise<string[] | string> {
  const plan = await planner.plan(text, devices, {});
  if (plan.kind !== 'steps') return `asks: ${plan.question}`;
  return plan.steps.map((step) => step.deviceId);
}

describe.skipIf(!wordNet)('planner: a supply said used up goes onto a list of things (#17 lists)', () => {
  const oneListOfThings = boat([['pantry', 'Pantry', ['rice', 'tinned tomatoes']], ['jobs', 'Boat Jobs', ['fix the tiller', 'paint the hull']]]);

  it.each(["we've run out of oat flakes", 'we ran out of matches and candles', "we're running out of dishwasher salt", 'someone has used up the honey'])('"%s" goes to the one list of things, not the mop that "runs"', async (text) => {
    expect(await outcome(text, oneListOfThings)).toEqual(['pantry']);
  });

  it.each(["we're out of oat flakes", "we're all out of matches and candles", 'I am already out of dishwasher salt'])('"%s" (the state a used-up supply leaves) goes to the list of things', async (text) => {
    expect(await outcome(text, oneListOfThings)).toEqual(['pantry']);
  });

  it.each(["we're out of coffee pods", "we've run out of grinder beans", "we're out of pods for the espresso maker"])(
    '"%s" names a device only inside the supply: the list, not the espresso maker',
    async (text) => {
      const withEspresso = [...oneListOfThings, { ...plannerDevice('espresso', 'switch', 'Espresso Maker', galley, ['switch', 'grinder', 'pod machine'], pumpApi, ['pod machine', 'grinder']), state: { on: false } }];
      expect(await outcome(text, withEspresso)).toEqual(['pantry']);
    },
  );

  it('leaves a device named after the supply, in a clause of its own, to the other readings', async () => {
    const withEspresso = [...boat([['pantry', 'Pantry', ['rice']], ['chandlery', 'Chandlery', ['shackles']]]), { ...plannerDevice('espresso', 'switch', 'Espresso Maker', galley, ['switch', 'grinder'], pumpApi, ['grinder']), state: { on: false } }];
    expect(await outcome("we're out of coffee beans, put them on the chandlery", withEspresso)).toEqual(['chandlery']);
    expect(await outcome("we're out of beans, add them to the pantry", withEspresso)).toEqual(['pantry']);
  });

  it.each(["we're not out of oat flakes", 'the bilge pump is out of order'])('"%s" says no supply is used up', async (text) => {
    expect(await outcome(text, oneListOfThings)).not.toEqual(['pantry']);
  });

  it('asks which list where two lists keep things', async () => {
    const twoLists = boat([['pantry', 'Pantry', ['rice']], ['chandlery', 'Chandlery', ['shackles', 'mooring line']], ['jobs', 'Boat Jobs', ['fix the tiller']]]);
    const found = await outcome("we've run out of oat flakes", twoLists);
    expect(found).toMatch(/^asks: .*list.*(Pantry|Chandlery).*(Pantry|Chandlery)/);
    expect(found).not.toMatch(/Boat Jobs/);
  });

  it('prefers a list of things only to one that mixes things and jobs', async () => {
    const mixed = boat([['pantry', 'Pantry', ['rice', 'washing up liquid', 'baking soda']], ['party', 'Party', ['bunting', 'invite the marina']], ['jobs', 'Boat Jobs', ['fix the tiller']]]);
    expect(await outcome("we've run out of oat flakes", mixed)).toEqual(['pantry']);
  });

  it('leaves a command that only shares the verb to the other readings', async () => {
    expect(await outcome('run the bilge pump', oneListOfThings)).toEqual(['bilge_pump']);
  });

  it('reads no question and no condition as a supply used up', () => {
    const usedUp = () => "rice";
    const noJobs = () => false;
    expect(listsForUsedUpSupply(oneListOfThings, { text: 'have we run out of rice?', isQuestion: true }, usedUp, noJobs)).toEqual([]);
    expect(listsForUsedUpSupply(oneListOfThings, { text: 'if we run out of rice', isQuestion: false, condition: true }, usedUp, noJobs)).toEqual([]);
    expect(listsForUsedUpSupply(oneListOfThings, { text: "we've run out of rice", isQuestion: false }, undefined, noJobs)).toEqual([]);
  });
});
