import type { JsonValue, ParameterSpec } from '@meshmind/protocol';
import { getDeviceDescription } from '../../device-catalog';
import { ACCESS, type Expose } from './bridge-payloads';
import { identifierOf, type BindingBuilder, type SetPart } from './device-binding';
import { hexOfHs, hexOfXy, hsOfColour, xyOfColour } from './colour';
import { addGenericFeature } from './generic-exposes';

/**
 * The specific expose types of zigbee2mqtt (light, switch, cover, lock, climate, fan) become the
 * functions the catalog gives the same kind of device, with the catalog's names and notes, so that
 * retrieval and the built-in engine treat a Hue bulb as they treat the catalog's light. What the
 * device cannot do (an access bit missing, a feature absent) is not offered.
 */

const canSet = (feature: Expose | undefined) => feature !== undefined && ((feature.access ?? 0) & ACCESS.set) !== 0;
const isPublished = (feature: Expose | undefined) => feature !== undefined && ((feature.access ?? 0) & ACCESS.state) !== 0;
const isGettable = (feature: Expose | undefined) => feature !== undefined && ((feature.access ?? 0) & ACCESS.get) !== 0;

function featureNamed(expose: Expose, ...names: string[]): Expose | undefined {
  for (const name of names) {
    const found = expose.features?.find((feature) => feature.name === name);
    if (found) return found;
  }
  return undefined;
}

function propertyOf(feature: Expose): string {
  return feature.property ?? feature.name ?? '';
}

/** What an endpoint adds to names and notes: `turn_on_left`, "(left channel)". */
interface Channel {
  suffix: string;
  words: string;
}

function channelOf(expose: Expose): Channel {
  return expose.endpoint ? { suffix: `_${identifierOf(expose.endpoint)}`, words: ` (${expose.endpoint} channel)` } : { suffix: '', words: '' };
}

/** The catalog's note for one of its functions, so a generated document reads like the catalog's. */
function catalogNote(type: string, functionName: string, fallback: string): string {
  return getDeviceDescription(type).functions.find((fn) => fn.name === functionName)?.description ?? fallback;
}

function catalogParameter(type: string, functionName: string): ParameterSpec | undefined {
  return getDeviceDescription(type).functions.find((fn) => fn.name === functionName)?.parameters[0];
}

/** An on/off binary feature: state field `on`, turn_on, turn_off, toggle and is_on, noted as the catalog type does. */
function addOnOff(builder: BindingBuilder, type: string, feature: Expose | undefined, channel: Channel, key = 'on'): void {
  if (!feature) return;
  const property = propertyOf(feature);
  const fieldKey = builder.freeName(`${key}${channel.suffix}`, (name) => builder.hasField(name));
  if (isPublished(feature)) {
    builder.addField(
      { type: 'boolean', description: `Whether the ${type} is on${channel.words}.` },
      { key: fieldKey, property, gettable: isGettable(feature), read: (raw) => (raw === feature.value_on ? true : raw === feature.value_off ? false : undefined) },
    );
  }
  if (canSet(feature)) {
    builder.addAction(
      { name: `turn_on${channel.suffix}`, description: `${catalogNote(type, 'turn_on', `Switches the ${type} on.`)}${channel.words}`, parameters: [], effects: [{ key: fieldKey, value: true }] },
      { parts: () => [{ property, raw: feature.value_on }] },
    );
    builder.addAction(
      { name: `turn_off${channel.suffix}`, description: `${catalogNote(type, 'turn_off', `Switches the ${type} off.`)}${channel.words}`, parameters: [], effects: [{ key: fieldKey, value: false }] },
      { parts: () => [{ property, raw: feature.value_off }] },
    );
    if (feature.value_toggle !== undefined) {
      builder.addAction(
        { name: `toggle${channel.suffix}`, description: `${catalogNote(type, 'toggle', `Switches the ${type} off if it is on, and on if it is off.`)}${channel.words}`, parameters: [] },
        { parts: () => [{ property, raw: feature.value_toggle }] },
      );
    }
  }
  builder.addQuery(`is_on${channel.suffix}`, `${catalogNote(type, 'is_on', `Reports whether the ${type} is on.`)}${channel.words}`, fieldKey);
}

