import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import { conditionWithRequestPlace } from '../src/planner/there-place';
import type { PlannerDevice } from '../src/planner/planner';

describe('"there" in a condition is the place its request names', () => {
  it('puts the request\'s place in the pro-form\'s stead', () => {
    expect(conditionWithRequestPlace("it's over 26 degrees in there", ['attic'])).toBe("it's over 26 degrees in the attic");
    expect(conditionWithRequestPlace('it drops below 5 out there', ['back', 'yard'])).toBe('it drops below 5 out in the back yard');
    // A state word before "there" is kept: the condition still tests "on".
    expect(conditionWithRequestPlace('the lamp is on there', ['den'])).toBe('the lamp is on in the den');
    expect(conditionWithRequestPlace('it gets colder than 16 there', ['den'])).toBe('it gets colder than 16 in the den');
  });

  it('leaves a condition without "there", an existential "there" and a request without a place alone', () => {
    expect(conditionWithRequestPlace("it's over 26 degrees", ['attic'])).toBeNull();
    expect(conditionWithRequestPlace('there is nobody home', ['attic'])).toBeNull();
    expect(conditionWithRequestPlace("it's over 26 degrees in there", [])).toBeNull();
  });

  it('reads the place\'s thermometer, not the device last spoken of', async () => {
    const { wordNet } = openWordNet();
    const attic = { id: 'attic', name: 'Attic', aliases: [], floor: null };
    const den = { id: 'den', name: 'Den', aliases: [], floor: null };
    const device = (id: string, type: string, name: string, area: PlannerDevice['area'], nouns: string[], api: Array<[string, 'action' | 'query']>, state: Record<string, unknown>): PlannerDevice => ({
      id, type, name, aliases: [], area, nouns, online: true, state,
      capabilities: api.map(([fn, kind]) => ({ function: fn, description: fn.replace(/_/g, ' '), kind, parameters: [], sensitive: false })),
    });
    const home = [
      device('attic_fan', 'fan', 'Attic fan', attic, ['fan'], [['turn_on', 'action'], ['turn_off', 'action']], { on: false }),
      device('attic_thermo', 'temperature_sensor', 'Attic thermometer', attic, ['thermometer'], [['get_temperature', 'query']], { temperature: 28 }),
      device('attic_lux', 'sensor', 'Attic light level', attic, ['sensor'], [['get_value', 'query']], { value: 300, device_class: 'illuminance' }),
      device('den_thermo', 'temperature_sensor', 'Den thermometer', den, ['thermometer'], [['get_temperature', 'query']], { temperature: 19 }),
    ];
    const planner = new BuiltinPlanner(wordNet ? { wordNet } : {});
    const result = await planner.plan("switch the fan on in the attic if it's over 26 degrees in there", home, { lastDeviceIds: ['den_thermo'] });
    if (result.kind !== 'steps') throw new Error(`expected steps, got ${JSON.stringify(result)}`);
    expect(result.steps[0]).toMatchObject({ deviceId: 'attic_thermo' });
    expect(result.steps[1]).toMatchObject({ deviceId: 'attic_fan', condition: { stepId: result.steps[0]!.id, compare: { operator: 'above', value: 26 } } });
  });
});
