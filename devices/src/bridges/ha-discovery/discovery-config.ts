import { MeshmindError, safeParseJson } from '@meshmind/protocol';

/** The components whose discovery configs become meshmind devices. */
export const HA_COMPONENTS = ['light', 'switch', 'cover', 'lock', 'climate', 'fan', 'valve', 'sensor', 'binary_sensor'] as const;
export type HaComponent = (typeof HA_COMPONENTS)[number];

/**
 * The short keys devices send to keep their retained configs small (Tasmota and ESPHome use them),
 * for the keys this bridge reads. Home Assistant documents the full table; a key not listed here is
 * one the bridge never reads, so it is left as it came.
 */
const ABBREVIATIONS: Record<string, string> = {
  avty: 'availability',
  avty_mode: 'availability_mode',
  avty_t: 'availability_topic',
  avty_tpl: 'availability_template',
  bri_cmd_t: 'brightness_command_topic',
  bri_cmd_tpl: 'brightness_command_template',
  bri_scl: 'brightness_scale',
  bri_stat_t: 'brightness_state_topic',
  bri_val_tpl: 'brightness_value_template',
  clr_temp_cmd_t: 'color_temp_command_topic',
  clr_temp_cmd_tpl: 'color_temp_command_template',
  clr_temp_stat_t: 'color_temp_state_topic',
  clr_temp_val_tpl: 'color_temp_value_template',
  clrm: 'color_mode',
  cmd_off_tpl: 'command_off_template',
  cmd_on_tpl: 'command_on_template',
  cmd_t: 'command_topic',
  cmd_tpl: 'command_template',
  curr_temp_t: 'current_temperature_topic',
  curr_temp_tpl: 'current_temperature_template',
  dev: 'device',
  dev_cla: 'device_class',
  hs_cmd_t: 'hs_command_topic',
  hs_cmd_tpl: 'hs_command_template',
  hs_stat_t: 'hs_state_topic',
  hs_val_tpl: 'hs_value_template',
  max_mirs: 'max_mireds',
  max_temp: 'max_temp',
  min_mirs: 'min_mireds',
  min_temp: 'min_temp',
  mode_cmd_t: 'mode_command_topic',
  mode_cmd_tpl: 'mode_command_template',
  mode_stat_t: 'mode_state_topic',
  mode_stat_tpl: 'mode_state_template',
  obj_id: 'object_id',
  opt: 'optimistic',
  pct_cmd_t: 'percentage_command_topic',
  pct_cmd_tpl: 'percentage_command_template',
  pct_stat_t: 'percentage_state_topic',
  pct_val_tpl: 'percentage_value_template',
  pl_avail: 'payload_available',
  pl_cls: 'payload_close',
  pl_lock: 'payload_lock',
  pl_not_avail: 'payload_not_available',
  pl_off: 'payload_off',
  pl_on: 'payload_on',
  pl_open: 'payload_open',
  pl_stop: 'payload_stop',
  pl_unlk: 'payload_unlock',
  pos: 'reports_position',
  pos_clsd: 'position_closed',
  pos_open: 'position_open',
  pos_t: 'position_topic',
  pos_tpl: 'position_template',
  rgb_cmd_t: 'rgb_command_topic',
  rgb_cmd_tpl: 'rgb_command_template',
  rgb_stat_t: 'rgb_state_topic',
  rgb_val_tpl: 'rgb_value_template',
  set_pos_t: 'set_position_topic',
  set_pos_tpl: 'set_position_template',
  spd_rng_max: 'speed_range_max',
  spd_rng_min: 'speed_range_min',
  stat_clsd: 'state_closed',
  stat_closing: 'state_closing',
  stat_locked: 'state_locked',
  stat_off: 'state_off',
  stat_on: 'state_on',
  stat_open: 'state_open',
  stat_opening: 'state_opening',
  stat_stopped: 'state_stopped',
  stat_t: 'state_topic',
  stat_tpl: 'state_template',
  stat_unlocked: 'state_unlocked',
  stat_val_tpl: 'state_value_template',
  sup_clrm: 'supported_color_modes',
  t: 'topic',
  temp_cmd_t: 'temperature_command_topic',
  temp_cmd_tpl: 'temperature_command_template',
  temp_stat_t: 'temperature_state_topic',
  temp_stat_tpl: 'temperature_state_template',
  temp_unit: 'temperature_unit',
  uniq_id: 'unique_id',
  unit_of_meas: 'unit_of_measurement',
  val_tpl: 'value_template',
  xy_cmd_t: 'xy_command_topic',
  xy_cmd_tpl: 'xy_command_template',
  xy_stat_t: 'xy_state_topic',
  xy_val_tpl: 'xy_value_template',
};

const DEVICE_ABBREVIATIONS: Record<string, string> = {
  cns: 'connections',
  ids: 'identifiers',
  mf: 'manufacturer',
  mdl: 'model',
  sw: 'sw_version',
  sa: 'suggested_area',
};

/** An entity's config with long keys and the `~` base topic applied; values as the device sent them. */
export type DiscoveryConfig = Record<string, unknown>;

export interface DiscoveryTopic {
  component: HaComponent;
  nodeId: string | null;
  objectId: string;
}

/** The device an entity belongs to, as its `device` block says. */
export interface DiscoveryDeviceInfo {
  identifiers: string[];
  name: string | null;
  manufacturer: string | null;
  model: string | null;
  suggestedArea: string | null;
}

const TOPIC_SEGMENT = /^[A-Za-z0-9_-]+$/;

