import type { ApiFunctionSpec, JsonValue, ParameterSpec, StateFieldSpec } from '@meshmind/protocol';
import { getDeviceDescription } from '../../device-catalog';
import type { DeviceState } from '../../driver.js';
// One colour model for both bridges: names and #rrggbb to and from CIE x/y and hue/saturation.
import { hexOfHs, hexOfXy, hsOfColour, rgbOfColour, xyOfColour, type XyColour } from '../zigbee2mqtt/colour.js';
import { numberOption, stringOption, type DiscoveryConfig } from './discovery-config.js';
import { asNumber, asText, commandWriter, optionalTopic, payloadReader, query, type Publication, type StateReader } from './entity-fragment.js';

/** How a light takes a colour: Home Assistant's colour modes that carry one. */
type ColourModel = 'xy' | 'hs' | 'rgb';
const COLOUR_MODES: Record<string, ColourModel> = { xy: 'xy', hs: 'hs', rgb: 'rgb', rgbw: 'rgb', rgbww: 'rgb' };
/** xy first: it is the one model whose meaning does not depend on the bulb. */
const MODEL_PREFERENCE: ColourModel[] = ['xy', 'hs', 'rgb'];
const MIRED_PER_KELVIN = 1_000_000;
/** A reported colour this close (CIE x/y) to the one asked for is that colour: bulbs round and clip to their gamut. */
const SAME_COLOUR_DISTANCE = 0.01;

/**
 * Colour and white tone of a Home Assistant MQTT light, from its discovery config: the JSON schema's
 * `supported_color_modes` (or the older `rgb`/`xy`/`hs`/`color_temp` flags), or the default
 * schema's `rgb_`, `hs_`, `xy_` and `color_temp_` topics. The functions are the catalog light's
 * (`set_color` with a name or #rrggbb, `set_color_temperature` in kelvin with its presets), so a
 * discovered bulb is asked as the catalog's is.
 */
export interface LightColour {
  state: Record<string, StateFieldSpec>;
  initialState: DeviceState;
  functions: ApiFunctionSpec[];
  queries: Record<string, string>;
  /** Readers of the default schema's colour state topics. */
  readers: StateReader[];
  /** The colour fields of a JSON schema state message. */
  readJson(message: Record<string, JsonValue>): DeviceState;
  /** JSON schema: the fields a call adds to the command object; null for a function not of colour. */
  jsonFields(functionName: string, args: Record<string, unknown>): Record<string, JsonValue> | null;
  /** Default schema: the messages a call publishes; null for a function not of colour. */
  publications(functionName: string, args: Record<string, unknown>): Publication[] | null;
}

function catalogFunction(name: string): ApiFunctionSpec | undefined {
  return getDeviceDescription('light').functions.find((fn) => fn.name === name);
}