const MIRED_PER_KELVIN = 1_000_000;

function addLight(builder: BindingBuilder, expose: Expose): void {
  const channel = channelOf(expose);
  const stateFeature = featureNamed(expose, 'state');
  addOnOff(builder, 'light', stateFeature, channel);
  const switchOn: SetPart[] = canSet(stateFeature) ? [{ property: propertyOf(stateFeature!), raw: stateFeature!.value_on }] : [];
  const onKey = `on${channel.suffix}`;
  const brightness = featureNamed(expose, 'brightness');
  if (brightness) {
    const property = propertyOf(brightness);
    const top = brightness.value_max ?? 254;
    const key = `brightness${channel.suffix}`;
    if (isPublished(brightness)) {
      builder.addField(
        { type: 'integer', description: 'Brightness of the light.', unit: '%', minimum: 0, maximum: 100 },
        { key, property, gettable: isGettable(brightness), read: (raw) => (typeof raw === 'number' ? Math.round((raw * 100) / top) : undefined) },
      );
    }
    if (canSet(brightness)) {
      builder.addAction(
        {
          name: `set_brightness${channel.suffix}`,
          description: `${catalogNote('light', 'set_brightness', 'Dims or brightens the light.')}${channel.words}`,
          parameters: [{ name: 'brightness', type: 'integer', description: 'Target brightness level.', unit: '%', minimum: 1, maximum: 100 }],
          effects: [{ key: onKey, value: true }, { key, parameter: 'brightness' }],
        },
        {
          parts: (args) => {
            const percent = args.brightness as number;
            return [...switchOn, { property, raw: Math.max(1, Math.round((percent * top) / 100)), asked: { key, value: percent } }];
          },
        },
      );
    }
    builder.addQuery(`get_brightness${channel.suffix}`, `Reads the current brightness of the light${channel.words}.`, key);
  }
  const colourTemperature = featureNamed(expose, 'color_temp');
  if (colourTemperature) addColourTemperature(builder, colourTemperature, channel, switchOn, onKey);
  const colour = featureNamed(expose, 'color_xy', 'color_hs');
  if (colour) addColour(builder, colour, channel, switchOn, onKey);
  for (const feature of expose.features ?? []) {
    if (!['state', 'brightness', 'color_temp', 'color_xy', 'color_hs'].includes(feature.name ?? '')) addGenericFeature(builder, feature);
  }
}

function addColourTemperature(builder: BindingBuilder, feature: Expose, channel: Channel, switchOn: SetPart[], onKey: string): void {
  const property = propertyOf(feature);
  const coolest = feature.value_min ?? 153;
  const warmest = feature.value_max ?? 500;
  const minimum = Math.round(MIRED_PER_KELVIN / warmest);
  const maximum = Math.round(MIRED_PER_KELVIN / coolest);
  const key = `color_temperature${channel.suffix}`;
  if (isPublished(feature)) {
    builder.addField(
      { type: 'integer', description: 'White colour temperature, warm (low) to cool (high).', unit: 'K', minimum, maximum },
      { key, property, gettable: isGettable(feature), read: (raw) => (typeof raw === 'number' && raw > 0 ? Math.round(MIRED_PER_KELVIN / raw) : undefined) },
    );
  }
  if (!canSet(feature)) return;
  // The device's own presets (in mireds) in kelvin, then the catalog's words for white tones it can make.
  const presets: Record<string, number> = {};
  for (const preset of feature.presets ?? []) {
    if (typeof preset.value === 'number' && preset.value >= coolest && preset.value <= warmest) presets[preset.name] = Math.round(MIRED_PER_KELVIN / preset.value);
  }
  for (const [name, kelvin] of Object.entries(catalogParameter('light', 'set_color_temperature')?.presets ?? {})) {
    if (presets[name] === undefined) presets[name] = Math.min(maximum, Math.max(minimum, kelvin));
  }
  builder.addAction(
    {
      name: `set_color_temperature${channel.suffix}`,
      description: `${catalogNote('light', 'set_color_temperature', 'Sets the white tone of the light.')}${channel.words}`,
      parameters: [
        { name: 'kelvin', type: 'integer', description: `Colour temperature from ${minimum} K (warm) to ${maximum} K (cool).`, unit: 'K', minimum, maximum, presets },
      ],
      effects: [{ key: onKey, value: true }, { key, parameter: 'kelvin' }],
    },
    {
      parts: (args) => {
        const kelvin = args.kelvin as number;
        const mired = Math.min(warmest, Math.max(coolest, Math.round(MIRED_PER_KELVIN / kelvin)));
        return [...switchOn, { property, raw: mired, asked: { key, value: kelvin } }];
      },
    },
  );
}

