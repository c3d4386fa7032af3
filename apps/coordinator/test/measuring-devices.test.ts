import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A home of our own: a study with a thermometer, a thermostat, a lamp and a lux meter; a den with
// a thermometer and a lamp; a landing with only a thermostat; a laundry with a hygrometer and a
// "Vent Fan"; a barn with a "Vent Hood" and a "Vent Blower". The area never says alone which device.
const { wordNet } = openWordNet();
const ground = { id: 'ground', name: 'Ground floor', aliases: [] };
const area = (id: string, name: string, aliases: string[] = []) => ({ id, name, aliases, floor: ground });
const study = area('study', 'Study', ['office']);
const den = area('den', 'Den', ['snug']);
const landing = area('landing', 'Landing');
const laundry = area('laundry', 'Laundry', ['utility']);
const barn = area('barn', 'Barn');

const thermometerApi: PlannerApi = [['get_temperature', 'query', 'Reads the current air temperature.']];
const hygrometerApi: PlannerApi = [['get_humidity', 'query', 'Reads the current relative humidity.']];
const sensorApi: PlannerApi = [['get_value', 'query', 'Reads the current value the sensor measures.'], ['get_unit', 'query', 'Reads the unit the sensor reports its value in.']];
const thermostatApi: PlannerApi = [
  ['set_temperature', 'action', 'Sets the target temperature the room should reach.', ['temperature']],
  ['get_current_temperature', 'query', 'Reads the temperature measured in the room.'],
  ['get_target_temperature', 'query', 'Reads the target temperature.'],
];
const lampApi: PlannerApi = [
  ['turn_on', 'action', 'Turns the lamp on.'],
  ['turn_off', 'action', 'Turns the lamp off.'],
  ['set_brightness', 'action', 'Sets how bright the lamp is.', ['brightness']],
  ['get_brightness', 'query', 'Reads how bright the lamp is.'],
];
const fanApi: PlannerApi = [['turn_on', 'action', 'Turns the fan on.'], ['turn_off', 'action', 'Turns the fan off.'], ['get_state', 'query', 'Reports whether the fan is on.']];

const thermometerNouns = ['thermometer', 'temperature', 'temperature sensor'];
const thermostatNouns = ['thermostat', 'heating', 'temperature'];
const HOME: PlannerDevice[] = [
  plannerDevice('study_thermo', 'temperature_sensor', 'Study Thermometer', study, thermometerNouns, thermometerApi),
  plannerDevice('study_stat', 'climate', 'Wall Thermostat', study, thermostatNouns, thermostatApi),
  plannerDevice('study_lamp', 'light', 'Desk Lamp', study, ['lamp', 'light'], lampApi),
  { ...plannerDevice('study_lux', 'sensor', 'Window Lux Meter', study, ['sensor', 'meter'], sensorApi), state: { value: 900, unit: 'lx', device_class: 'illuminance' } },
  plannerDevice('den_thermo', 'temperature_sensor', 'Den Thermometer', den, thermometerNouns, thermometerApi),
  plannerDevice('den_lamp', 'light', 'Den Lamp', den, ['lamp', 'light'], lampApi),
  plannerDevice('landing_stat', 'climate', 'Landing Thermostat', landing, thermostatNouns, thermostatApi),
  plannerDevice('laundry_hygro', 'humidity_sensor', 'Laundry Hygrometer', laundry, ['hygrometer', 'humidity'], hygrometerApi),
  plannerDevice('laundry_vent', 'fan', 'Vent Fan', laundry, ['fan'], fanApi),
  plannerDevice('barn_vent', 'fan', 'Vent Blower', barn, ['fan', 'blower'], fanApi),
  plannerDevice('barn_hood', 'fan', 'Vent Hood', barn, ['fan', 'hood'], fanApi),
];

async function targets(planner: BuiltinPlanner, text: string): Promise<string[] | string> {
  const plan = await planner.plan(text, HOME, {});
  return plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId).sort() : `asks: ${plan.question}`;
}

