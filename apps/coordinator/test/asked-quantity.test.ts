import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A home of our own (not the homes of the evals): a smokehouse whose "Smoker" is a switch (alias
// "the smoker") beside a "Smoker Thermometer"; a "Kiln" with a "Kiln Power" meter; a "Sauna Stove"
// climate unit that reads its own temperature; and a "Fish Tank Pump" with two tank sensors.
const { wordNet } = openWordNet();
const yard = { id: 'yard', name: 'Yard', aliases: [] };
const smokehouse = { id: 'smokehouse', name: 'Smokehouse', aliases: [], floor: yard };

const switchApi: PlannerApi = [
  ['turn_on', 'action', 'Switches the appliance on.'],
  ['turn_off', 'action', 'Switches the appliance off.'],
  ['is_on', 'query', 'Reports whether the appliance is switched on.'],
];
const thermometerApi: PlannerApi = [['get_temperature', 'query', 'Reads the measured temperature.']];
const meterApi: PlannerApi = [['get_value', 'query', 'Reads the current value in its unit.']];
const stoveApi: PlannerApi = [
  ['set_temperature', 'action', 'Sets the target temperature.'],
  ['get_current_temperature', 'query', 'Reads the temperature measured in the room.'],
];

function home(): PlannerDevice[] {
  return [
    plannerDevice('smoker', 'switch', 'Smoker', smokehouse, ['switch', 'plug'], switchApi),
    plannerDevice('smoker_temperature', 'temperature_sensor', 'Smoker Thermometer', smokehouse, ['thermometer'], thermometerApi),
    plannerDevice('kiln', 'switch', 'Kiln', smokehouse, ['switch', 'plug'], switchApi),
    plannerDevice('kiln_power', 'sensor', 'Kiln Power', smokehouse, ['sensor', 'meter'], meterApi),
    plannerDevice('sauna', 'climate', 'Sauna Stove', smokehouse, ['thermostat', 'heater'], stoveApi),
    plannerDevice('sauna_temperature', 'temperature_sensor', 'Sauna Bench Thermometer', smokehouse, ['thermometer'], thermometerApi),
    plannerDevice('tank_pump', 'switch', 'Fish Tank Pump', smokehouse, ['switch', 'plug'], switchApi),
    plannerDevice('tank_temperature', 'temperature_sensor', 'Fish Tank Thermometer', smokehouse, ['thermometer'], thermometerApi),
    plannerDevice('tank_heater_temperature', 'temperature_sensor', 'Fish Tank Heater Thermometer', smokehouse, ['thermometer'], thermometerApi),
  ];
}

const planner = new BuiltinPlanner({ wordNet });
async function targets(text: string): Promise<string[] | string> {
  const made = await planner.plan(text, home(), {});
  return made.kind === 'steps' ? made.steps.map((step) => step.deviceId).sort() : `asks: ${made.question}`;
}

describe.skipIf(!wordNet)('planner: a quantity the named device cannot measure is read by the device beside it that does (asked-quantity.ts)', () => {
  it.each(['how hot is the smoker?', "how warm's the smoker", 'how cold is the smoker now'])('"%s" asks the smoker\'s thermometer', async (text) => {
    expect(await targets(text)).toEqual(['smoker_temperature']);
  });

  it.each(['how much power is the kiln using?', 'how much power does the kiln draw'])('"%s" asks the kiln\'s power meter', async (text) => {
    expect(await targets(text)).toEqual(['kiln_power']);
  });

  it('leaves a question the named device answers itself: the stove reads its own temperature', async () => {
    expect(await targets('how warm is the sauna stove?')).toEqual(['sauna']);
  });

  it('leaves a state question and a command with the device named', async () => {
    expect(await targets('is the smoker on?')).toEqual(['smoker']);
    expect(await targets('turn the smoker on')).toEqual(['smoker']);
  });
});
