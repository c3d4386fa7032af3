import { MeshmindError, safeParseJson, type ApiFunctionSpec, type JsonValue } from '@meshmind/protocol';
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
  type Publication,
  type StateReader,
} from './entity-fragment.js';
import { lightColour } from './light-colour.js';

/** turn_on, turn_off, toggle and is_on, worded for the thing switched. */
function onOffFunctions(thing: string, onWords: string, offWords: string): ApiFunctionSpec[] {
  return [
    { name: 'turn_on', description: `Switches the ${thing} on${onWords}.`, kind: 'action', parameters: [], effects: [{ key: 'on', value: true }] },
    { name: 'turn_off', description: `Switches the ${thing} off${offWords}.`, kind: 'action', parameters: [], effects: [{ key: 'on', value: false }] },
    { name: 'toggle', description: `Switches the ${thing} off if it is on, and on if it is off.`, kind: 'action', parameters: [] },
    query('is_on', `Reports whether the ${thing} is currently on.`, { type: 'boolean', description: `True when the ${thing} is on.` }),
  ];
}

/** on/off from a state payload: `state_on`/`state_off` when given, else the command payloads (Home Assistant's rule). */
function onOffReader(topic: string, config: DiscoveryConfig, templateKey: string, onPayload: string, offPayload: string): StateReader {
  const value = payloadReader(config, templateKey);
  const stateOn = stringOption(config, 'state_on', onPayload);
  const stateOff = stringOption(config, 'state_off', offPayload);
  return {
    topic,
    read(payload): DeviceState {
      const text = asText(value(payload));
      if (text === stateOn) return { on: true };
      if (text === stateOff) return { on: false };
      return {};
    },
  };
}

function targetOn(functionName: string, state: DeviceState): boolean {
  return functionName === 'toggle' ? state.on !== true : functionName === 'turn_on';
}

/** A relay or smart plug (Tasmota's POWER, ESPHome's switch, a Shelly relay). */
export function switchFragment(config: DiscoveryConfig): EntityFragment {
  const commandTopic = requiredTopic(config, 'command_topic', 'switch');
  const stateTopic = optionalTopic(config, 'state_topic');
  const payloadOn = stringOption(config, 'payload_on', 'ON');
  const payloadOff = stringOption(config, 'payload_off', 'OFF');
  const write = commandWriter(config, 'command_template');
  return {
    component: 'switch',
    kind: 'relay',
    summary: 'switches whatever is wired to it on and off',
    nouns: ['switch', 'plug', 'smart plug', 'outlet', 'socket', 'relay'],
    state: { on: { type: 'boolean', description: 'Whether the relay is supplying power.' } },
    initialState: { on: false },
    functions: onOffFunctions('relay', ' so the connected appliance gets power', ' and cuts power to the connected appliance'),
    queries: { is_on: 'on' },
    readers: stateTopic ? [onOffReader(stateTopic, config, 'value_template', payloadOn, payloadOff)] : [],
    optimistic: stateTopic === null,
    command(functionName, _args, state) {
      if (!['turn_on', 'turn_off', 'toggle'].includes(functionName)) throw unknownFunction('switch', functionName);
      return [{ topic: commandTopic, payload: write(targetOn(functionName, state) ? payloadOn : payloadOff) }];
    },
  };
}

const brightnessFunctions = (): ApiFunctionSpec[] => [
  {
    name: 'set_brightness',
    description: 'Dims or brightens the light to the given level and switches it on.',
    kind: 'action',
    parameters: [{ name: 'brightness', type: 'integer', description: 'Target brightness level.', unit: '%', minimum: 1, maximum: 100 }],
    effects: [
      { key: 'on', value: true },
      { key: 'brightness', parameter: 'brightness' },
    ],
  },
  query('get_brightness', 'Reads the current brightness of the light.', { type: 'integer', description: 'Current brightness.', unit: '%' }),
];

const toPercent = (raw: JsonValue, scale: number): number | null => {
  const number = asNumber(raw);
  return number === null ? null : Math.max(0, Math.min(100, Math.round((number / scale) * 100)));
};

/**
 * A light in the default schema (separate topics for power and brightness) or the JSON schema (one
 * JSON command and state, as ESPHome and zigbee2mqtt send).
 */
