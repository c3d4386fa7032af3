import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import { otherSpellings } from '../src/planner/name-spellings';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

const { wordNet } = openWordNet();
const isKnown = wordNet ? (word: string) => wordNet.isKnown(word) : undefined;

describe('a name said with its hyphen or without (#17 lists)', () => {
  it('splits a hyphenated word', () => {
    expect(otherSpellings(['e-scooter', 'charger'], undefined)).toEqual([['e', 'scooter', 'charger']]);
  });

  it.skipIf(!wordNet)('joins two words where WordNet knows them joined', () => {
    expect(otherSpellings(['to', 'do', 'board'], isKnown)).toEqual([['to-do', 'board']]);
    expect(otherSpellings(['garden', 'board'], isKnown)).toEqual([]);
  });
});

// A workshop of our own: a To-do Board (a list) and a Parts List, and a Jobs list called "to do pile".
const bench = { id: 'bench', name: 'Bench', aliases: [], floor: null };
const listApi: PlannerApi = [['add_item', 'action', 'Adds an item to the list.', ['item']], ['remove_item', 'action', 'Deletes an item.', ['item']], ['list_items', 'query', 'Reads the items.', []]];
const list = (id: string, name: string, aliases: string[] = []): PlannerDevice => ({ ...plannerDevice(id, 'todo_list', name, bench, ['list', 'to-do list'], listApi, aliases), state: { items: [] } });

describe.skipIf(!wordNet)('the list a spelling of its name means', () => {
  const planner = new BuiltinPlanner({ wordNet });
  const targets = async (text: string, devices: PlannerDevice[]) => {
    const plan = await planner.plan(text, devices, {});
    return plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : `asks: ${plan.question}`;
  };

  it('"the to do board" is the To-do Board', async () => {
    expect(await targets('add oil the vice to the to do board', [list('board', 'To-do Board'), list('parts', 'Parts List')])).toEqual(['board']);
  });

  it('"the to-do pile" is the list whose alias is "to do pile", not every list', async () => {
    expect(await targets('add sharpen the chisels to the to-do pile', [list('jobs', 'Jobs', ['to do pile']), list('parts', 'Parts List'), list('paint', 'Paint List')])).toEqual(['jobs']);
  });
});
