import { humanize } from './dom.js';

const UNITS = {
  brightness: '%',
  position: '%',
  speed: '%',
  volume: '%',
  battery: '%',
  humidity: '%',
  current_humidity: '%',
  temperature: '°C',
  target_temperature: '°C',
  current_temperature: '°C',
  color_temperature: 'K',
  remaining_minutes: 'min',
};

/** Short labels where the unit alone would be ambiguous ("80 %" of what?). */
const LABELS = {
  position: 'open',
  battery: 'battery',
  volume: 'volume',
  speed: 'speed',
  current_humidity: 'humidity',
  target_temperature: 'target',
  current_temperature: 'now',
  remaining_minutes: 'timer',
  hvac_action: '',
  fan_speed: 'fan',
  source: '',
  media_title: '',
  color: '',
};

/** Fields that say in one word what the device is doing, most telling first. */
const PRIMARY_FIELDS = ['on', 'lock_state', 'door_state', 'cover_state', 'valve_state', 'status', 'playback', 'mode', 'open', 'motion_detected'];
const ACTIVE_WORDS = new Set(['on', 'open', 'opening', 'unlocked', 'cleaning', 'playing', 'heat', 'cool', 'auto', 'motion', 'returning']);
const ALERT_WORDS = new Set(['jammed', 'error']);
/** Values that only restate the primary word ("closed" next to position 0) are left out. */
const HIDDEN_WHEN_OFF = new Set(['brightness', 'color', 'color_temperature', 'speed', 'volume', 'source', 'muted', 'oscillating', 'media_title']);

function primaryWord(key, value) {
  if (key === 'on') return value ? 'On' : 'Off';
  if (key === 'open') return value ? 'Open' : 'Closed';
  if (key === 'motion_detected') return value ? 'Motion' : 'No motion';
  return humanize(value);
}

function formatNumber(value) {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function detail(key, value) {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) {
    if (key === 'completed') return null;
    const shown = value.slice(0, 3).join(', ');
    return value.length === 0 ? 'empty' : `${value.length} ${value.length === 1 ? 'item' : 'items'}: ${shown}${value.length > 3 ? ', …' : ''}`;
  }
  if (typeof value === 'boolean') return value ? humanize(key) : null;
  const label = key in LABELS ? LABELS[key] : humanize(key).toLowerCase();
  const unit = UNITS[key];
  const text = typeof value === 'number' ? `${formatNumber(value)}${unit ? ` ${unit}` : ''}` : typeof value === 'string' ? value : JSON.stringify(value);
  return label ? `${label} ${text}` : text;
}

/**
 * A device's state, readable at a glance: one primary word ("On", "Locked", "Closed") and short
 * details ("80 %", "target 21 °C"). `tone` is active, alert or idle, for colour.
 */
export function describeState(state) {
  const entries = Object.entries(state ?? {});
  const primaryKey = PRIMARY_FIELDS.find((key) => key in (state ?? {}));
  const primary = primaryKey === undefined ? null : primaryWord(primaryKey, state[primaryKey]);
  const switchedOff = state?.on === false;
  const details = entries
    .filter(([key]) => key !== primaryKey && !(switchedOff && HIDDEN_WHEN_OFF.has(key)))
    // Position says more than "open"/"closed" for covers, so it stays; a closed cover's 0 % does not.
    .filter(([key, value]) => !(key === 'position' && value === 0) && !(key === 'remaining_minutes' && value === 0))
    .map(([key, value]) => detail(key, value))
    .filter((text) => text !== null);
  const word = (primary ?? '').toLowerCase();
  const tone = ALERT_WORDS.has(word) ? 'alert' : ACTIVE_WORDS.has(word) ? 'active' : 'idle';
  return { primary, details, tone };
}