export function lightFragment(config: DiscoveryConfig): EntityFragment {
  const commandTopic = requiredTopic(config, 'command_topic', 'light');
  const schema = stringOption(config, 'schema', 'basic');
  // The template schema builds every payload from Jinja templates; the subset here cannot drive it faithfully.
  if (!['basic', 'default', 'json'].includes(schema)) throw new MeshmindError('E_NOT_SUPPORTED', `light schema ${schema} is not supported (basic/default and json are)`);
  const json = schema === 'json';
  const scale = numberOption(config, 'brightness_scale', 255);
  const stateTopic = optionalTopic(config, 'state_topic');
  const brightnessCommandTopic = json ? null : optionalTopic(config, 'brightness_command_topic');
  const colour = lightColour(config, json);
  const colorModes = json ? (typeof config.supported_color_modes === 'string' ? [config.supported_color_modes] : stringListOption(config, 'supported_color_modes', [])) : [];
  const dimmable = json ? config.brightness === true || colorModes.some((mode) => mode !== 'onoff') : brightnessCommandTopic !== null;
  const payloadOn = stringOption(config, 'payload_on', 'ON');
  const payloadOff = stringOption(config, 'payload_off', 'OFF');
  const readers: StateReader[] = [];
  if (json && stateTopic) {
    readers.push({
      topic: stateTopic,
      read(payload): DeviceState {
        const decoded = safeParseJson(payload);
        if (!decoded.ok || typeof decoded.value !== 'object' || decoded.value === null) return {};
        const message = decoded.value as Record<string, JsonValue>;
        const next: DeviceState = {};
        if (message.state === 'ON' || message.state === 'OFF') next.on = message.state === 'ON';
        const brightness = dimmable && message.brightness !== undefined ? toPercent(message.brightness, scale) : null;
        if (brightness !== null) next.brightness = brightness;
        return { ...next, ...colour.readJson(message) };
      },
    });
  } else if (stateTopic) {
    readers.push(onOffReader(stateTopic, config, 'state_value_template', payloadOn, payloadOff));
  }
  readers.push(...colour.readers);
  const brightnessStateTopic = json ? null : optionalTopic(config, 'brightness_state_topic');
  if (brightnessStateTopic) {
    const value = payloadReader(config, 'brightness_value_template');
    readers.push({
      topic: brightnessStateTopic,
      read: (payload): DeviceState => {
        const brightness = toPercent(value(payload), scale);
        return brightness === null ? {} : { brightness };
      },
    });
  }
  const writeState = commandWriter(config, 'command_template');
  const writeBrightness = commandWriter(config, 'brightness_command_template');
  return {
    component: 'light',
    kind: colour.state.color ? 'colour light' : dimmable ? 'dimmable light' : 'light',
    summary: [
      'can be switched on and off',
      ...(dimmable ? ['dimmed'] : []),
      ...(colour.state.color ? ['set to any colour'] : []),
      ...(colour.state.color_temperature ? ['set to a warmer or cooler white'] : []),
    ].join(', ').replace(/, ([^,]*)$/, ' and $1'),
    nouns: ['light', 'lights', 'lamp', 'bulb'],
    state: {
      on: { type: 'boolean', description: 'Whether the light is switched on.' },
      ...(dimmable ? { brightness: { type: 'integer', description: 'Brightness of the light.', unit: '%', minimum: 0, maximum: 100 } } : {}),
      ...colour.state,
    },
    initialState: { ...(dimmable ? { on: false, brightness: 0 } : { on: false }), ...colour.initialState },
    functions: [...onOffFunctions('light', '', ''), ...(dimmable ? brightnessFunctions() : []), ...colour.functions],
    queries: { is_on: 'on', ...(dimmable ? { get_brightness: 'brightness' } : {}), ...colour.queries },
    readers,
    optimistic: stateTopic === null,
    command(functionName, args, state): Publication[] {
      if (functionName === 'set_brightness') {
        const raw = Math.max(1, Math.round((Number(args.brightness) / 100) * scale));
        if (json) return [{ topic: commandTopic, payload: JSON.stringify({ state: 'ON', brightness: raw }) }];
        return [{ topic: brightnessCommandTopic!, payload: writeBrightness(raw) }];
      }
      if (json) {
        const fields = colour.jsonFields(functionName, args);
        if (fields) return [{ topic: commandTopic, payload: JSON.stringify({ state: 'ON', ...fields }) }];
      } else {
        // As Home Assistant's default `on_command_type` does: the colour first, then "on".
        const publications = colour.publications(functionName, args);
        if (publications) return [...publications, { topic: commandTopic, payload: writeState(payloadOn) }];
      }
      if (!['turn_on', 'turn_off', 'toggle'].includes(functionName)) throw unknownFunction('light', functionName);
      const on = targetOn(functionName, state);
      if (json) return [{ topic: commandTopic, payload: JSON.stringify({ state: on ? 'ON' : 'OFF' }) }];
      return [{ topic: commandTopic, payload: writeState(on ? payloadOn : payloadOff) }];
    },
  };
}

