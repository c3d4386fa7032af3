import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import { doneReportRequest } from '../src/planner/done-report';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A home of our own: a boathouse with a chores list and a shopping list.
const { wordNet } = openWordNet();
const floor = { id: 'ground', name: 'Ground floor', aliases: [] };
const shed = { id: 'shed', name: 'Shed', aliases: [], floor };
const listApi: PlannerApi = [['add_item', 'action', 'Adds an item to the list.', ['item']], ['complete_item', 'action', 'Ticks an item off the list.', ['item']]];
const lampApi: PlannerApi = [['turn_on', 'action', 'Turns the light on.'], ['turn_off', 'action', 'Turns the light off.']];
function boathouse(): PlannerDevice[] {
  return [
    { ...plannerDevice('chores', 'todo_list', 'Boat chores', shed, ['list', 'chores'], listApi), state: { items: ['feed the ducks', 'varnish the oars', 'strip the sails'] } },
    { ...plannerDevice('shopping', 'todo_list', 'Shopping list', shed, ['list', 'shopping list'], listApi), state: { items: ['bread', 'buy rope'] } },
    { ...plannerDevice('shed_lamp', 'light', 'Shed lamp', shed, ['light', 'lamp'], lampApi), state: { on: false } },
  ];
}
const lemmasOf = (verb: string) => new Set(wordNet!.verbSenses(verb).flatMap((sense) => sense.lemmas));
const planner = new BuiltinPlanner({ wordNet });

describe.skipIf(!wordNet)('planner: the speaker reporting a listed item done completes it', () => {
  it.each([
    ["I've fed the ducks", 'feed the ducks'],
    ['we have just varnished the oars', 'varnish the oars'],
    ['I stripped the sails', 'strip the sails'],
    ["we've bought the rope", 'buy rope'],
  ])('"%s" completes "%s"', (text, item) => {
    expect(doneReportRequest(text, boathouse(), lemmasOf)).toBe(`mark ${item} as done`);
  });

  it.each(['I feed the ducks', "I've fed the geese", "I've fed the ducks and the geese", 'feed the ducks', 'I have bread'])('"%s" reports no listed item done', (text) => {
    expect(doneReportRequest(text, boathouse(), lemmasOf)).toBeNull();
  });

  it('sends the list the request to complete the item, and nothing else', async () => {
    const made = await planner.plan("I've varnished the oars", boathouse(), {});
    expect(made.kind === 'steps' && made.steps.map((step) => [step.deviceId, step.text])).toEqual([['chores', 'Mark varnish the oars as done.']]);
  });
});
