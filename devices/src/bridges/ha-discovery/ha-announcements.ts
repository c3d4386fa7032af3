import type { DeviceOrigin } from '@meshmind/protocol';
import { slug } from './ha-device.js';

/** What the publisher needs of one meshmind device (the coordinator's view of it). */
export interface AnnouncedDevice {
  id: string;
  name: string;
  type: string;
  areaName: string | null;
  vendor?: string;
  origin?: DeviceOrigin;
  availability: 'online' | 'offline' | 'unknown';
  state: Record<string, unknown>;
}

/** One entity's discovery config and the state Home Assistant reads for it. */
export interface Announcement {
  component: string;
  objectId: string;
  config: Record<string, unknown>;
  /** The JSON published on the entity's state topic (`~/state`). */
  haState: Record<string, unknown>;
}

/** What Home Assistant sent on a command topic, as the request meshmind should carry out. */
export interface HaCommand {
  deviceId: string;
  /** The request in plain words, for the coordinator's planner (the same path as a chat message). */
  text: string;
}

const onOff = (value: unknown) => (value === true ? 'ON' : 'OFF');
const upper = (value: unknown) => (typeof value === 'string' ? value.toUpperCase() : null);
/** Catalog modes of a thermostat: Home Assistant's names. */
const CLIMATE_MODES = ['off', 'heat', 'cool', 'auto', 'dry', 'fan_only'];

interface Kind {
  component: string;
  /** Keys of the config beyond the common ones (topics relative to `~`). */
  config(device: AnnouncedDevice): Record<string, unknown>;
  haState(state: Record<string, unknown>): Record<string, unknown>;
  /** The request a command payload means; null when it means nothing this kind does. */
  command(topic: 'set' | 'mode' | 'temperature', payload: string, name: string): string | null;
}

const toggle = (component: 'switch' | 'fan'): Kind => ({
  component,
  config: () => ({ cmd_t: '~/set', stat_t: '~/state', val_tpl: '{{ value_json.state }}', pl_on: 'ON', pl_off: 'OFF' }),
  haState: (state) => ({ state: onOff(state.on) }),
  command: (_topic, payload, name) => (payload === 'ON' ? `turn on ${name}` : payload === 'OFF' ? `turn off ${name}` : null),
});

const sensor = (key: string, deviceClass: string | null, unit: string | null): Kind => ({
  component: 'sensor',
  config: (device) => {
    const shownUnit = unit ?? (typeof device.state.unit === 'string' && device.state.unit !== '' ? device.state.unit : null);
    const shownClass = deviceClass ?? (typeof device.state.device_class === 'string' ? device.state.device_class : null);
    return { stat_t: '~/state', val_tpl: '{{ value_json.value }}', ...(shownUnit ? { unit_of_meas: shownUnit } : {}), ...(shownClass ? { dev_cla: shownClass } : {}) };
  },
  haState: (state) => ({ value: state[key] ?? null }),
  command: () => null,
});

const binary = (key: string, deviceClass: string | null): Kind => ({
  component: 'binary_sensor',
  config: () => ({ stat_t: '~/state', val_tpl: '{{ value_json.state }}', pl_on: 'ON', pl_off: 'OFF', ...(deviceClass ? { dev_cla: deviceClass } : {}) }),
  haState: (state) => ({ state: onOff(state[key]) }),
  command: () => null,
});

const coverLike = (key: string, deviceClass: string | null): Kind => ({
  component: 'cover',
  config: (device) => ({
    cmd_t: '~/set',
    stat_t: '~/state',
    val_tpl: '{{ value_json.state }}',
    ...(device.state.position !== undefined ? { pos_t: '~/state', pos_tpl: '{{ value_json.position }}' } : {}),
    ...(deviceClass ? { dev_cla: deviceClass } : {}),
  }),
  haState: (state) => ({ state: state[key] ?? null, ...(state.position !== undefined ? { position: state.position } : {}) }),
  command: (_topic, payload, name) => ({ OPEN: `open ${name}`, CLOSE: `close ${name}`, STOP: `stop ${name}` })[payload] ?? null,
});

