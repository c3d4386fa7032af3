import { stringify } from 'yaml';
import { parseScenario, type Scenario } from '@meshmind/devices';
import type { FixtureArea, FixtureEntity, FixtureFloor, Fixtures } from './intents-dataset';

/**
 * Turns Home Assistant test fixtures (global, plus one file's additions) into a meshmind scenario,
 * keeping beside it what Home Assistant knows of each entity (domain, device class, area, floor,
 * state) so expectations can be computed the way Home Assistant means its slots.
 */

export interface HomeFloor {
  id: string;
  name: string;
}

export interface HomeArea {
  id: string;
  name: string;
  floorId: string | null;
}

export interface HomeEntity {
  entityId: string;
  domain: string;
  name: string;
  aliases: string[];
  areaId: string | null;
  deviceClass?: string;
  /** The state as Home Assistant writes it ("on", "locked", "42"). */
  haState: string;
  attributes: Record<string, unknown>;
  /** The meshmind device standing for the entity; absent when the catalog has no such device. */
  device?: { id: string; type: string; state: Record<string, unknown> };
  /** Why the entity is not a device (scene, person, weather, ...). */
  notADevice?: string;
}

export interface IntentHome {
  key: string;
  floors: HomeFloor[];
  areas: HomeArea[];
  entities: HomeEntity[];
  /** The area marked `context_area` in the file, if any. */
  contextAreaId?: string;
  scenario: Scenario;
}

/** Home Assistant's words for each binary-sensor class: [on, off]. */
const BINARY_SENSOR_WORDS: Record<string, [string, string]> = {
  battery: ['low', 'normal'],
  battery_charging: ['charging', 'not charging'],
  carbon_monoxide: ['detected', 'clear'],
  cold: ['cold', 'normal'],
  connectivity: ['connected', 'disconnected'],
  door: ['open', 'closed'],
  garage_door: ['open', 'closed'],
  gas: ['detected', 'clear'],
  heat: ['hot', 'normal'],
  light: ['light detected', 'no light'],
  lock: ['unlocked', 'locked'],
  moisture: ['wet', 'dry'],
  motion: ['detected', 'clear'],
  moving: ['moving', 'not moving'],
  occupancy: ['detected', 'clear'],
  opening: ['open', 'closed'],
  plug: ['plugged in', 'unplugged'],
  power: ['powered', 'not powered'],
  presence: ['home', 'away'],
  problem: ['problem', 'ok'],
  running: ['running', 'not running'],
  safety: ['unsafe', 'safe'],
  smoke: ['detected', 'clear'],
  sound: ['detected', 'clear'],
  tamper: ['tampering detected', 'clear'],
  update: ['update available', 'up-to-date'],
  vibration: ['detected', 'clear'],
  window: ['open', 'closed'],
};

/** What a cover of each device class is called, for an alias where its name does not say. */
const COVER_WORDS: Record<string, string> = {
  awning: 'awning', blind: 'blinds', curtain: 'curtains', damper: 'damper', door: 'door', gate: 'gate',
  shade: 'shades', shutter: 'shutters', window: 'window',
};

const NOT_DEVICES: Record<string, string> = {
  scene: 'a scene is not a device', script: 'a script is not a device', person: 'a person is not a device',
  weather: 'a weather forecast is not a device', lawn_mower: 'the catalog has no lawn mower', zone: 'a zone is not a device',
};

const CLIMATE_MODES = new Set(['off', 'heat', 'cool', 'auto', 'dry', 'fan_only']);

export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[’']/g, '').replace(/[^a-z0-9.]+/g, ' ').trim();
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 48) || 'x';
}

/** "Trader Joe[']s" is a template: the name with the optional part, and an alias without it. */
function expandName(raw: string): { name: string; aliases: string[] } {
  if (!raw.includes('[')) return { name: raw, aliases: [] };
  const name = raw.replace(/\[([^\]]*)\]/g, '$1');
  const without = raw.replace(/\[[^\]]*\]/g, '');
  return { name, aliases: without !== name ? [without] : [] };
}

function rawState(entity: FixtureEntity): string {
  const state = entity.state;
  if (state === undefined || state === null) return '';
  if (typeof state === 'object') return String(state.out);
  return String(state);
}

function number(value: unknown): number | undefined {
  const parsed = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(parsed) ? parsed : undefined;
}

const fahrenheitToCelsius = (value: number) => Math.round(((value - 32) * 5) / 9 * 10) / 10;

