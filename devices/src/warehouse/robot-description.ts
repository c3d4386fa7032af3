import { MeshmindError, type ApiFunctionSpec, type DeviceDescription, type EffectSpec, type StateFieldSpec, type ValueType } from '@meshmind/protocol';
import { ROBOT_DIALECTS, ROBOT_DIALECT_BINDINGS, ROBOT_FUNCTION_PARAMETERS, type LlmindApiEntry, type RobotDialect, type RobotFunctionId } from './robot-dialects';
import { RELEASE_FUNCTIONS } from './robot-release-functions';
import { ROBOT_STATUSES, WIFI_MODES } from './warehouse-robot';

/**
 * The vendors' words for a shelf in their API documents (Chinese, German, French): a coordinator
 * that spreads shelves over robots counts a robot whose document says "Regal" as able to take one.
 */
export const SHELF_WORDS: readonly string[] = ['货架', 'regal', 'étagère', 'etagere'];

/** The canonical id of the release function, which the paper's fifteen do not have. */
export const RELEASE_EMERGENCY_STOP = 'release_emergency_stop';
export type RobotOperation = RobotFunctionId | typeof RELEASE_EMERGENCY_STOP;

/** The size of the world a description is written for: shelf numbers and coordinates are ranged by it. */
export interface RobotLimits {
  shelves: number;
  width: number;
  height: number;
}

const QUERIES = new Set<RobotOperation>(['battery_status', 'localize', 'capture_photo', 'list_wifi_hotspots', 'identify_vacancies', 'scan_shelf_items']);

/** Effects per canonical function, keyed by canonical argument name; mapped to dialect names below. */
const CANONICAL_EFFECTS: Partial<Record<RobotOperation, Array<{ key: string; value?: unknown; parameter?: string }>>> = {
  auto_dock: [{ key: 'docked', value: true }],
  emergency_stop: [{ key: 'emergency_stopped', value: true }],
  [RELEASE_EMERGENCY_STOP]: [{ key: 'emergency_stopped', value: false }],
  set_speed: [{ key: 'speed', parameter: 'speed' }],
  map_surroundings: [{ key: 'map_built', value: true }],
  navigate_to: [
    { key: 'x', parameter: 'x' },
    { key: 'y', parameter: 'y' },
  ],
  set_camera_angle: [{ key: 'camera_angle', parameter: 'angle' }],
  connect_wifi: [
    { key: 'wifi_ssid', parameter: 'ssid' },
    { key: 'wifi_mode', value: 'client' },
  ],
  enable_access_point: [
    { key: 'access_point_ssid', parameter: 'ssid' },
    { key: 'wifi_mode', value: 'access_point' },
  ],
  move_to_shelf: [{ key: 'at_shelf', parameter: 'shelf' }],
};

const RETURN_TYPES: Record<RobotOperation, { type: ValueType; unit?: string }> = {
  battery_status: { type: 'number', unit: '%' },
  auto_dock: { type: 'boolean' },
  emergency_stop: { type: 'boolean' },
  [RELEASE_EMERGENCY_STOP]: { type: 'boolean' },
  set_speed: { type: 'boolean' },
  map_surroundings: { type: 'boolean' },
  localize: { type: 'string', unit: 'm' },
  navigate_to: { type: 'boolean' },
  set_camera_angle: { type: 'boolean' },
  capture_photo: { type: 'string' },
  list_wifi_hotspots: { type: 'string_list' },
  connect_wifi: { type: 'boolean' },
  enable_access_point: { type: 'boolean' },
  move_to_shelf: { type: 'boolean' },
  identify_vacancies: { type: 'string_list' },
  scan_shelf_items: { type: 'string_list' },
};

const NOUNS: Record<RobotDialect['notesLanguage'], string[]> = {
  en: ['robot', 'warehouse robot', 'mobile robot', 'agv'],
  zh: ['robot', 'warehouse robot', '机器人', '仓储机器人'],
  de: ['robot', 'warehouse robot', 'roboter', 'lagerroboter'],
  fr: ['robot', 'warehouse robot', 'robot d’entrepôt'],
};

function stateFields(limits: RobotLimits): Record<string, StateFieldSpec> {
  return {
    x: { type: 'number', description: 'Position along the aisles.', unit: 'm', minimum: 0, maximum: limits.width - 1 },
    y: { type: 'number', description: 'Position along the warehouse, docks at 0.', unit: 'm', minimum: 0, maximum: limits.height - 1 },
    battery: { type: 'number', description: 'Remaining battery charge.', unit: '%', minimum: 0, maximum: 100 },
    speed: { type: 'number', description: 'Travel speed.', unit: 'm/s', minimum: 0.1, maximum: 2 },
    camera_angle: { type: 'number', description: 'Camera tilt.', unit: '°', minimum: -90, maximum: 90 },
    status: { type: 'enum', description: 'What the robot is doing.', values: [...ROBOT_STATUSES] },
    emergency_stopped: { type: 'boolean', description: 'Whether the emergency stop is engaged.' },
    docked: { type: 'boolean', description: 'Whether the robot stands on a charging dock.' },
    charging: { type: 'boolean', description: 'Whether the battery is charging.' },
    at_shelf: { type: 'integer', description: 'Shelf the robot stands at (0: none).', minimum: 0, maximum: limits.shelves },
    map_built: { type: 'boolean', description: 'Whether a map of the surroundings exists.' },
    wifi_mode: { type: 'enum', description: 'WiFi role.', values: [...WIFI_MODES] },
    wifi_ssid: { type: 'string', description: 'WiFi network the robot is connected to (empty: none).' },
    access_point_ssid: { type: 'string', description: 'Name of the network the robot broadcasts (empty: none).' },
    last_photo: { type: 'string', description: 'Path of the last photo taken (empty: none).' },
    last_checked_shelf: { type: 'integer', description: 'Shelf of the last vacancy check or scan (0: none).', minimum: 0, maximum: limits.shelves },
    last_vacant_slots: { type: 'string_list', description: 'Vacant slot numbers seen at the last checked shelf.' },
  };
}