/** meshmind's catalog types as Home Assistant components; a type not listed here is not announced. */
const KINDS: Record<string, Kind> = {
  switch: toggle('switch'),
  fan: toggle('fan'),
  light: {
    component: 'light',
    config: (device) => ({
      schema: 'json',
      cmd_t: '~/set',
      stat_t: '~/state',
      sup_clrm: device.state.brightness !== undefined ? ['brightness'] : ['onoff'],
      ...(device.state.brightness !== undefined ? { brightness: true, bri_scl: 100 } : {}),
    }),
    haState: (state) => ({ state: onOff(state.on), ...(typeof state.brightness === 'number' ? { brightness: state.brightness } : {}) }),
    command(_topic, payload, name) {
      let message: { state?: unknown; brightness?: unknown };
      try {
        message = JSON.parse(payload) as typeof message;
      } catch {
        return null;
      }
      if (message.state === 'OFF') return `turn off ${name}`;
      if (typeof message.brightness === 'number') return `set ${name} to ${Math.round(message.brightness)}% brightness`;
      return message.state === 'ON' ? `turn on ${name}` : null;
    },
  },
  lock: {
    component: 'lock',
    config: () => ({ cmd_t: '~/set', stat_t: '~/state', val_tpl: '{{ value_json.state }}' }),
    haState: (state) => ({ state: upper(state.lock_state) }),
    command: (_topic, payload, name) => (payload === 'LOCK' ? `lock ${name}` : payload === 'UNLOCK' ? `unlock ${name}` : null),
  },
  cover: coverLike('cover_state', null),
  garage_door: coverLike('door_state', 'garage'),
  valve: {
    component: 'valve',
    config: () => ({ cmd_t: '~/set', stat_t: '~/state', val_tpl: '{{ value_json.state }}' }),
    haState: (state) => ({ state: state.valve_state ?? null }),
    command: (_topic, payload, name) => (payload === 'OPEN' ? `open ${name}` : payload === 'CLOSE' ? `close ${name}` : null),
  },
  climate: {
    component: 'climate',
    config: () => ({
      mode_cmd_t: '~/mode',
      mode_stat_t: '~/state',
      mode_stat_tpl: '{{ value_json.mode }}',
      modes: CLIMATE_MODES,
      temp_cmd_t: '~/temperature',
      temp_stat_t: '~/state',
      temp_stat_tpl: '{{ value_json.target_temperature }}',
      curr_temp_t: '~/state',
      curr_temp_tpl: '{{ value_json.current_temperature }}',
      temp_unit: 'C',
    }),
    haState: (state) => ({ mode: state.mode ?? null, target_temperature: state.target_temperature ?? null, current_temperature: state.current_temperature ?? null }),
    command(topic, payload, name) {
      if (topic === 'mode') return CLIMATE_MODES.includes(payload) ? (payload === 'off' ? `turn off ${name}` : `set ${name} to ${payload.replace('_', ' ')} mode`) : null;
      if (topic === 'temperature') return Number.isFinite(Number(payload)) ? `set ${name} to ${Number(payload)} degrees` : null;
      return null;
    },
  },
  sensor: sensor('value', null, null),
  temperature_sensor: sensor('temperature', 'temperature', '°C'),
  humidity_sensor: sensor('humidity', 'humidity', '%'),
  binary_sensor: binary('on', null),
  motion_sensor: binary('motion_detected', 'motion'),
  contact_sensor: binary('open', 'opening'),
};

export function announcedKind(type: string): Kind | null {
  return KINDS[type] ?? null;
}

/**
 * The discovery config of a meshmind device: abbreviated keys and a `~` base topic as devices send
 * them, its own availability and the bridge's (both must be online), and the device block that
 * groups it in Home Assistant's device registry.
 */
export function announce(device: AnnouncedDevice, options: { baseTopic: string; bridgeAvailabilityTopic: string }): Announcement | null {
  const kind = announcedKind(device.type);
  if (!kind) return null;
  const objectId = slug(device.id);
  return {
    component: kind.component,
    objectId,
    config: {
      '~': `${options.baseTopic}/${device.id}`,
      name: null,
      uniq_id: `meshmind_${objectId}`,
      obj_id: `meshmind_${objectId}`,
      avty: [{ t: options.bridgeAvailabilityTopic }, { t: '~/availability' }],
      avty_mode: 'all',
      dev: {
        ids: [`meshmind_${device.id}`],
        name: device.name,
        mf: device.vendor ?? 'meshmind',
        mdl: `${device.type}${device.origin ? ` (${device.origin})` : ''}`,
        ...(device.areaName ? { sa: device.areaName } : {}),
      },
      ...kind.config(device),
    },
    haState: kind.haState(device.state),
  };
}
