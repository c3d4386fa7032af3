import type { ApiFunctionSpec, JsonValue } from '@meshmind/protocol';
import type { DeviceState } from '../../driver.js';
import { numberOption, stringListOption, stringOption, type DiscoveryConfig } from './discovery-config.js';
import {
  asNumber,
  asText,
  commandWriter,
  optionalTopic,
  payloadReader,
  query,
  requiredTopic,
  unknownFunction,
  type EntityFragment,
  type StateReader,
} from './entity-fragment.js';

/** Words people use for what a sensor of each device class measures or detects. */
const SENSOR_NOUNS: Record<string, string[]> = {
  temperature: ['temperature', 'thermometer', 'temperature sensor'],
  humidity: ['humidity', 'humidity sensor', 'hygrometer'],
  power: ['power', 'power meter', 'wattage'],
  energy: ['energy', 'energy meter', 'consumption'],
  voltage: ['voltage'],
  current: ['current'],
  illuminance: ['light level', 'illuminance', 'brightness sensor'],
  pressure: ['pressure', 'barometer'],
  carbon_dioxide: ['co2', 'carbon dioxide'],
  battery: ['battery'],
};
const BINARY_WORDS: Record<string, { nouns: string[]; on: string; off: string }> = {
  motion: { nouns: ['motion sensor', 'motion', 'presence'], on: 'motion detected', off: 'no motion' },
  occupancy: { nouns: ['occupancy sensor', 'presence'], on: 'occupied', off: 'clear' },
  door: { nouns: ['door sensor', 'door contact'], on: 'open', off: 'closed' },
  window: { nouns: ['window sensor', 'window contact'], on: 'open', off: 'closed' },
  opening: { nouns: ['contact sensor'], on: 'open', off: 'closed' },
  moisture: { nouns: ['leak sensor', 'water sensor'], on: 'wet', off: 'dry' },
  smoke: { nouns: ['smoke detector'], on: 'smoke detected', off: 'clear' },
  problem: { nouns: ['problem sensor'], on: 'problem', off: 'ok' },
};

/** A reading: a number in its unit when the device names a unit, else the text it sends. */
export function sensorFragment(config: DiscoveryConfig): EntityFragment {
  const stateTopic = requiredTopic(config, 'state_topic', 'sensor');
  const unit = stringOption(config, 'unit_of_measurement');
  const deviceClass = stringOption(config, 'device_class');
  const numeric = unit !== null || stringOption(config, 'state_class') !== null;
  const value = payloadReader(config, 'value_template');
  const measures = deviceClass ? deviceClass.replace(/_/g, ' ') : 'its reading';
  return {
    component: 'sensor',
    kind: deviceClass ? `${deviceClass.replace(/_/g, ' ')} sensor` : 'sensor',
    summary: `measures ${measures}${unit ? ` in ${unit}` : ''}`,
    nouns: ['sensor', 'reading', ...(deviceClass ? (SENSOR_NOUNS[deviceClass] ?? [deviceClass.replace(/_/g, ' ')]) : [])],
    state: {
      value: numeric
        ? { type: 'number', description: `The current ${measures}${unit ? ` in ${unit}` : ''}.`, ...(unit ? { unit } : {}) }
        : { type: 'string', description: `The current ${measures} as the device reports it.` },
    },
    initialState: { value: numeric ? 0 : '' },
    functions: [query('get_value', `Reads the current ${measures}.`, numeric ? { type: 'number', description: 'The reading.', ...(unit ? { unit } : {}) } : { type: 'string', description: 'The reading.' })],
    queries: { get_value: 'value' },
    readers: [
      {
        topic: stateTopic,
        read(payload): DeviceState {
          const reading = value(payload);
          if (!numeric) return { value: asText(reading) };
          const number = asNumber(reading);
          return number === null ? {} : { value: number };
        },
      },
    ],
    optimistic: false,
    command(functionName) {
      throw unknownFunction('sensor', functionName);
    },
  };
}

export function binarySensorFragment(config: DiscoveryConfig): EntityFragment {
  const stateTopic = requiredTopic(config, 'state_topic', 'binary_sensor');
  const deviceClass = stringOption(config, 'device_class');
  const words = (deviceClass && BINARY_WORDS[deviceClass]) || { nouns: ['binary sensor', 'detector'], on: 'on', off: 'off' };
  const payloadOn = stringOption(config, 'payload_on', 'ON');
  const payloadOff = stringOption(config, 'payload_off', 'OFF');
  const value = payloadReader(config, 'value_template');
  const reader: StateReader = {
    topic: stateTopic,
    read(payload): DeviceState {
      const text = asText(value(payload));
      return text === payloadOn ? { on: true } : text === payloadOff ? { on: false } : {};
    },
  };
  return {
    component: 'binary_sensor',
    kind: deviceClass ? `${deviceClass.replace(/_/g, ' ')} sensor` : 'binary sensor',
    summary: `reports whether it is ${words.on} or ${words.off}`,
    nouns: ['sensor', ...words.nouns],
    state: { on: { type: 'boolean', description: `True when ${words.on}, false when ${words.off}.` } },
    initialState: { on: false },
    functions: [query('is_on', `Reports whether the sensor is ${words.on} right now.`, { type: 'boolean', description: `True when ${words.on}.` })],
    queries: { is_on: 'on' },
    readers: [reader],
    optimistic: false,
    command(functionName) {
      throw unknownFunction('binary_sensor', functionName);
    },
  };
}