describe.skipIf(!wordNet)('planner: a quantity of a place is read by the device there that measures it (#17)', () => {
  const planner = new BuiltinPlanner({ wordNet });

  it.each([
    ['how bright is it in the study?', ['study_lux']],
    ['how bright is the office', ['study_lux']],
    ['how dark is it in the study', ['study_lux']],
    ['how warm is the study?', ['study_thermo']],
    ['how cold is it in the office', ['study_thermo']],
    ['how warm is the landing', ['landing_stat']],
  ])('"%s" reads the measuring device, not the lamp or the thermostat', async (text, expected) => {
    expect(await targets(planner, text)).toEqual(expected);
  });

  it.each([['how bright is the desk lamp?'], ['how bright is the den lamp']])('"%s" names the lamp, and asks the lamp', async (text) => {
    expect(await targets(planner, text)).toEqual([text.includes('den') ? 'den_lamp' : 'study_lamp']);
  });

  it.each([
    ['tell me the temperature in each room'],
    ['what is the temperature in every room'],
    ['what is the temperature in each room?'],
    ['what are the temperatures in all the rooms'],
  ])('"%s" reads each room\'s thermometer, and the thermostat only where a room has none', async (text) => {
    expect(await targets(planner, text)).toEqual(['den_thermo', 'landing_stat', 'study_thermo']);
  });

  it.each([["what's the temperature in the study"], ['what is the temperature in the office?']])('"%s" reads the study\'s thermometer', async (text) => {
    expect(await targets(planner, text)).toEqual(['study_thermo']);
  });

  it.each([
    ['if the study is warmer than 24 turn on the desk lamp', 'study_thermo'],
    ["if it's colder than 18 in the office switch the desk lamp on", 'study_thermo'],
  ])('"%s": the condition reads the thermometer', async (text, reader) => {
    expect(await targets(planner, text)).toEqual([reader, 'study_lamp'].sort());
  });
});

describe.skipIf(!wordNet)('planner: a request carries the place of its condition (#17)', () => {
  const planner = new BuiltinPlanner({ wordNet });

  it.each([
    ['if the laundry humidity is higher than 70 turn on the vent', 'laundry_vent'],
    ['if the utility is more humid than 65 switch the vent on', 'laundry_vent'],
    ['when the laundry humidity is above 70 start the fan', 'laundry_vent'],
  ])('"%s": the vent in the laundry, whatever its head noun', async (text, expected) => {
    expect(await targets(planner, text)).toEqual(['laundry_hygro', expected].sort());
  });

  it.each([
    ['if the laundry humidity is higher than 70 turn on the vent straightaway', 'laundry_vent'],
    ['when the utility is more humid than 65 switch the fan on quickly', 'laundry_vent'],
    ['if the laundry humidity is above 70 run the vent fully', 'laundry_vent'],
    ['if the study is colder than 17 set the lamp to 40', 'study_lamp'],
    ['when the den is warmer than 24 dim the lamp to 30%', 'den_lamp'],
    ['if the laundry humidity is above 70 switch its fan on', 'laundry_vent'],
    ['when the utility is more humid than 65 turn their vent on', 'laundry_vent'],
  ])('"%s": a manner word, a value or a possessive in the request names no other device', async (text, expected) => {
    const plan = await planner.plan(text, HOME, {});
    expect(plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : plan).toContain(expected);
  });

  it('a request that names its own place keeps it', async () => {
    expect(await targets(planner, 'if the laundry humidity is higher than 70 turn on the vent blower in the barn')).toEqual(['barn_vent', 'laundry_hygro']);
  });

  it('a request whose words name a device elsewhere keeps that device ("the vent hood" is no vent of the laundry)', async () => {
    expect(await targets(planner, 'if the laundry humidity is higher than 70 turn on the vent hood')).toEqual(['barn_hood', 'laundry_hygro']);
  });

  it('without a condition the shared word is not resolved by a place nobody said', async () => {
    expect(await targets(planner, 'turn on the vent')).not.toEqual(['laundry_vent']);
  });
});
