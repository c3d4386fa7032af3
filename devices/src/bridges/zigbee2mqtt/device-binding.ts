import type { ApiFunctionSpec, DeviceDescription, JsonValue, StateFieldSpec } from '@meshmind/protocol';

/**
 * How one generated API document is driven through zigbee2mqtt: which property of the device's
 * reported state each state field reads, and which /set payload each action sends.
 */
export interface FieldBinding {
  /** The state field of the description. */
  readonly key: string;
  /** The key of zigbee2mqtt's state payload it reads (`state_left`, `occupied_heating_setpoint`). */
  readonly property: string;
  /** The description's value of a reported raw value; undefined when the raw value cannot be read. */
  read(raw: unknown): JsonValue | undefined;
  /** Whether two raw values are the same reading (colours come back rounded). */
  sameRaw?(asked: unknown, reported: unknown): boolean;
  /** The property can be asked for with /get (access bit 4). */
  readonly gettable: boolean;
}

/** One property of a /set payload, and what it asked for in the description's terms. */
export interface SetPart {
  property: string;
  raw: unknown;
  /**
   * The description value this part asks for. A report of exactly `raw` then reads as this value:
   * 21.5 °C stays 21.5 and 2700 K stays 2700 even though the device speaks mireds.
   */
  asked?: { key: string; value: JsonValue };
}

export interface ActionBinding {
  parts(args: Record<string, unknown>): SetPart[];
}

export interface DeviceBinding {
  readonly description: DeviceDescription;
  readonly fields: readonly FieldBinding[];
  readonly actions: ReadonlyMap<string, ActionBinding>;
  /** Query function -> the state field it reads. */
  readonly queries: ReadonlyMap<string, string>;
}

/** Collects a description's state fields and functions with their bindings; names stay unique. */
export class BindingBuilder {
  readonly state: Record<string, StateFieldSpec> = {};
  readonly functions: ApiFunctionSpec[] = [];
  readonly fields: FieldBinding[] = [];
  readonly actions = new Map<string, ActionBinding>();
  readonly queries = new Map<string, string>();

  hasField(key: string): boolean {
    return Object.hasOwn(this.state, key);
  }

  hasFunction(name: string): boolean {
    return this.functions.some((fn) => fn.name === name);
  }

  /** A state key or function name not taken yet: the endpoint or a number tells two apart. */
  freeName(wanted: string, taken: (name: string) => boolean, endpoint?: string): string {
    if (!taken(wanted)) return wanted;
    if (endpoint && !taken(`${wanted}_${endpoint}`)) return `${wanted}_${endpoint}`;
    for (let index = 2; ; index += 1) if (!taken(`${wanted}_${index}`)) return `${wanted}_${index}`;
  }

  addField(spec: StateFieldSpec, binding: FieldBinding): void {
    this.state[binding.key] = spec;
    this.fields.push(binding);
  }

  addAction(fn: Omit<ApiFunctionSpec, 'kind'>, binding: ActionBinding): void {
    const effects = fn.effects?.filter((effect) => this.hasField(effect.key));
    const spec: ApiFunctionSpec = { ...fn, kind: 'action' };
    if (effects && effects.length > 0) spec.effects = effects;
    else delete spec.effects;
    this.functions.push(spec);
    this.actions.set(fn.name, binding);
  }

  addQuery(name: string, description: string, key: string): void {
    const field = this.state[key];
    if (!field || this.hasFunction(name)) return;
    const returns: NonNullable<ApiFunctionSpec['returns']> = { type: field.type, description: field.description };
    if (field.unit) returns.unit = field.unit;
    this.functions.push({ name, description, kind: 'query', parameters: [], returns });
    this.queries.set(name, key);
  }
}

/** A snake_case identifier from a zigbee2mqtt property (`pm25`, `state_l1`, `color_temp`). */
export function identifierOf(text: string): string {
  const cleaned = text
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /^[a-z_]/.test(cleaned) ? cleaned : `_${cleaned || 'value'}`;
}

/** "Occupied heating setpoint" from `occupied_heating_setpoint`, for the words of a generated note. */
export function wordsOf(property: string): string {
  return property.replace(/_/g, ' ').trim();
}

/** A one-sentence note from a vendor's description, which may be missing or run on. */
export function sentenceOf(text: string | undefined, fallback: string): string {
  const chosen = (text ?? '').replace(/\s+/g, ' ').trim() || fallback;
  return /[.!?]$/.test(chosen) ? chosen : `${chosen}.`;
}
