import type { JsonValue, StateFieldSpec } from '@meshmind/protocol';
import { ACCESS, type Expose } from './bridge-payloads';
import { identifierOf, sentenceOf, wordsOf, type BindingBuilder } from './device-binding';

/**
 * Generic exposes (binary, numeric, enum, text) outside a light, switch, cover, lock, climate or
 * fan. A feature the device publishes becomes a state field with a query; one that can be set
 * becomes an action. Composite and list features (a lock's PIN codes, schedules) are not offered:
 * their payloads are vendor-specific structures a subtask in words does not fill in.
 */

/** Readings people ask for by their own words; the key and query read like the catalog's sensors. */
const KNOWN_READINGS: Record<string, { key: string; query: string; note: string; invert?: boolean }> = {
  occupancy: { key: 'motion_detected', query: 'is_motion_detected', note: 'Reports whether the sensor detects motion right now.' },
  presence: { key: 'presence_detected', query: 'is_presence_detected', note: 'Reports whether the sensor detects someone present.' },
  // zigbee2mqtt's contact is true while the magnet touches: the door or window is closed.
  contact: { key: 'open', query: 'is_open', note: 'Reports whether the door or window is open.', invert: true },
  water_leak: { key: 'leak_detected', query: 'is_leak_detected', note: 'Reports whether the sensor detects water.' },
  smoke: { key: 'smoke_detected', query: 'is_smoke_detected', note: 'Reports whether the detector senses smoke.' },
  temperature: { key: 'temperature', query: 'get_temperature', note: 'Reads the current air temperature.' },
  humidity: { key: 'humidity', query: 'get_humidity', note: 'Reads the current relative humidity.' },
  illuminance: { key: 'illuminance', query: 'get_illuminance', note: 'Reads the light level where the sensor is.' },
  illuminance_lux: { key: 'illuminance', query: 'get_illuminance', note: 'Reads the light level where the sensor is.' },
  battery: { key: 'battery', query: 'get_battery', note: 'Reads the remaining battery charge of the device.' },
};

/** Diagnostic values nobody drives by chat; the battery is the exception people do ask about. */
function isOffered(feature: Expose): boolean {
  const property = feature.property ?? feature.name;
  if (!property || property === 'linkquality') return false;
  if (feature.category === 'diagnostic' && property !== 'battery') return false;
  return ['binary', 'numeric', 'enum', 'text'].includes(feature.type);
}

function fieldSpec(feature: Expose, note: string): StateFieldSpec | undefined {
  switch (feature.type) {
    case 'binary':
      return { type: 'boolean', description: note };
    case 'numeric': {
      const spec: StateFieldSpec = { type: 'number', description: note };
      if (feature.unit) spec.unit = feature.unit;
      if (feature.value_min !== undefined) spec.minimum = feature.value_min;
      if (feature.value_max !== undefined) spec.maximum = feature.value_max;
      return spec;
    }
    case 'enum': {
      const values = (feature.values ?? []).map(String);
      return values.length > 0 ? { type: 'enum', description: note, values } : undefined;
    }
    case 'text':
      return { type: 'string', description: note };
    default:
      return undefined;
  }
}

function reader(feature: Expose, invert: boolean): (raw: unknown) => JsonValue | undefined {
  switch (feature.type) {
    case 'binary':
      return (raw) => {
        const value = raw === feature.value_on ? true : raw === feature.value_off ? false : undefined;
        return value === undefined ? undefined : invert ? !value : value;
      };
    case 'numeric':
      return (raw) => (typeof raw === 'number' ? raw : undefined);
    case 'enum':
      return (raw) => (raw === undefined || raw === null ? undefined : String(raw));
    default:
      return (raw) => (typeof raw === 'string' ? raw : undefined);
  }
}