/**
 * Reads `<prefix>/<component>/[<node_id>/]<object_id>/config`. Returns null for a component this
 * bridge does not drive (a camera, a siren), which is not an error: the device just has more.
 */
export function parseDiscoveryTopic(prefix: string, topic: string): DiscoveryTopic | null {
  if (!topic.startsWith(`${prefix}/`)) throw new MeshmindError('E_INVALID_TOPIC', `${topic} is not under the discovery prefix ${prefix}`);
  const segments = topic.slice(prefix.length + 1).split('/');
  if (segments.length < 3 || segments.length > 4 || segments.at(-1) !== 'config') {
    throw new MeshmindError('E_INVALID_TOPIC', `${topic} is not <prefix>/<component>/[<node_id>/]<object_id>/config`);
  }
  const [component, ...rest] = segments.slice(0, -1);
  if (!rest.every((segment) => TOPIC_SEGMENT.test(segment))) {
    throw new MeshmindError('E_INVALID_TOPIC', `${topic}: node and object ids may hold only letters, digits, _ and -`);
  }
  if (!(HA_COMPONENTS as readonly string[]).includes(component!)) return null;
  return { component: component as HaComponent, nodeId: rest.length === 2 ? rest[0]! : null, objectId: rest.at(-1)! };
}

function expandKeys(source: Record<string, unknown>, table: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(source).map(([key, value]) => [table[key] ?? key, value]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Home Assistant's rule: `~` at the start or end of a key ending in `_topic` (or `topic`) is the base topic. */
function applyBaseTopic(config: Record<string, unknown>, base: string): void {
  for (const [key, value] of Object.entries(config)) {
    if ((key.endsWith('_topic') || key === 'topic') && typeof value === 'string') {
      if (value.startsWith('~')) config[key] = base + value.slice(1);
      else if (value.endsWith('~')) config[key] = value.slice(0, -1) + base;
    }
  }
}

/**
 * Decodes one retained config payload. An empty payload means the device was removed (null). Keys
 * come back long, `~` applied to every topic (also inside `availability` entries).
 */
export function parseDiscoveryPayload(topic: string, payload: Buffer | string): DiscoveryConfig | null {
  const text = typeof payload === 'string' ? payload : payload.toString('utf8');
  if (text.trim() === '') return null;
  const decoded = safeParseJson(text);
  if (!decoded.ok) throw new MeshmindError('E_BAD_JSON', `${topic}: the discovery config is not JSON (${decoded.error.message})`, { cause: decoded.error });
  if (!isRecord(decoded.value)) throw new MeshmindError('E_INVALID_PAYLOAD', `${topic}: the discovery config must be a JSON object`);
  const config = expandKeys(decoded.value, ABBREVIATIONS);
  const base = typeof config['~'] === 'string' ? (config['~'] as string) : null;
  if (base !== null) applyBaseTopic(config, base);
  if (isRecord(config.device)) config.device = expandKeys(config.device, DEVICE_ABBREVIATIONS);
  if (Array.isArray(config.availability)) {
    config.availability = config.availability.map((entry: unknown) => {
      if (!isRecord(entry)) throw new MeshmindError('E_INVALID_PAYLOAD', `${topic}: each availability entry must be an object with a topic`);
      const expanded = expandKeys(entry, ABBREVIATIONS);
      if (base !== null) applyBaseTopic(expanded, base);
      return expanded;
    });
  }
  return config;
}

/** A string option, or its default; a wrong type is the device's mistake and is said so. */
export function stringOption(config: DiscoveryConfig, key: string, fallback: string): string;
export function stringOption(config: DiscoveryConfig, key: string): string | null;
export function stringOption(config: DiscoveryConfig, key: string, fallback: string | null = null): string | null {
  const value = config[key];
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') throw new MeshmindError('E_INVALID_PAYLOAD', `discovery config key ${key} must be a string`);
  return value;
}

export function numberOption(config: DiscoveryConfig, key: string, fallback: number): number {
  const value = config[key];
  if (value === undefined || value === null) return fallback;
  const number = typeof value === 'string' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) throw new MeshmindError('E_INVALID_PAYLOAD', `discovery config key ${key} must be a number`);
  return number;
}

export function stringListOption(config: DiscoveryConfig, key: string, fallback: readonly string[]): string[] {
  const value = config[key];
  if (value === undefined || value === null) return [...fallback];
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string')) {
    throw new MeshmindError('E_INVALID_PAYLOAD', `discovery config key ${key} must be a list of strings`);
  }
  return value as string[];
}

/**
 * The device block. Identifiers group entities into one device: `identifiers`, else `connections`
 * (Tasmota announces its MAC there). An entity without either stands alone.
 */
export function deviceInfoOf(config: DiscoveryConfig): DiscoveryDeviceInfo | null {
  if (!isRecord(config.device)) return null;
  const device = config.device;
  const identifiers: string[] = [];
  const ids = device.identifiers;
  if (typeof ids === 'string') identifiers.push(ids);
  else if (Array.isArray(ids)) identifiers.push(...ids.filter((id): id is string => typeof id === 'string'));
  if (Array.isArray(device.connections)) {
    for (const connection of device.connections) {
      if (Array.isArray(connection) && connection.length === 2) identifiers.push(`${String(connection[0])}:${String(connection[1])}`);
    }
  }
  const text = (key: string) => (typeof device[key] === 'string' && (device[key] as string).trim() !== '' ? (device[key] as string).trim() : null);
  return { identifiers, name: text('name'), manufacturer: text('manufacturer'), model: text('model'), suggestedArea: text('suggested_area') };
}
