import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A house of our own: the kitchen's cooker hood is called "extractor" (its alias' head noun); the
// workshop has an "Extractor Fan" (extractor is a word of its name, not its head) and a "Dust
// Sensor"; the garage has a "Compressor" only.
const { wordNet } = openWordNet();
const ground = { id: 'ground', name: 'Ground floor', aliases: [] };
const area = (id: string, name: string) => ({ id, name, aliases: [], floor: ground });
const kitchen = area('kitchen', 'Kitchen');
const workshop = area('workshop', 'Workshop');
const garage = area('garage', 'Garage');
const switchApi: PlannerApi = [['turn_on', 'action', 'Switches it on.'], ['turn_off', 'action', 'Switches it off.'], ['get_state', 'query', 'Reports whether it is on.']];
const sensorApi: PlannerApi = [['get_value', 'query', 'Reads the dust level.']];

const HOME: PlannerDevice[] = [
  plannerDevice('hood', 'fan', 'Cooker Hood', kitchen, ['fan', 'hood'], switchApi, ['kitchen extractor']),
  plannerDevice('shop_fan', 'fan', 'Extractor Fan', workshop, ['fan'], switchApi),
  plannerDevice('shop_dust', 'sensor', 'Dust Sensor', workshop, ['sensor'], sensorApi),
  plannerDevice('compressor', 'switch', 'Compressor', garage, ['compressor'], switchApi),
];

async function targets(planner: BuiltinPlanner, text: string): Promise<string[] | string> {
  const plan = await planner.plan(text, HOME, {});
  return plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId).sort() : `asks: ${plan.question}`;
}

describe('planner: a word of a name in the place said, where it heads another device\'s name elsewhere (#17)', () => {
  const planner = new BuiltinPlanner(wordNet ? { wordNet } : {});

  it.each([
    'turn on the extractor in the workshop',
    'switch the extractor off in the workshop',
    'workshop extractor on please',
  ])('"%s" is the workshop\'s Extractor Fan, not the kitchen\'s hood', async (text) => {
    expect(await targets(planner, text)).toEqual(['shop_fan']);
  });

  it('a place with no device of that word still says so and asks', async () => {
    expect(await targets(planner, 'turn on the extractor in the garage')).toMatch(/^asks: /);
  });

  it('without a place the word keeps the device whose name it heads', async () => {
    expect(await targets(planner, 'turn on the extractor')).toEqual(['hood']);
  });
});