function canonicalRange(name: string, limits: RobotLimits): { minimum?: number; maximum?: number } {
  if (name === 'shelf') return { minimum: 1, maximum: limits.shelves };
  if (name === 'x') return { minimum: 0, maximum: limits.width - 1 };
  if (name === 'y') return { minimum: 0, maximum: limits.height - 1 };
  return {};
}

function functionSpec(dialect: RobotDialect, entry: LlmindApiEntry, operation: RobotOperation, limits: RobotLimits): ApiFunctionSpec {
  const canonicalParameters = operation === RELEASE_EMERGENCY_STOP ? [] : ROBOT_FUNCTION_PARAMETERS[operation];
  const dialectNameOf = new Map(canonicalParameters.map((parameter, position) => [parameter.name, entry.input_argument[position]!]));
  const parameters = canonicalParameters.map((parameter, position) => {
    // Types and ranges come from the canonical API (shelf numbers and coordinates from this world); names and words from the vendor.
    const range = { minimum: parameter.minimum, maximum: parameter.maximum, ...canonicalRange(parameter.name, limits) };
    return {
      name: entry.input_argument[position]!,
      type: parameter.type,
      description: `${entry.input_type[position] ?? parameter.type} ${entry.input_argument[position]}: ${entry.notes}`,
      ...(parameter.unit ? { unit: parameter.unit } : {}),
      ...(range.minimum === undefined ? {} : { minimum: range.minimum }),
      ...(range.maximum === undefined ? {} : { maximum: range.maximum }),
      required: true,
    };
  });
  const effects: EffectSpec[] = (CANONICAL_EFFECTS[operation] ?? []).map((effect) =>
    effect.parameter === undefined ? { key: effect.key, value: effect.value } : { key: effect.key, parameter: dialectNameOf.get(effect.parameter)! },
  );
  const returned = RETURN_TYPES[operation];
  return {
    name: entry.name,
    description: entry.notes,
    kind: QUERIES.has(operation) ? 'query' : 'action',
    parameters,
    returns: { type: returned.type, description: `${entry.programming_language} ${entry.output}`, ...(returned.unit ? { unit: returned.unit } : {}) },
    ...(effects.length > 0 ? { effects } : {}),
    ...(operation === RELEASE_EMERGENCY_STOP ? { sensitive: true } : {}),
  };
}

/** Dialect function name -> the operation it runs, the release function included. */
export function robotOperations(dialect: RobotDialect): Map<string, { operation: RobotOperation; entry: LlmindApiEntry }> {
  const bindings = ROBOT_DIALECT_BINDINGS[dialect.id] ?? {};
  const operations = new Map<string, { operation: RobotOperation; entry: LlmindApiEntry }>();
  for (const entry of dialect.document) {
    const binding = bindings[entry.name];
    if (binding) operations.set(entry.name, { operation: binding.function, entry });
  }
  const release = RELEASE_FUNCTIONS[dialect.id];
  if (release) operations.set(release.name, { operation: RELEASE_EMERGENCY_STOP, entry: { ...release, programming_language: dialect.programmingLanguage } });
  return operations;
}

/** The vendor's LLMind-style document with its release function: what a retrieval index of that vendor reads. */
export function robotApiDocument(dialectId: string): LlmindApiEntry[] {
  return [...robotOperations(findRobotDialect(dialectId)).values()].map(({ entry }) => ({ ...entry, input_argument: [...entry.input_argument], input_type: [...entry.input_type] }));
}

export function findRobotDialect(dialectId: string): RobotDialect {
  const dialect = ROBOT_DIALECTS.find((candidate) => candidate.id === dialectId);
  if (!dialect) {
    throw new MeshmindError('E_UNKNOWN_DEVICE_TYPE', `unknown robot dialect ${JSON.stringify(dialectId)}; known: ${ROBOT_DIALECTS.map((candidate) => candidate.id).join(', ')}`);
  }
  return dialect;
}

export function robotDeviceType(dialectId: string): string {
  return `warehouse_robot_${dialectId.replace(/[^a-z0-9]+/g, '_')}`;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

// A thousand robots of ten vendors share ten documents: one frozen object per dialect and world size.
const descriptionCache = new Map<string, DeviceDescription>();

/** The DeviceDescription of a robot that speaks this dialect, in a world of this size. */
export function robotDescription(dialectId: string, limits: RobotLimits): DeviceDescription {
  const key = `${dialectId}:${limits.shelves}:${limits.width}:${limits.height}`;
  const cached = descriptionCache.get(key);
  if (cached) return cached;
  const dialect = findRobotDialect(dialectId);
  const description: DeviceDescription = {
    type: robotDeviceType(dialect.id),
    title: `${dialect.vendor} warehouse robot`,
    description: `A mobile warehouse robot by ${dialect.vendor} (${dialect.programmingLanguage} API): drives to shelves and coordinates, checks shelves for vacant slots, scans items, takes photos and manages its WiFi.`,
    domain: 'warehouse',
    version: '1.0.0',
    vendor: dialect.vendor,
    nouns: NOUNS[dialect.notesLanguage],
    state: stateFields(limits),
    functions: [...robotOperations(dialect).values()].map(({ operation, entry }) => functionSpec(dialect, entry, operation, limits)),
  };
  descriptionCache.set(key, deepFreeze(description));
  return description;
}