/** Colours come back rounded to four decimals, or moved into the bulb's gamut: near is the same. */
function sameColour(asked: unknown, reported: unknown): boolean {
  if (!asked || !reported || typeof asked !== 'object' || typeof reported !== 'object') return false;
  const tolerance: Record<string, number> = { x: 0.003, y: 0.003, hue: 2, saturation: 2 };
  return Object.entries(asked as Record<string, unknown>).every(([name, value]) => {
    const other = (reported as Record<string, unknown>)[name];
    return typeof value === 'number' && typeof other === 'number' && Math.abs(value - other) <= (tolerance[name] ?? 0);
  });
}

function addColour(builder: BindingBuilder, feature: Expose, channel: Channel, switchOn: SetPart[], onKey: string): void {
  const property = propertyOf(feature);
  const usesXy = feature.name === 'color_xy';
  const key = `color${channel.suffix}`;
  if (isPublished(feature)) {
    builder.addField(
      { type: 'color', description: 'Current colour, as a colour name or #rrggbb.' },
      {
        key,
        property,
        gettable: isGettable(feature),
        sameRaw: sameColour,
        read: (raw) => {
          if (!raw || typeof raw !== 'object') return undefined;
          const { x, y, hue, saturation } = raw as Record<string, unknown>;
          if (typeof x === 'number' && typeof y === 'number') return hexOfXy({ x, y });
          if (typeof hue === 'number' && typeof saturation === 'number') return hexOfHs({ hue, saturation });
          return undefined;
        },
      },
    );
  }
  if (!canSet(feature)) return;
  const parameter = catalogParameter('light', 'set_color') ?? { name: 'color', type: 'color' as const, description: 'Colour name or #rrggbb.' };
  builder.addAction(
    {
      name: `set_color${channel.suffix}`,
      description: `${catalogNote('light', 'set_color', 'Changes the colour of the light.')}${channel.words}`,
      parameters: [parameter],
      effects: [{ key: onKey, value: true }, { key, parameter: parameter.name }],
    },
    {
      parts: (args) => {
        const colour = String(args[parameter.name]);
        const raw = usesXy ? xyOfColour(colour) : hsOfColour(colour);
        return [...switchOn, { property, raw, asked: { key, value: colour } }];
      },
    },
  );
  builder.addQuery(`get_color${channel.suffix}`, `Reads the current colour of the light${channel.words}.`, key);
}