function jsonModes(config: DiscoveryConfig): string[] {
  const modes = config.supported_color_modes;
  const listed = Array.isArray(modes) ? modes.filter((mode): mode is string => typeof mode === 'string') : typeof modes === 'string' ? [modes] : [];
  // The flags older firmware still sends instead of supported_color_modes.
  for (const flag of ['xy', 'hs', 'rgb', 'color_temp']) if (config[flag] === true && !listed.includes(flag)) listed.push(flag);
  return listed;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

function colourPayload(model: ColourModel, colour: string): Record<string, number> {
  if (model === 'xy') return { ...xyOfColour(colour) };
  if (model === 'hs') {
    const { hue, saturation } = hsOfColour(colour);
    return { h: hue, s: saturation };
  }
  const [r, g, b] = rgbOfColour(colour);
  return { r, g, b };
}

const hexOfRgb = (r: number, g: number, b: number) => `#${[r, g, b].map((channel) => Math.max(0, Math.min(255, Math.round(channel))).toString(16).padStart(2, '0')).join('')}`;

/** A reported colour as #rrggbb, from whichever of x/y, h/s or r/g/b it carries. */
function hexOfReported(colour: Record<string, JsonValue>): string | null {
  const number = (key: string) => (typeof colour[key] === 'number' ? (colour[key] as number) : null);
  const [x, y, h, s, r, g, b] = ['x', 'y', 'h', 's', 'r', 'g', 'b'].map(number);
  if (x !== null && y !== null) return hexOfXy({ x: x!, y: y! });
  if (h !== null && s !== null) return hexOfHs({ hue: h!, saturation: s! });
  if (r !== null && g !== null && b !== null) return hexOfRgb(r!, g!, b!);
  return null;
}

/** "r,g,b", "h,s" or "x,y" as the default schema sends them. */
function parseTuple(text: string, model: ColourModel): Record<string, number> | null {
  const parts = text.split(',').map((part) => Number.parseFloat(part));
  const names = model === 'rgb' ? ['r', 'g', 'b'] : model === 'hs' ? ['h', 's'] : ['x', 'y'];
  if (parts.length < names.length || parts.slice(0, names.length).some((part) => !Number.isFinite(part))) return null;
  return Object.fromEntries(names.map((name, index) => [name, parts[index]!]));
}

function tupleText(model: ColourModel, colour: string): string {
  const payload = colourPayload(model, colour);
  return model === 'rgb' ? `${payload.r},${payload.g},${payload.b}` : model === 'hs' ? `${payload.h},${payload.s}` : `${round(payload.x!, 4)},${round(payload.y!, 4)}`;
}

function xyDistance(a: XyColour, b: XyColour): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

export function lightColour(config: DiscoveryConfig, json: boolean): LightColour {
  const modes = json ? jsonModes(config) : [];
  const topics = {
    xy: json ? null : optionalTopic(config, 'xy_command_topic'),
    hs: json ? null : optionalTopic(config, 'hs_command_topic'),
    // A custom rgb template names red/green/blue variables, beyond the template subset read here.
    rgb: json || stringOption(config, 'rgb_command_template') ? null : optionalTopic(config, 'rgb_command_topic'),
  };
  const model = MODEL_PREFERENCE.find((candidate) => (json ? modes.some((mode) => COLOUR_MODES[mode] === candidate) : topics[candidate] !== null)) ?? null;
  const temperatureTopic = json ? null : optionalTopic(config, 'color_temp_command_topic');
  const hasTemperature = json ? modes.includes('color_temp') : temperatureTopic !== null;
  // Home Assistant sends mireds unless the config says kelvin (`color_temp_kelvin`).
  const inKelvin = config.color_temp_kelvin === true;
  const coolestMired = inKelvin ? MIRED_PER_KELVIN / numberOption(config, 'max_kelvin', 6535) : numberOption(config, 'min_mireds', 153);
  const warmestMired = inKelvin ? MIRED_PER_KELVIN / numberOption(config, 'min_kelvin', 2000) : numberOption(config, 'max_mireds', 500);
  const minimumKelvin = Math.round(MIRED_PER_KELVIN / warmestMired);
  const maximumKelvin = Math.round(MIRED_PER_KELVIN / coolestMired);

  // What was last asked, so a report of the same colour (rounded, moved into the gamut) reads as it.
  let askedColour: { name: string; xy: XyColour } | null = null;
  let askedTemperature: { kelvin: number; raw: number } | null = null;
  const colourState = (hex: string | null): DeviceState => {
    if (hex === null) return {};
    if (askedColour && xyDistance(xyOfColour(hex), askedColour.xy) <= SAME_COLOUR_DISTANCE) return { color: askedColour.name };
    return { color: hex };
  };
  const temperatureState = (raw: number | null): DeviceState => {
    if (raw === null || raw <= 0) return {};
    if (askedTemperature && Math.abs(askedTemperature.raw - raw) <= 1) return { color_temperature: askedTemperature.kelvin };
    return { color_temperature: inKelvin ? Math.round(raw) : Math.round(MIRED_PER_KELVIN / raw) };
  };
  const rawTemperature = (kelvin: number) => {
    const mired = Math.min(warmestMired, Math.max(coolestMired, MIRED_PER_KELVIN / kelvin));
    return inKelvin ? Math.round(MIRED_PER_KELVIN / mired) : Math.round(mired);
  };

  const state: Record<string, StateFieldSpec> = {};
  const functions: ApiFunctionSpec[] = [];
  const queries: Record<string, string> = {};
  const initialState: DeviceState = {};
  if (model) {
    const catalog = catalogFunction('set_color');
    const parameter: ParameterSpec = catalog?.parameters[0] ?? { name: 'color', type: 'color', description: 'Colour name or #rrggbb.' };
    state.color = { type: 'color', description: 'Current colour, as a colour name or #rrggbb.' };
    initialState.color = '#ffffff';
    functions.push(
      {
        name: 'set_color',
        description: catalog?.description ?? 'Changes the colour of the light and switches it on.',
        kind: 'action',
        parameters: [parameter],
        effects: [
          { key: 'on', value: true },
          { key: 'color', parameter: parameter.name },
        ],
      },
      query('get_color', 'Reads the current colour of the light.', { type: 'color', description: 'Current colour, as a colour name or #rrggbb.' }),
    );
    queries.get_color = 'color';
  }
  if (hasTemperature) {
    const catalog = catalogFunction('set_color_temperature');
    const presets: Record<string, number> = {};
    for (const [name, kelvin] of Object.entries(catalog?.parameters[0]?.presets ?? {})) presets[name] = Math.min(maximumKelvin, Math.max(minimumKelvin, kelvin));
    state.color_temperature = { type: 'integer', description: 'White colour temperature, warm (low) to cool (high).', unit: 'K', minimum: minimumKelvin, maximum: maximumKelvin };
    initialState.color_temperature = minimumKelvin;
    functions.push(
      {
        name: 'set_color_temperature',
        description: catalog?.description ?? 'Sets the white tone of the light and switches it on.',
        kind: 'action',
        parameters: [
          { name: 'kelvin', type: 'integer', description: `Colour temperature from ${minimumKelvin} K (warm) to ${maximumKelvin} K (cool).`, unit: 'K', minimum: minimumKelvin, maximum: maximumKelvin, presets },
        ],
        effects: [
          { key: 'on', value: true },
          { key: 'color_temperature', parameter: 'kelvin' },
        ],
      },
      query('get_color_temperature', 'Reads the white tone of the light.', { type: 'integer', description: 'Current colour temperature.', unit: 'K' }),
    );
    queries.get_color_temperature = 'color_temperature';
  }

  const readers: StateReader[] = [];
  if (!json) {
    for (const candidate of MODEL_PREFERENCE) {
      const topic = optionalTopic(config, `${candidate}_state_topic`);
      if (!topic || candidate !== model) continue;
      const value = payloadReader(config, `${candidate}_value_template`);
      readers.push({
        topic,
        read: (payload) => {
          const tuple = parseTuple(asText(value(payload)), candidate);
          return colourState(tuple ? hexOfReported(tuple) : null);
        },
      });
    }
    const temperatureStateTopic = hasTemperature ? optionalTopic(config, 'color_temp_state_topic') : null;
    if (temperatureStateTopic) {
      const value = payloadReader(config, 'color_temp_value_template');
      readers.push({ topic: temperatureStateTopic, read: (payload) => temperatureState(asNumber(value(payload))) });
    }
  }
  const writeTemperature = commandWriter(config, 'color_temp_command_template');

  const remember = (functionName: string, args: Record<string, unknown>): { colour?: string; raw?: number } | null => {
    if (functionName === 'set_color' && model) {
      const colour = String(args.color);
      // Validates the name or hex (E_INVALID_ARGUMENT) before anything is sent.
      askedColour = { name: colour, xy: xyOfColour(colour) };
      return { colour };
    }
    if (functionName === 'set_color_temperature' && hasTemperature) {
      const raw = rawTemperature(Number(args.kelvin));
      askedTemperature = { kelvin: Number(args.kelvin), raw };
      return { raw };
    }
    return null;
  };

  return {
    state,
    initialState,
    functions,
    queries,
    readers,
    readJson(message) {
      const next: DeviceState = {};
      if (model && message.color && typeof message.color === 'object' && !Array.isArray(message.color)) {
        Object.assign(next, colourState(hexOfReported(message.color as Record<string, JsonValue>)));
      }
      // A light in white mode reports its colour temperature; in a colour mode it may report none.
      if (hasTemperature && message.color_temp !== undefined && message.color_mode !== 'xy' && message.color_mode !== 'hs' && message.color_mode !== 'rgb') {
        Object.assign(next, temperatureState(asNumber(message.color_temp)));
      }
      return next;
    },
    jsonFields(functionName, args): Record<string, JsonValue> | null {
      const asked = remember(functionName, args);
      if (!asked) return null;
      const fields: Record<string, JsonValue> = asked.colour !== undefined ? { color: colourPayload(model!, asked.colour) } : { color_temp: asked.raw! };
      return fields;
    },
    publications(functionName, args) {
      const asked = remember(functionName, args);
      if (!asked) return null;
      if (asked.colour !== undefined) return [{ topic: topics[model!]!, payload: tupleText(model!, asked.colour) }];
      return [{ topic: temperatureTopic!, payload: writeTemperature(asked.raw!) }];
    },
  };
}
