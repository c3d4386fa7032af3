import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import { splitClauses } from '../src/planner/clauses';
import { readComparison, withReadingAfter } from '../src/planner/comparison';
import { withSubjectForPronoun } from '../src/planner/pronoun-subject';
import type { PlannerDevice } from '../src/planner/planner';

const { wordNet } = openWordNet();
const planner = new BuiltinPlanner(wordNet ? { wordNet } : {});
const garden = { id: 'garden', name: 'Garden', aliases: [], floor: null };
const device = (id: string, type: string, name: string, nouns: string[], api: Array<[string, 'action' | 'query', string?]>, state: Record<string, unknown> = {}): PlannerDevice => ({
  id,
  type,
  name,
  aliases: [],
  area: garden,
  nouns,
  online: true,
  state,
  capabilities: api.map(([fn, kind, description]) => ({ function: fn, description: description ?? fn.replace(/_/g, ' '), kind, parameters: [], sensitive: false })),
});

const mower = device('mower', 'lawn_mower', 'Hank', ['mower', 'lawn mower'], [['start_mowing', 'action'], ['dock', 'action'], ['get_battery', 'query']], { battery: 90 });
const herbGauge = device('herb_gauge', 'sensor', 'Herb bed gauge', ['gauge', 'sensor'], [['get_value', 'query']], { value: 20, device_class: 'moisture' });
const herbDrip = device('herb_drip', 'valve', 'Herb bed irrigation', ['irrigation', 'valve'], [['open_valve', 'action', 'Opens the valve so water flows.'], ['close_valve', 'action', 'Closes the valve.'], ['get_valve_state', 'query']], { valve_state: 'closed' });
const home = [mower, herbGauge, herbDrip];

describe('a reading word said after the number of a comparison', () => {
  it('closes the condition where a device reads by it', () => {
    const reading = (word: string) => word === 'battery' || word === 'moisture';
    expect(splitClauses('if hank has more than 50 percent battery send him out', [], reading)).toEqual([
      { text: 'send him out', sequential: false, condition: { text: 'hank has more than 50 percent battery' } },
    ]);
    // Not a word any device reads by: the request starts after the number, as before.
    expect(splitClauses('if hank has more than 50 percent battery send him out')[0]).toMatchObject({ text: 'battery send him out' });
  });

  it('is never a word that may start the request', async () => {
    const radiator = device('bed_radiator', 'valve', 'Bedroom radiator', ['radiator'], [['open_valve', 'action', 'Opens the valve.'], ['close_valve', 'action', 'Closes the valve.'], ['is_open', 'query']], { valve_state: 'closed' });
    const thermometer = device('bed_thermometer', 'temperature_sensor', 'Bedroom thermometer', ['thermometer'], [['get_temperature', 'query']], { temperature: 17 });
    const result = await planner.plan('if the bedroom is under 18 degrees open the radiator', [radiator, thermometer], {});
    if (result.kind !== 'steps') throw new Error(`expected steps, got ${JSON.stringify(result)}`);
    expect(result.steps[0]).toMatchObject({ deviceId: 'bed_thermometer', text: 'What is the temperature of the Bedroom thermometer?' });
    expect(result.steps[1]).toMatchObject({ deviceId: 'bed_radiator', text: 'Open the radiator.' });
  });

  it('is the quantity compared, and no longer part of the subject', () => {
    const condition = 'the herb bed has less than 30% moisture';
    const comparison = withReadingAfter(readComparison(condition)!, condition, (word) => word === 'moisture');
    expect(comparison).toMatchObject({ quantity: 'moisture', subject: 'the herb bed', operator: 'below', value: 30 });
    expect(withReadingAfter(readComparison(condition)!, condition, () => false).quantity).toBeUndefined();
  });
});

describe('a pronoun in a request after a condition', () => {
  it('is replaced by the condition\'s subject', () => {
    expect(withSubjectForPronoun('water them for ten minutes', 'the herb beds')).toBe('water the herb beds for ten minutes');
    expect(withSubjectForPronoun('give it a drink', 'the herb bed')).toBe('give the herb bed a drink');
    expect(withSubjectForPronoun('open the drip', 'the herb bed')).toBeNull();
  });

  it('means the device that can act on the thing the condition read, not the sensor', async () => {
    const result = await planner.plan('if the herb bed is below 30 percent moisture water it', home, {});
    if (result.kind !== 'steps') throw new Error(`expected steps, got ${JSON.stringify(result)}`);
    expect(result.steps[0]).toMatchObject({ deviceId: 'herb_gauge' });
    expect(result.steps[1]).toMatchObject({ deviceId: 'herb_drip', condition: { stepId: result.steps[0]!.id, compare: { operator: 'below', value: 30 } } });
  });

  it('reads "her" or "him" closing a request as the device the condition read', async () => {
    const result = await planner.plan('if hank has more than 50 percent battery start him', home, {});
    if (result.kind !== 'steps') throw new Error(`expected steps, got ${JSON.stringify(result)}`);
    expect(result.steps[0]).toMatchObject({ deviceId: 'mower', text: 'What is the battery of the Hank?' });
    expect(result.steps[1]).toMatchObject({ deviceId: 'mower', text: 'Start him.' });
  });
});