function addCover(builder: BindingBuilder, expose: Expose): void {
  const channel = channelOf(expose);
  const state = featureNamed(expose, 'state');
  const position = featureNamed(expose, 'position');
  const positionKey = `position${channel.suffix}`;
  const stateKey = `cover_state${channel.suffix}`;
  if (position && isPublished(position)) {
    builder.addField(
      { type: 'integer', description: 'How far the cover is open; 0 is fully closed, 100 fully open.', unit: '%', minimum: position.value_min ?? 0, maximum: position.value_max ?? 100 },
      { key: positionKey, property: propertyOf(position), gettable: isGettable(position), read: (raw) => (typeof raw === 'number' ? raw : undefined) },
    );
  }
  if (state && isPublished(state)) {
    const values = ['open', 'closed', 'stopped'];
    builder.addField(
      { type: 'enum', description: 'Whether the cover is open or closed.', values },
      { key: stateKey, property: propertyOf(state), gettable: isGettable(state), read: (raw) => (raw === 'OPEN' ? 'open' : raw === 'CLOSE' ? 'closed' : raw === 'STOP' ? 'stopped' : undefined) },
    );
  }
  if (state && canSet(state)) {
    const property = propertyOf(state);
    const offered = (state.values ?? []).map(String);
    const command = (name: string, raw: string, effect: JsonValue | undefined, stateValue: string) => {
      if (!offered.includes(raw)) return;
      const effects = [...(effect !== undefined ? [{ key: positionKey, value: effect }] : []), { key: stateKey, value: stateValue }];
      builder.addAction(
        { name: `${name}${channel.suffix}`, description: `${catalogNote('cover', name, `${name} the cover.`)}${channel.words}`, parameters: [], effects: raw === 'STOP' ? [] : effects },
        { parts: () => [{ property, raw }] },
      );
    };
    command('open_cover', 'OPEN', position ? (position.value_max ?? 100) : undefined, 'open');
    command('close_cover', 'CLOSE', position ? (position.value_min ?? 0) : undefined, 'closed');
    command('stop_cover', 'STOP', undefined, 'stopped');
  }
  if (position && canSet(position)) {
    const property = propertyOf(position);
    builder.addAction(
      {
        name: `set_position${channel.suffix}`,
        description: `${catalogNote('cover', 'set_position', 'Moves the cover to the given opening position.')}${channel.words}`,
        parameters: [{ name: 'position', type: 'integer', description: 'Target position; 0 is closed, 50 half open, 100 fully open.', unit: '%', minimum: position.value_min ?? 0, maximum: position.value_max ?? 100 }],
        effects: [{ key: positionKey, parameter: 'position' }],
      },
      { parts: (args) => [{ property, raw: args.position }] },
    );
  }
  builder.addQuery(`get_position${channel.suffix}`, `Reads how far the cover is open${channel.words}.`, positionKey);
  builder.addQuery(`get_cover_state${channel.suffix}`, `Reports whether the cover is open or closed${channel.words}.`, stateKey);
  for (const feature of expose.features ?? []) if (feature !== state && feature !== position) addGenericFeature(builder, feature);
}

function addLock(builder: BindingBuilder, expose: Expose): void {
  const channel = channelOf(expose);
  const state = featureNamed(expose, 'state');
  const key = `locked${channel.suffix}`;
  if (state && isPublished(state)) {
    builder.addField(
      { type: 'boolean', description: 'Whether the lock is locked.' },
      { key, property: propertyOf(state), gettable: isGettable(state), read: (raw) => (raw === state.value_on ? true : raw === state.value_off ? false : undefined) },
    );
  }
  if (state && canSet(state)) {
    const property = propertyOf(state);
    builder.addAction(
      { name: `lock${channel.suffix}`, description: `${catalogNote('lock', 'lock', 'Locks the door.')}${channel.words}`, parameters: [], effects: [{ key, value: true }] },
      { parts: () => [{ property, raw: state.value_on }] },
    );
    builder.addAction(
      { name: `unlock${channel.suffix}`, description: `${catalogNote('lock', 'unlock', 'Unlocks the door.')}${channel.words}`, parameters: [], effects: [{ key, value: false }], sensitive: true },
      { parts: () => [{ property, raw: state.value_off }] },
    );
  }
  builder.addQuery(`is_locked${channel.suffix}`, `Reports whether the door is locked${channel.words}.`, key);
  for (const feature of expose.features ?? []) if (feature !== state) addGenericFeature(builder, feature);
}

