import { describe, expect, it } from 'vitest';
import { isProgressiveOfDevice, kindOfActivity } from '../src/planner/gerunds';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// Words of a workshop of our own: a "Kiln", a "Boiler", fans, and a sensor whose alias is "bench power draw".
const DEVICE_WORDS = new Set(['kiln', 'boiler', 'fans', 'fan', 'pump', 'draw', 'bench', 'power', 'mower']);
const isDeviceWord = (word: string) => DEVICE_WORDS.has(word);
const progressive = (said: string) => {
  const tokens = said.split(' ');
  return isProgressiveOfDevice(tokens, tokens.length - 1, isDeviceWord);
};

describe('isProgressiveOfDevice: an -ing word said of a device after "is" is its verb, not an activity (#17 shared word)', () => {
  it.each(['how much is the kiln drawing', 'are the fans running', 'was the boiler firing', 'is the pump pumping'])('"%s": the verb of a progressive', (said) => {
    expect(progressive(said)).toBe(true);
  });

  it.each(['start mowing', 'is the mowing done', 'is anyone mowing', 'the kiln drawing'])('"%s": not one said of a device after "is"', (said) => {
    expect(progressive(said)).toBe(false);
  });

  it('leaves the activity of a kind noun to kindOfActivity where it is no progressive', () => {
    expect(kindOfActivity('mowing', new Map([['mow', 1]]))).toBe('mow');
  });
});

describe('the planner does not read "drawing" as a device whose alias ends in "draw"', () => {
  const ground = { id: 'ground', name: 'Ground', aliases: [] };
  const shop = { id: 'shop', name: 'Shop', aliases: [], floor: ground };
  const yard = { id: 'yard', name: 'Yard', aliases: [], floor: ground };
  const readApi: PlannerApi = [['get_value', 'query', 'Reads the current value.', []]];
  const devices = [
    plannerDevice('bench_power', 'sensor', 'Bench Power', shop, ['sensor', 'meter'], readApi, ['bench power draw']),
    plannerDevice('kiln_power', 'sensor', 'Kiln Load', yard, ['sensor', 'meter'], readApi),
  ];
  it('"how much is the kiln drawing" is not sent to the Bench Power', async () => {
    const plan = await new BuiltinPlanner().plan('how much is the kiln drawing', devices, {});
    const targets = plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : [];
    expect(targets).not.toContain('bench_power');
  });
});
