import { MeshmindError, type ApiFunctionSpec, type Area, type DeviceDescription, type JsonValue, type StateFieldSpec } from '@meshmind/protocol';
import type { DeviceDriver, DeviceState } from '../../driver.js';
import type { SourcedDevice, SourcedIdentity } from '../device-source.js';
import { stringOption, type DiscoveryConfig, type DiscoveryDeviceInfo, type HaComponent } from './discovery-config.js';
import type { EntityFragment, Publication } from './entity-fragment.js';
import { availabilityOf, type AvailabilityTracker } from './availability.js';

/** One entity as announced: its config (long keys) and the fragment made of it. */
export interface DiscoveredEntity {
  configTopic: string;
  component: HaComponent;
  objectId: string;
  config: DiscoveryConfig;
  fragment: EntityFragment;
}

export interface HaDeviceOptions {
  id: string;
  deviceInfo: DiscoveryDeviceInfo | null;
  entities: DiscoveredEntity[];
  publish(publication: Publication): Promise<void>;
}

/** Actuators lead a device's description; a plug that also measures power is a plug. */
const COMPONENT_ORDER: HaComponent[] = ['lock', 'climate', 'cover', 'valve', 'light', 'fan', 'switch', 'binary_sensor', 'sensor'];

export function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40) || 'entity';
}

/** A fragment's own names, made unique inside the device by a suffix where they collide with an earlier one's. */
interface PlacedFragment {
  fragment: EntityFragment;
  /** Our name -> the fragment's own name, for functions and state keys. */
  functionNames: Map<string, string>;
  stateKeys: Map<string, string>;
  entity: DiscoveredEntity;
}

function place(entity: DiscoveredEntity, usedFunctions: Set<string>, usedKeys: Set<string>): PlacedFragment {
  const { fragment } = entity;
  const collides = fragment.functions.some((fn) => usedFunctions.has(fn.name)) || Object.keys(fragment.state).some((key) => usedKeys.has(key));
  const suffix = collides ? `_${slug(stringOption(entity.config, 'name') ?? entity.objectId)}` : '';
  const functionNames = new Map(fragment.functions.map((fn) => [`${fn.name}${suffix}`, fn.name]));
  const stateKeys = new Map(Object.keys(fragment.state).map((key) => [`${key}${suffix}`, key]));
  for (const name of functionNames.keys()) usedFunctions.add(name);
  for (const key of stateKeys.keys()) usedKeys.add(key);
  return { fragment, functionNames, stateKeys, entity };
}

function renamed(placed: PlacedFragment, state: DeviceState): DeviceState {
  const ours = new Map([...placed.stateKeys].map(([our, own]) => [own, our]));
  return Object.fromEntries(Object.entries(state).map(([key, value]) => [ours.get(key) ?? key, value]));
}

function ownState(placed: PlacedFragment, state: DeviceState): DeviceState {
  return Object.fromEntries([...placed.stateKeys].map(([our, own]) => [own, state[our] ?? null]));
}

function titleOf(info: DiscoveryDeviceInfo | null, lead: EntityFragment): string {
  const maker = [info?.manufacturer, info?.model].filter(Boolean).join(' ');
  const kind = lead.kind.charAt(0).toUpperCase() + lead.kind.slice(1);
  return maker ? `${kind} (${maker})` : kind;
}

/**
 * A physical device announced through Home Assistant MQTT discovery: its entities (a relay, its power
 * meter) make one API document of the catalog's type, and one driver that publishes to the device's
 * own command topics and reads its state topics.
 */
export class HaDevice implements SourcedDevice, DeviceDriver {
  readonly origin = 'ha-discovery' as const;
  readonly driver: DeviceDriver = this;
  readonly description: DeviceDescription;
  readonly identity: SourcedIdentity;
  private readonly placed: PlacedFragment[];
  private state: DeviceState;
  private readonly stateListeners = new Set<(state: DeviceState) => void>();
  private readonly availability: AvailabilityTracker;

