import { describe, expect, it } from 'vitest';
import { sameItem } from '@meshmind/language';
import { Sandbox, createManualClock, type TaskDeviceDriver } from '@meshmind/fsm';
import { createManualClock as createSimulationClock, createSimulatedDriver, getDeviceDescription } from '@meshmind/devices';
import { describeAlready, sayResult } from '@meshmind/device-agent';

const todo = getDeviceDescription('todo_list')!;
const addItem = todo.functions.find((fn) => fn.name === 'add_item')!;

function listWith(items: string[]) {
  return createSimulatedDriver('todo_list', { clock: createSimulationClock(), initialState: { items, completed: [] } });
}

async function run(driver: TaskDeviceDriver, program: string) {
  return new Sandbox().run(program, { driver, clock: createManualClock({ autoAdvance: true }), confirmed: false });
}

describe('sameItem: an item counted as a person counts it (#17 class 10, lists)', () => {
  it('sets case, leading articles and the plural aside', () => {
    expect(sameItem('Denture Tablets', 'denture tablets')).toBe(true);
    expect(sameItem('the dog food', 'Dog food')).toBe(true);
    expect(sameItem('a tea bag', 'tea bags')).toBe(true);
    expect(sameItem('some batteries', 'battery')).toBe(true);
  });

  it('keeps different items apart, a part of a name included', () => {
    expect(sameItem('tea', 'tea bags')).toBe(false);
    expect(sameItem('brown bread', 'bread')).toBe(false);
    expect(sameItem('', '')).toBe(false);
  });
});

describe('an item already on the list is not added again', () => {
  it('sends no add for an item the list holds, in another spelling, and names the call as already so', async () => {
    const driver = listWith(['bread', 'Cat Litter', 'light bulbs']);
    const outcome = await run(driver, "await device.add_item({ item: 'the cat litter' }); await device.add_item({ item: 'light bulb' });");
    expect(outcome.alreadyCalls).toEqual([0, 1]);
    expect(driver.getState().items).toEqual(['bread', 'Cat Litter', 'light bulbs']);
  });

  it('adds only the item of two that is not there yet ("add tea and honey" with tea on the list)', async () => {
    const driver = listWith(['tea', 'oat milk']);
    const outcome = await run(driver, "await device.add_item({ item: 'tea' }); await device.add_item({ item: 'honey' });");
    expect(outcome.alreadyCalls).toEqual([0]);
    expect(driver.getState().items).toEqual(['tea', 'oat milk', 'honey']);
    const said = sayResult('Pantry List', todo, { deviceId: 'pantry_list', goalId: 'goal-1', outcome: 'done', message: '', calls: outcome.calls, state: driver.getState() }, [], outcome.alreadyCalls ?? []);
    expect(said).toBe('Pantry List: tea is already on the list. Pantry List: added item honey.');
  });

  it('adds as before where the device does not report its items', async () => {
    const sent: string[] = [];
    const unreported: TaskDeviceDriver = {
      description: todo,
      getState: () => ({}),
      call: async (name, args) => {
        sent.push(`${name} ${String(args.item)}`);
        return undefined;
      },
    };
    const outcome = await run(unreported, "await device.add_item({ item: 'washing powder' });");
    expect(outcome.alreadyCalls).toBeUndefined();
    expect(sent).toEqual(['add_item washing powder']);
  });

  it('says which item was already there', () => {
    expect(describeAlready('Shopping List', addItem, todo, { items: ['denture tablets'] }, { item: 'denture tablets' })).toBe('Shopping List: denture tablets is already on the list.');
    expect(describeAlready('Chores', addItem, todo, { items: ['Mow the lawn'] }, { item: 'mow the lawn' })).toMatch(/^Chores: mow the lawn is already on the \w+\.$/);
  });
});