function addClimate(builder: BindingBuilder, expose: Expose): void {
  const setpoint = featureNamed(expose, 'occupied_heating_setpoint', 'current_heating_setpoint');
  const local = featureNamed(expose, 'local_temperature');
  const mode = featureNamed(expose, 'system_mode');
  const running = featureNamed(expose, 'running_state');
  const handled = new Set([setpoint, local, mode, running]);
  if (local && isPublished(local)) {
    builder.addField(
      { type: 'number', description: 'Temperature measured in the room.', unit: local.unit ?? '°C' },
      { key: 'current_temperature', property: propertyOf(local), gettable: isGettable(local), read: (raw) => (typeof raw === 'number' ? raw : undefined) },
    );
    builder.addQuery('get_current_temperature', 'Reads the temperature measured in the room.', 'current_temperature');
  }
  if (setpoint) {
    const property = propertyOf(setpoint);
    const range = { minimum: setpoint.value_min ?? 5, maximum: setpoint.value_max ?? 35 };
    if (isPublished(setpoint)) {
      builder.addField(
        { type: 'number', description: 'Temperature the system steers the room towards.', unit: setpoint.unit ?? '°C', ...range },
        { key: 'target_temperature', property, gettable: isGettable(setpoint), read: (raw) => (typeof raw === 'number' ? raw : undefined) },
      );
    }
    if (canSet(setpoint)) {
      const step = setpoint.value_step ? `, in steps of ${setpoint.value_step}` : '';
      builder.addAction(
        {
          name: 'set_temperature',
          description: catalogNote('climate', 'set_temperature', 'Sets the target temperature the room should reach.'),
          parameters: [{ name: 'temperature', type: 'number', description: `Target room temperature${step}.`, unit: setpoint.unit ?? '°C', ...range }],
          effects: [{ key: 'target_temperature', parameter: 'temperature' }],
        },
        { parts: (args) => [{ property, raw: args.temperature }] },
      );
    }
    builder.addQuery('get_target_temperature', 'Reads the temperature the system steers towards.', 'target_temperature');
  }
  if (mode) {
    const property = propertyOf(mode);
    const values = (mode.values ?? []).map(String);
    const catalogMode = catalogParameter('climate', 'set_mode');
    const synonyms = Object.fromEntries(Object.entries(catalogMode?.synonyms ?? {}).filter(([value]) => values.includes(value)));
    if (isPublished(mode) && values.length > 0) {
      builder.addField({ type: 'enum', description: 'Operating mode of the system.', values, synonyms }, { key: 'mode', property, gettable: isGettable(mode), read: (raw) => (typeof raw === 'string' ? raw : undefined) });
    }
    if (canSet(mode) && values.length > 0) {
      builder.addAction(
        { name: 'set_mode', description: catalogNote('climate', 'set_mode', 'Switches the system to the given operating mode.'), parameters: [{ name: 'mode', type: 'enum', description: 'Operating mode.', values, synonyms }], effects: [{ key: 'mode', parameter: 'mode' }] },
        { parts: (args) => [{ property, raw: args.mode }] },
      );
      if (values.includes('off')) {
        builder.addAction({ name: 'turn_off', description: catalogNote('climate', 'turn_off', 'Turns heating and cooling off.'), parameters: [], effects: [{ key: 'mode', value: 'off' }] }, { parts: () => [{ property, raw: 'off' }] });
        const onMode = ['auto', 'heat'].find((value) => values.includes(value));
        if (onMode) builder.addAction({ name: 'turn_on', description: `Turns the system on in ${onMode} mode.`, parameters: [], effects: [{ key: 'mode', value: onMode }] }, { parts: () => [{ property, raw: onMode }] });
      }
    }
    builder.addQuery('get_mode', 'Reads the current operating mode.', 'mode');
  }
  if (running && isPublished(running)) {
    builder.addField(
      { type: 'enum', description: 'What the system is doing right now.', values: (running.values ?? []).map(String) },
      { key: 'hvac_action', property: propertyOf(running), gettable: isGettable(running), read: (raw) => (typeof raw === 'string' ? raw : undefined) },
    );
    builder.addQuery('get_hvac_action', 'Reports whether the system is heating, cooling or idle right now.', 'hvac_action');
  }
  for (const feature of expose.features ?? []) if (!handled.has(feature)) addGenericFeature(builder, feature);
}

function addFan(builder: BindingBuilder, expose: Expose): void {
  const state = featureNamed(expose, 'state');
  addOnOff(builder, 'fan', state, channelOf(expose));
  for (const feature of expose.features ?? []) if (feature !== state) addGenericFeature(builder, feature);
}

function addSwitch(builder: BindingBuilder, expose: Expose): void {
  const state = featureNamed(expose, 'state');
  addOnOff(builder, 'switch', state, channelOf(expose));
  for (const feature of expose.features ?? []) if (feature !== state) addGenericFeature(builder, feature);
}

/** The catalog type each specific expose type makes a device, in the order one is chosen for a device with several. */
export const SPECIFIC_TYPES: ReadonlyArray<[string, (builder: BindingBuilder, expose: Expose) => void]> = [
  ['light', addLight],
  ['climate', addClimate],
  ['lock', addLock],
  ['cover', addCover],
  ['fan', addFan],
  ['switch', addSwitch],
];