  constructor(private readonly options: HaDeviceOptions) {
    const entities = [...options.entities].sort((a, b) => COMPONENT_ORDER.indexOf(a.component) - COMPONENT_ORDER.indexOf(b.component));
    if (entities.length === 0) throw new MeshmindError('E_INVALID_PAYLOAD', `device ${options.id} has no entities`);
    const usedFunctions = new Set<string>();
    const usedKeys = new Set<string>();
    this.placed = entities.map((entity) => place(entity, usedFunctions, usedKeys));
    const lead = entities[0]!;
    const info = options.deviceInfo;
    const area: Area | null = info?.suggestedArea ? { id: slug(info.suggestedArea), name: info.suggestedArea, aliases: [], floor: null } : null;
    this.identity = {
      id: options.id,
      name: info?.name ?? stringOption(lead.config, 'name') ?? lead.objectId.replace(/_/g, ' '),
      aliases: [],
      area,
      ...(info?.manufacturer ? { vendor: info.manufacturer } : {}),
    };
    const state: Record<string, StateFieldSpec> = {};
    const functions: ApiFunctionSpec[] = [];
    for (const placed of this.placed) {
      const ours = new Map([...placed.stateKeys].map(([our, own]) => [own, our]));
      for (const [our, own] of placed.stateKeys) state[our] = placed.fragment.state[own]!;
      for (const [our, own] of placed.functionNames) {
        const spec = placed.fragment.functions.find((fn) => fn.name === own)!;
        functions.push({
          ...spec,
          name: our,
          ...(spec.effects ? { effects: spec.effects.map((effect) => ({ ...effect, key: ours.get(effect.key) ?? effect.key })) } : {}),
        });
      }
    }
    const others = this.placed.slice(1).map((placed) => `its ${placed.fragment.kind} ${placed.fragment.summary}`);
    this.description = {
      type: lead.component,
      title: titleOf(info, lead.fragment),
      description:
        `A ${lead.fragment.kind} that ${lead.fragment.summary}, announced through Home Assistant MQTT discovery` +
        `${others.length > 0 ? `; ${others.join('; ')}` : ''}.`,
      domain: 'home',
      version: '1.0.0',
      ...(info?.manufacturer ? { vendor: info.manufacturer } : {}),
      nouns: [...new Set(this.placed.flatMap((placed) => placed.fragment.nouns))],
      state,
      functions,
    };
    this.state = Object.assign({}, ...this.placed.map((placed) => renamed(placed, placed.fragment.initialState))) as DeviceState;
    this.availability = availabilityOf(entities.map((entity) => entity.config));
  }

  /** Every topic whose messages this device reads. */
  topics(): string[] {
    return [...new Set([...this.placed.flatMap((placed) => placed.fragment.readers.map((reader) => reader.topic)), ...this.availability.topics()])];
  }

  /** A message on one of `topics()`; a payload the device's own rules cannot read changes nothing. */
  receive(topic: string, payload: string): void {
    this.availability.receive(topic, payload);
    let next: DeviceState | null = null;
    for (const placed of this.placed) {
      for (const reader of placed.fragment.readers) {
        if (reader.topic !== topic) continue;
        const change = renamed(placed, reader.read(payload));
        if (Object.entries(change).some(([key, value]) => this.state[key] !== value)) next = { ...(next ?? this.state), ...change };
      }
    }
    if (next) this.setState(next);
  }

  isAvailable(): boolean {
    return this.availability.isAvailable();
  }

  onAvailability(listener: (available: boolean) => void): () => void {
    return this.availability.onChange(listener);
  }

  getState(): DeviceState {
    return { ...this.state };
  }

  onStateChange(listener: (state: DeviceState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  async call(functionName: string, args: Record<string, unknown>): Promise<JsonValue | undefined> {
    const placed = this.placed.find((candidate) => candidate.functionNames.has(functionName));
    if (!placed) throw new MeshmindError('E_UNKNOWN_FUNCTION', `${this.identity.name} has no function ${functionName}`);
    const own = placed.functionNames.get(functionName)!;
    const queried = placed.fragment.queries[own];
    if (queried !== undefined) return this.state[Object.keys(renamed(placed, { [queried]: null }))[0]!] ?? null;
    if (!this.isAvailable()) throw new MeshmindError('E_DEVICE_FAULT', `${this.identity.name} reports itself unavailable on its availability topic`);
    const publications = placed.fragment.command(own, args, ownState(placed, this.state));
    try {
      for (const publication of publications) await this.options.publish(publication);
    } catch (error) {
      throw new MeshmindError('E_DEVICE_FAULT', `could not send ${functionName} to ${this.identity.name}: ${(error as Error).message}`, { cause: error });
    }
    if (placed.fragment.optimistic) this.applyEffects(placed, functionName, args);
    return undefined;
  }

  /** Without a state topic the device never says what it did: like Home Assistant's optimistic mode, assume the call's effects. */
  private applyEffects(placed: PlacedFragment, functionName: string, args: Record<string, unknown>): void {
    const spec = this.description.functions.find((fn) => fn.name === functionName);
    // A toggle declares no effect (its target depends on the state): flip this entity's own `on`.
    if (placed.functionNames.get(functionName) === 'toggle') {
      const onKey = Object.keys(renamed(placed, { on: null }))[0]!;
      this.setState({ ...this.state, [onKey]: this.state[onKey] !== true });
      return;
    }
    if (!spec?.effects) return;
    const next = { ...this.state };
    for (const effect of spec.effects) {
      if (effect.parameter !== undefined) next[effect.key] = args[effect.parameter] as JsonValue;
      else if (effect.value !== undefined) next[effect.key] = effect.value as JsonValue;
    }
    this.setState(next);
  }

  private setState(next: DeviceState): void {
    this.state = next;
    for (const listener of this.stateListeners) listener(this.getState());
  }

  async start(): Promise<void> {}

  async stop(): Promise<void> {
    this.stateListeners.clear();
    this.availability.clear();
  }
}