/** Home Assistant state -> a catalog type and its initial state; a string says why there is none. */
function toDevice(domain: string, haState: string, attributes: Record<string, unknown>, name: string): { type: string; state: Record<string, unknown> } | string {
  const deviceClass = typeof attributes.device_class === 'string' ? attributes.device_class : undefined;
  const unit = typeof attributes.unit_of_measurement === 'string' ? attributes.unit_of_measurement : '';
  const on = haState === 'on';
  switch (domain) {
    case 'light':
      return { type: 'light', state: { on } };
    case 'switch':
      return { type: 'switch', state: { on } };
    case 'fan': {
      const speed = number(attributes.percentage);
      return { type: 'fan', state: { on, ...(speed ? { speed } : {}) } };
    }
    case 'cover': {
      const open = haState === 'open' || haState === 'opening';
      if (deviceClass === 'garage') return { type: 'garage_door', state: { door_state: open ? 'open' : 'closed' } };
      const position = number(attributes.position) ?? (open ? 100 : 0);
      return { type: 'cover', state: { position, cover_state: position > 0 ? 'open' : 'closed' } };
    }
    case 'lock':
      return { type: 'lock', state: { lock_state: haState === 'unlocked' ? 'unlocked' : haState === 'jammed' ? 'jammed' : 'locked' } };
    case 'climate': {
      const current = number(attributes.current_temperature);
      const mode = CLIMATE_MODES.has(haState) ? haState : 'heat';
      // The fixture home writes room temperatures like 68 in °F; the catalog thermostat is in °C.
      const celsius = current === undefined ? undefined : current > 50 ? fahrenheitToCelsius(current) : current;
      return { type: 'climate', state: { mode, ...(celsius !== undefined ? { current_temperature: celsius } : {}) } };
    }
    case 'media_player': {
      const level = number(attributes.volume_level);
      const volume = level === undefined ? undefined : Math.round(level <= 1 ? level * 100 : level);
      const playback = haState === 'playing' ? 'playing' : haState === 'paused' ? 'paused' : 'stopped';
      return { type: 'media_player', state: { on: haState !== 'off' && haState !== 'standby', playback, ...(volume !== undefined ? { volume } : {}) } };
    }
    case 'vacuum': {
      const status = ['docked', 'cleaning', 'paused', 'idle', 'returning', 'error'].includes(haState) ? haState : 'docked';
      return { type: 'vacuum', state: { status } };
    }
    case 'valve':
      return { type: 'valve', state: { valve_state: haState === 'closed' ? 'closed' : 'open' } };
    case 'todo':
      return { type: 'todo_list', state: { items: [] } };
    case 'sensor': {
      const value = number(haState);
      if (value === undefined) return `the reading ${JSON.stringify(haState)} is not a number`;
      if (deviceClass === 'temperature' || (!deviceClass && /°[CF]/.test(unit)) || (!deviceClass && /temperature/i.test(name))) {
        const celsius = unit === '°F' ? fahrenheitToCelsius(value) : value;
        if (celsius >= -40 && celsius <= 80) return { type: 'temperature_sensor', state: { temperature: celsius } };
      }
      if (deviceClass === 'humidity' && value >= 0 && value <= 100) return { type: 'humidity_sensor', state: { humidity: Math.round(value) } };
      return { type: 'sensor', state: { value, unit, device_class: deviceClass ?? '' } };
    }
    case 'binary_sensor': {
      if (deviceClass === 'motion' || deviceClass === 'occupancy') return { type: 'motion_sensor', state: { motion_detected: on } };
      if (deviceClass === 'door' || deviceClass === 'window' || deviceClass === 'opening' || deviceClass === 'garage_door') return { type: 'contact_sensor', state: { open: on } };
      const [onWord, offWord] = (deviceClass && BINARY_SENSOR_WORDS[deviceClass]) || ['on', 'off'];
      return { type: 'binary_sensor', state: { on, device_class: deviceClass ?? '', on_word: onWord, off_word: offWord } };
    }
    default:
      return NOT_DEVICES[domain] ?? `the catalog has no ${domain} device`;
  }
}