export function addGenericFeature(builder: BindingBuilder, feature: Expose): void {
  if (!isOffered(feature)) return;
  const property = feature.property ?? feature.name!;
  const access = feature.access ?? 0;
  const known = KNOWN_READINGS[property];
  const words = wordsOf(feature.name ?? property);
  const note = sentenceOf(feature.description, feature.label ?? words);
  let key: string | undefined;
  if (access & ACCESS.state) {
    const spec = fieldSpec(feature, note);
    if (spec) {
      key = builder.freeName(known?.key ?? identifierOf(property), (name) => builder.hasField(name), feature.endpoint);
      builder.addField(spec, { key, property, gettable: (access & ACCESS.get) !== 0, read: reader(feature, known?.invert === true) });
      const query = known?.query ?? `${feature.type === 'binary' ? 'is' : 'get'}_${identifierOf(property)}`;
      builder.addQuery(builder.freeName(query, (name) => builder.hasFunction(name), feature.endpoint), known?.note ?? `Reads the ${words}: ${note}`, key);
    }
  }
  if (access & ACCESS.set) addSetter(builder, feature, property, key, note, words);
}

function addSetter(builder: BindingBuilder, feature: Expose, property: string, key: string | undefined, note: string, words: string): void {
  const name = identifierOf(property);
  const fresh = (wanted: string) => builder.freeName(wanted, (candidate) => builder.hasFunction(candidate), feature.endpoint);
  if (feature.type === 'binary') {
    builder.addAction(
      { name: fresh(`turn_on_${name}`), description: `Turns the ${words} on. ${note}`, parameters: [], ...(key ? { effects: [{ key, value: true }] } : {}) },
      { parts: () => [{ property, raw: feature.value_on }] },
    );
    builder.addAction(
      { name: fresh(`turn_off_${name}`), description: `Turns the ${words} off.`, parameters: [], ...(key ? { effects: [{ key, value: false }] } : {}) },
      { parts: () => [{ property, raw: feature.value_off }] },
    );
    return;
  }
  if (feature.type === 'numeric') {
    const integral = Number.isInteger(feature.value_step ?? 1) && Number.isInteger(feature.value_min ?? 0) && Number.isInteger(feature.value_max ?? 0);
    const presets = Object.fromEntries((feature.presets ?? []).filter((preset) => typeof preset.value === 'number').map((preset) => [wordsOf(preset.name), preset.value as number]));
    const step = feature.value_step ? ` in steps of ${feature.value_step}` : '';
    builder.addAction(
      {
        name: fresh(`set_${name}`),
        description: `Sets the ${words}. ${note}`,
        parameters: [
          {
            name,
            type: integral && feature.value_step !== undefined ? 'integer' : 'number',
            description: `New ${words}${step}.`,
            ...(feature.unit ? { unit: feature.unit } : {}),
            ...(feature.value_min !== undefined ? { minimum: feature.value_min } : {}),
            ...(feature.value_max !== undefined ? { maximum: feature.value_max } : {}),
            ...(Object.keys(presets).length > 0 ? { presets } : {}),
          },
        ],
        ...(key ? { effects: [{ key, parameter: name }] } : {}),
      },
      { parts: (args) => [{ property, raw: args[name] }] },
    );
    return;
  }
  if (feature.type === 'enum') {
    const originals = feature.values ?? [];
    const values = originals.map(String);
    if (values.length === 0) return;
    // A one-value write-only enum is a button (identify, reset): it becomes a plain action.
    if (values.length === 1 && !key) {
      builder.addAction({ name: fresh(name), description: note, parameters: [] }, { parts: () => [{ property, raw: originals[0] }] });
      return;
    }
    builder.addAction(
      {
        name: fresh(`set_${name}`),
        description: `Sets the ${words}. ${note}`,
        parameters: [{ name, type: 'enum', description: `One of ${values.join(', ')}.`, values }],
        ...(key ? { effects: [{ key, parameter: name }] } : {}),
      },
      // Enum values may be numbers on the wire (a TRV's mode 1 or 2): send the device's own value.
      { parts: (args) => [{ property, raw: originals[values.indexOf(String(args[name]))] }] },
    );
  }
}