const CLIMATE_MODES = ['auto', 'off', 'cool', 'heat', 'dry', 'fan_only'];

/** A thermostat or an air conditioner: mode, target temperature, measured temperature. */
export function climateFragment(config: DiscoveryConfig): EntityFragment {
  const modeCommandTopic = optionalTopic(config, 'mode_command_topic');
  const modeStateTopic = optionalTopic(config, 'mode_state_topic');
  const temperatureCommandTopic = optionalTopic(config, 'temperature_command_topic');
  const temperatureStateTopic = optionalTopic(config, 'temperature_state_topic');
  const currentTemperatureTopic = optionalTopic(config, 'current_temperature_topic');
  const modes = stringListOption(config, 'modes', CLIMATE_MODES);
  const unit = stringOption(config, 'temperature_unit', 'C') === 'F' ? '°F' : '°C';
  const minimum = numberOption(config, 'min_temp', unit === '°F' ? 45 : 7);
  const maximum = numberOption(config, 'max_temp', unit === '°F' ? 95 : 35);
  const writeMode = commandWriter(config, 'mode_command_template');
  const writeTemperature = commandWriter(config, 'temperature_command_template');
  const readers: StateReader[] = [];
  const numberReader = (topic: string, templateKey: string, key: string): StateReader => {
    const value = payloadReader(config, templateKey);
    return { topic, read: (payload): DeviceState => ({ ...(asNumber(value(payload)) === null ? {} : { [key]: asNumber(value(payload)) as JsonValue }) }) };
  };
  if (modeStateTopic) {
    const value = payloadReader(config, 'mode_state_template');
    readers.push({ topic: modeStateTopic, read: (payload): DeviceState => (modes.includes(asText(value(payload))) ? { mode: asText(value(payload)) } : {}) });
  }
  if (temperatureStateTopic) readers.push(numberReader(temperatureStateTopic, 'temperature_state_template', 'target_temperature'));
  if (currentTemperatureTopic) readers.push(numberReader(currentTemperatureTopic, 'current_temperature_template', 'current_temperature'));
  const functions: ApiFunctionSpec[] = [];
  if (modeCommandTopic) {
    functions.push({
      name: 'set_mode',
      description: 'Switches the system to the given operating mode.',
      kind: 'action',
      parameters: [{ name: 'mode', type: 'enum', description: 'Operating mode.', values: modes }],
      effects: [{ key: 'mode', parameter: 'mode' }],
    });
    if (modes.includes('off')) functions.push({ name: 'turn_off', description: 'Turns heating and cooling off.', kind: 'action', parameters: [], effects: [{ key: 'mode', value: 'off' }] });
  }
  if (temperatureCommandTopic) {
    functions.push({
      name: 'set_temperature',
      description: 'Sets the target temperature the room should reach.',
      kind: 'action',
      parameters: [{ name: 'temperature', type: 'number', description: 'Target room temperature.', unit, minimum, maximum }],
      effects: [{ key: 'target_temperature', parameter: 'temperature' }],
    });
  }
  functions.push(
    query('get_mode', 'Reads the current operating mode.', { type: 'enum', description: `One of ${modes.join(', ')}.` }),
    query('get_target_temperature', 'Reads the target temperature.', { type: 'number', description: 'Target temperature.', unit }),
  );
  if (currentTemperatureTopic) functions.push(query('get_current_temperature', 'Reads the temperature measured in the room.', { type: 'number', description: 'Measured room temperature.', unit }));
  return {
    component: 'climate',
    kind: 'thermostat',
    summary: 'steers the room towards a target temperature in one of its modes',
    nouns: ['thermostat', 'heating', 'air conditioning', 'climate', 'temperature'],
    state: {
      mode: { type: 'enum', description: 'Operating mode of the system.', values: modes },
      target_temperature: { type: 'number', description: 'Temperature the system steers the room towards.', unit, minimum, maximum },
      ...(currentTemperatureTopic ? { current_temperature: { type: 'number', description: 'Temperature measured in the room.', unit } } : {}),
    },
    initialState: { mode: modes[0] ?? 'off', target_temperature: minimum, ...(currentTemperatureTopic ? { current_temperature: minimum } : {}) },
    functions,
    queries: { get_mode: 'mode', get_target_temperature: 'target_temperature', ...(currentTemperatureTopic ? { get_current_temperature: 'current_temperature' } : {}) },
    readers,
    optimistic: modeStateTopic === null && temperatureStateTopic === null,
    command(functionName, args) {
      if (functionName === 'set_mode' && modeCommandTopic) return [{ topic: modeCommandTopic, payload: writeMode(String(args.mode)) }];
      if (functionName === 'turn_off' && modeCommandTopic) return [{ topic: modeCommandTopic, payload: writeMode('off') }];
      if (functionName === 'set_temperature' && temperatureCommandTopic) return [{ topic: temperatureCommandTopic, payload: writeTemperature(Number(args.temperature)) }];
      throw unknownFunction('climate', functionName);
    },
  };
}
