import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A joinery of our own: two workshops, each with a bench lamp and a dust extractor; a kitchen with
// the one kettle; a yard with a floodlight and no bench lamp.
const { wordNet } = openWordNet();
const ground = { id: 'ground', name: 'Ground floor', aliases: [] };
const area = (id: string, name: string) => ({ id, name, aliases: [], floor: ground });
const east = area('east', 'East Workshop');
const west = area('west', 'West Workshop');
const kitchen = area('kitchen', 'Kitchen');
const yard = area('yard', 'Yard');
const switchApi: PlannerApi = [['turn_on', 'action', 'Switches it on.'], ['turn_off', 'action', 'Switches it off.'], ['get_state', 'query', 'Reports whether it is on.']];

const HOME: PlannerDevice[] = [
  plannerDevice('east_lamp', 'light', 'Bench Lamp', east, ['lamp', 'light'], switchApi),
  plannerDevice('west_lamp', 'light', 'Bench Lamp', west, ['lamp', 'light'], switchApi),
  plannerDevice('east_dust', 'fan', 'Dust Extractor', east, ['extractor', 'fan'], switchApi),
  plannerDevice('west_dust', 'fan', 'Dust Extractor', west, ['extractor', 'fan'], switchApi),
  plannerDevice('kettle', 'switch', 'Kettle', kitchen, ['kettle'], switchApi),
  plannerDevice('flood', 'light', 'Floodlight', yard, ['floodlight', 'light'], switchApi),
];

async function targets(planner: BuiltinPlanner, text: string): Promise<string[] | string> {
  const plan = await planner.plan(text, HOME, {});
  return plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId).sort() : `asks: ${plan.question}`;
}

describe('planner: the place a list of objects ends with answers which of several the first one is (#17)', () => {
  const planner = new BuiltinPlanner(wordNet ? { wordNet } : {});

  it.each([
    ['turn on the bench lamp and the dust extractor in the west workshop', ['west_dust', 'west_lamp']],
    ['switch off the bench lamp and the extractor in east workshop', ['east_dust', 'east_lamp']],
    ['could you switch on the bench lamp and the extractor in the west workshop', ['west_dust', 'west_lamp']],
  ])('"%s": both objects are the workshop\'s', async (text, expected) => {
    expect(await targets(planner, text)).toEqual(expected);
  });

  it('a first object that names one device keeps it; the place is the last object\'s', async () => {
    expect(await targets(planner, 'turn on the kettle and the bench lamp in the west workshop')).toEqual(['kettle', 'west_lamp']);
  });

  it('a place that holds none of the first object\'s devices still asks which', async () => {
    expect(await targets(planner, 'turn on the bench lamp and the floodlight in the yard')).toMatch(/^asks: .*Bench Lamp/);
  });

  it('a second clause with a verb of its own keeps its place to itself', async () => {
    expect(await targets(planner, 'turn on the bench lamp and then switch on the extractor in the west workshop')).toMatch(/^asks: .*Bench Lamp/);
  });

  it('without a place at the end nothing is guessed', async () => {
    expect(await targets(planner, 'turn on the bench lamp and the kettle')).toMatch(/^asks: .*Bench Lamp/);
  });
});