/** The global fixtures with one file's areas and floors laid over them (matched by name); a file's entities replace the global ones. */
export function buildIntentHome(fixtures: Fixtures, overrides: Partial<Fixtures>): IntentHome {
  const key = JSON.stringify(overrides);
  const floors: HomeFloor[] = fixtures.floors.map((floor) => ({ id: floor.id ?? slug(floor.name), name: floor.name }));
  const floorByName = (name: string) => floors.find((floor) => normaliseName(floor.name) === normaliseName(name) || floor.id === name);
  for (const floor of overrides.floors ?? ([] as FixtureFloor[])) {
    if (!floorByName(floor.name)) floors.push({ id: uniqueId(slug(floor.name), floors), name: floor.name });
  }
  const areas: HomeArea[] = fixtures.areas.map((area) => ({ id: area.id ?? slug(area.name), name: area.name, floorId: area.floor ? (floorByName(area.floor)?.id ?? null) : null }));
  const areaByName = (name: string) => areas.find((area) => normaliseName(area.name) === normaliseName(name) || area.id === name);
  let contextAreaId: string | undefined;
  for (const override of overrides.areas ?? ([] as FixtureArea[])) {
    let area = areaByName(override.name);
    if (!area) {
      area = { id: uniqueId(slug(override.name), areas), name: override.name, floorId: null };
      areas.push(area);
    }
    if (override.floor) area.floorId = floorByName(override.floor)?.id ?? area.floorId;
    if (override.context_area) contextAreaId = area.id;
  }

  // A file that lists entities describes its own home: its responses ("1", "Yes, Counter Switch")
  // count only those, so they replace the global entities rather than join them.
  const sources: Array<FixtureEntity & { domain: string }> = (overrides.entities ? [] : fixtures.entities)
    .filter((entity) => entity.is_exposed !== false)
    .map((entity) => ({ ...entity, domain: entity.domain ?? String(entity.id).split('.')[0]! }));
  for (const override of overrides.entities ?? []) {
    const domain = override.domain ?? String(override.id).split('.')[0]!;
    const existing = sources.find((entity) => entity.domain === domain && normaliseName(expandName(entity.name).name) === normaliseName(override.name));
    if (existing) {
      if (override.state !== undefined) existing.state = override.state;
      if (override.area !== undefined) existing.area = override.area;
      if (override.attributes) existing.attributes = { ...existing.attributes, ...override.attributes };
    } else {
      sources.push({ ...override, domain });
    }
  }

  const usedIds = new Set<string>();
  const entities: HomeEntity[] = sources.map((source) => {
    const { name, aliases } = expandName(source.name);
    const attributes = { ...(source.attributes ?? {}) };
    const areaId = source.area ? (areaByName(source.area)?.id ?? null) : null;
    const haState = rawState(source);
    const deviceClass = typeof attributes.device_class === 'string' ? attributes.device_class : undefined;
    let entityId = (source.id ?? `${source.domain}.${slug(name)}`).replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 64);
    while (usedIds.has(entityId)) entityId = `${entityId.slice(0, 60)}_${usedIds.size}`;
    usedIds.add(entityId);
    const converted = toDevice(source.domain, haState, attributes, name);
    const entity: HomeEntity = { entityId, domain: source.domain, name, aliases, areaId, haState, attributes, ...(deviceClass ? { deviceClass } : {}) };
    if (typeof converted === 'string') return { ...entity, notADevice: converted };
    const classWord = source.domain === 'cover' && deviceClass ? COVER_WORDS[deviceClass] : undefined;
    if (classWord && !normaliseName(name).includes(classWord.replace(/s$/, ''))) entity.aliases.push(`${name} ${classWord}`);
    return { ...entity, device: { id: entityId, type: converted.type, state: converted.state } };
  });
  // Home Assistant always has its shopping list (todo.shopping_list): HassShoppingList* speak to it.
  if (!entities.some((entity) => entity.domain === 'todo' && normaliseName(entity.name) === 'shopping list')) {
    entities.push({ entityId: 'todo.shopping_list', domain: 'todo', name: 'Shopping List', aliases: [], areaId: null, haState: '', attributes: {}, device: { id: 'todo.shopping_list', type: 'todo_list', state: { items: [] } } });
  }

  const scenarioDocument = {
    name: 'Home Assistant intents fixture home',
    floors: floors.map((floor) => ({ id: floor.id, name: floor.name, aliases: [] })),
    areas: areas.map((area) => ({ id: area.id, name: area.name, aliases: [], ...(area.floorId ? { floor: area.floorId } : {}) })),
    devices: entities.flatMap((entity) =>
      entity.device ? [{ id: entity.device.id, type: entity.device.type, name: entity.name, aliases: entity.aliases, ...(entity.areaId ? { area: entity.areaId } : {}), state: entity.device.state }] : [],
    ),
  };
  const scenario = parseScenario(stringify(scenarioDocument), 'ha-intents fixtures');
  for (const entity of entities) {
    if (entity.device) entity.device.state = scenario.devices.find((device) => device.id === entity.device!.id)!.state;
  }
  return { key, floors, areas, entities, ...(contextAreaId ? { contextAreaId } : {}), scenario };
}

function uniqueId(base: string, taken: ReadonlyArray<{ id: string }>): string {
  let id = base;
  for (let index = 2; taken.some((entry) => entry.id === id); index += 1) id = `${base}_${index}`;
  return id;
}