/** A fan with power and, when it has a percentage topic, a speed. */
export function fanFragment(config: DiscoveryConfig): EntityFragment {
  const commandTopic = requiredTopic(config, 'command_topic', 'fan');
  const stateTopic = optionalTopic(config, 'state_topic');
  const percentageCommandTopic = optionalTopic(config, 'percentage_command_topic');
  const percentageStateTopic = optionalTopic(config, 'percentage_state_topic');
  const low = numberOption(config, 'speed_range_min', 1);
  const high = numberOption(config, 'speed_range_max', 100);
  const payloadOn = stringOption(config, 'payload_on', 'ON');
  const payloadOff = stringOption(config, 'payload_off', 'OFF');
  const writeState = commandWriter(config, 'command_template');
  const writePercentage = commandWriter(config, 'percentage_command_template');
  const readers: StateReader[] = stateTopic ? [onOffReader(stateTopic, config, 'state_value_template', payloadOn, payloadOff)] : [];
  if (percentageStateTopic) {
    const value = payloadReader(config, 'percentage_value_template');
    readers.push({
      topic: percentageStateTopic,
      read(payload): DeviceState {
        const raw = asNumber(value(payload));
        if (raw === null) return {};
        return { speed: Math.max(0, Math.min(100, Math.round(((raw - low + 1) / (high - low + 1)) * 100))) };
      },
    });
  }
  const speed = percentageCommandTopic !== null;
  return {
    component: 'fan',
    kind: 'fan',
    summary: speed ? 'runs at a variable speed' : 'can be started and stopped',
    nouns: ['fan', 'ceiling fan', 'ventilator'],
    state: {
      on: { type: 'boolean', description: 'Whether the fan is running.' },
      ...(speed ? { speed: { type: 'integer', description: 'Fan speed as a share of its maximum.', unit: '%', minimum: 0, maximum: 100 } } : {}),
    },
    initialState: speed ? { on: false, speed: 0 } : { on: false },
    functions: [
      ...onOffFunctions('fan', '', ''),
      ...(speed
        ? [
            {
              name: 'set_speed',
              description: 'Sets the fan speed and starts the fan.',
              kind: 'action',
              parameters: [{ name: 'speed', type: 'integer', description: 'Target speed; 33 is low, 66 medium, 100 high.', unit: '%', minimum: 1, maximum: 100 }],
              effects: [{ key: 'speed', parameter: 'speed' }],
            } satisfies ApiFunctionSpec,
            query('get_speed', 'Reads the current fan speed.', { type: 'integer', description: 'Current speed.', unit: '%' }),
          ]
        : []),
    ],
    queries: { is_on: 'on', ...(speed ? { get_speed: 'speed' } : {}) },
    readers,
    optimistic: stateTopic === null,
    command(functionName, args, state) {
      if (functionName === 'set_speed' && percentageCommandTopic) {
        const raw = Math.round(low - 1 + (Number(args.speed) / 100) * (high - low + 1));
        return [{ topic: percentageCommandTopic, payload: writePercentage(Math.max(low, raw)) }];
      }
      if (!['turn_on', 'turn_off', 'toggle'].includes(functionName)) throw unknownFunction('fan', functionName);
      return [{ topic: commandTopic, payload: writeState(targetOn(functionName, state) ? payloadOn : payloadOff) }];
    },
  };
}
