import * as converters from 'zigbee-herdsman-converters';
import type { MqttClient } from 'mqtt';
import { closeMqtt, connectMqtt, publishMessage, safeParseJson, type MqttCredentials } from '@meshmind/protocol';
import type { Expose } from '@meshmind/devices';

/**
 * A zigbee2mqtt instance for tests, speaking zigbee2mqtt's MQTT protocol on a real broker. Its
 * devices are built from the real definitions of zigbee-herdsman-converters (looked up by the
 * model id a device reports in its interview, exposes called as zigbee2mqtt calls them), and it
 * answers `/set` as zigbee2mqtt does: it applies what a feature allows, clamps numbers to the
 * feature's range, ignores unknown or read-only keys, and publishes the device's whole state.
 */

// zigbee2mqtt routes the converters' log into its own; here only their errors are worth a line.
const ignore = () => undefined;
converters.setLogger({ debug: ignore, info: ignore, warning: ignore, error: (message, namespace) => console.error(namespace, typeof message === 'function' ? message() : message) });

const ACCESS_STATE = 1;
const ACCESS_SET = 2;

export interface SimulatedZigbeeDeviceSpec {
  friendlyName: string;
  ieeeAddress: string;
  /** The model id the device reports (zigbee-herdsman-converters' `zigbeeModel`). */
  zigbeeModel: string;
  manufacturerName?: string;
  /** zigbee2mqtt's free description of the device (`area: Kitchen` names its area). */
  description?: string;
  state?: Record<string, unknown>;
}

interface SimulatedZigbeeDevice extends SimulatedZigbeeDeviceSpec {
  model: string;
  vendor: string;
  modelDescription: string;
  exposes: Expose[];
  state: Record<string, unknown>;
  online: boolean;
}

export interface Zigbee2mqttSimulatorOptions {
  mqttUrl: string;
  credentials?: MqttCredentials;
  baseTopic?: string;
  devices: SimulatedZigbeeDeviceSpec[];
}

/** The zigbee-herdsman device zigbee2mqtt hands to a definition's exposes function, as far as definitions read it. */
function herdsmanDevice(spec: SimulatedZigbeeDeviceSpec): Record<string, unknown> {
  const endpoint = { ID: 1, inputClusters: [], outputClusters: [], binds: [], configuredReportings: [], supportsInputCluster: () => false, supportsOutputCluster: () => false, getInputClusters: () => [], getOutputClusters: () => [] };
  const endpoints = [endpoint];
  return {
    ieeeAddr: spec.ieeeAddress,
    networkAddress: 1,
    modelID: spec.zigbeeModel,
    manufacturerName: spec.manufacturerName,
    type: 'Router',
    powerSource: 'Mains (single phase)',
    interviewCompleted: true,
    meta: {},
    customClusters: {},
    endpoints,
    getEndpoint: (id: number) => endpoints.find((candidate) => candidate.ID === id),
  };
}

/** Every feature of an expose list, composites and specific types opened up. */
export function flattenFeatures(exposes: readonly Expose[]): Expose[] {
  return exposes.flatMap((expose) => (expose.features && expose.type !== 'composite' ? flattenFeatures(expose.features) : [expose]));
}

function initialValue(feature: Expose): unknown {
  switch (feature.type) {
    case 'binary':
      return feature.value_off;
    case 'numeric': {
      const name = feature.name ?? '';
      if (/temperature|setpoint/.test(name)) return Math.min(feature.value_max ?? 20, Math.max(feature.value_min ?? 20, 20));
      if (name === 'battery') return 87;
      return feature.value_min ?? 0;
    }
    case 'enum':
      return feature.values?.[0];
    case 'composite':
      return feature.name === 'color_xy' ? { x: 0.3127, y: 0.329 } : feature.name === 'color_hs' ? { hue: 0, saturation: 0 } : undefined;
    default:
      return undefined;
  }
}

export class Zigbee2mqttSimulator {
  readonly base: string;
  /** Every command received, in order: `{ topic, payload }` exactly as published. */
  readonly commands: Array<{ topic: string; payload: Record<string, unknown> }> = [];
  readonly #options: Zigbee2mqttSimulatorOptions;
  readonly #devices = new Map<string, SimulatedZigbeeDevice>();
  /** Devices that stopped answering before zigbee2mqtt noticed (out of range, a flat battery). */
  readonly #silent = new Set<string>();
  #client: MqttClient | null = null;

  constructor(options: Zigbee2mqttSimulatorOptions) {
    this.#options = options;
    this.base = options.baseTopic ?? 'zigbee2mqtt';
  }

  async start(): Promise<void> {
    for (const spec of this.#options.devices) this.#devices.set(spec.friendlyName, await this.#build(spec));
    this.#client = await connectMqtt({
      url: this.#options.mqttUrl,
      clientId: `zigbee2mqtt-simulator-${Math.random().toString(36).slice(2, 8)}`,
      reconnect: true,
      ...(this.#options.credentials ? { credentials: this.#options.credentials } : {}),
      onMessage: (topic, payload) => void this.#onMessage(topic, payload),
    });
    await this.#client.subscribeAsync(`${this.base}/#`, { qos: 1 });
    await this.#publish(`${this.base}/bridge/state`, { state: 'online' }, true);
    for (const device of this.#devices.values()) await this.#announce(device);
    await this.#publishDeviceList();
  }

  async stop(): Promise<void> {
    if (this.#client) await closeMqtt(this.#client);
    this.#client = null;
  }

  definitionOf(friendlyName: string): { model: string; vendor: string; exposes: Expose[] } {
    const device = this.#device(friendlyName);
    return { model: device.model, vendor: device.vendor, exposes: device.exposes };
  }

  state(friendlyName: string): Record<string, unknown> {
    return structuredClone(this.#device(friendlyName).state);
  }

  /** A device pairs: zigbee2mqtt announces the join and the interview, then publishes the new list. */
  async join(spec: SimulatedZigbeeDeviceSpec): Promise<void> {
    const device = await this.#build(spec);
    this.#devices.set(spec.friendlyName, device);
    await this.#publish(`${this.base}/bridge/event`, { type: 'device_joined', data: { friendly_name: spec.friendlyName, ieee_address: spec.ieeeAddress } });
    await this.#announce(device);
    await this.#publish(`${this.base}/bridge/event`, {
      type: 'device_interview',
      data: { friendly_name: spec.friendlyName, ieee_address: spec.ieeeAddress, status: 'successful', supported: true },
    });
    await this.#publishDeviceList();
  }

  async rename(from: string, to: string): Promise<void> {
    const device = this.#device(from);
    this.#devices.delete(from);
    device.friendlyName = to;
    this.#devices.set(to, device);
    // zigbee2mqtt clears the old name's retained messages and publishes under the new one.
    await this.#publish(`${this.base}/${from}`, '', true);
    await this.#publish(`${this.base}/${from}/availability`, '', true);
    await this.#announce(device);
    await this.#publishDeviceList();
  }

  async remove(friendlyName: string): Promise<void> {
    const device = this.#device(friendlyName);
    this.#devices.delete(friendlyName);
    await this.#publish(`${this.base}/bridge/event`, { type: 'device_leave', data: { friendly_name: friendlyName, ieee_address: device.ieeeAddress } });
    await this.#publish(`${this.base}/${friendlyName}`, '', true);
    await this.#publish(`${this.base}/${friendlyName}/availability`, '', true);
    await this.#publishDeviceList();
  }

  async setAvailability(friendlyName: string, online: boolean): Promise<void> {
    const device = this.#device(friendlyName);
    device.online = online;
    await this.#publish(`${this.base}/${friendlyName}/availability`, { state: online ? 'online' : 'offline' }, true);
  }

  /** The device takes no more commands and reports nothing, while zigbee2mqtt still calls it available. */
  silence(friendlyName: string, silent = true): void {
    this.#device(friendlyName);
    if (silent) this.#silent.add(friendlyName);
    else this.#silent.delete(friendlyName);
  }

  /** The world changes a reading (a room warms up, a door opens). */
  async report(friendlyName: string, patch: Record<string, unknown>): Promise<void> {
    const device = this.#device(friendlyName);
    Object.assign(device.state, patch);
    await this.#publish(`${this.base}/${friendlyName}`, device.state, true);
  }

  #device(friendlyName: string): SimulatedZigbeeDevice {
    const device = this.#devices.get(friendlyName);
    if (!device) throw new Error(`the simulator has no device ${friendlyName}`);
    return device;
  }

  async #build(spec: SimulatedZigbeeDeviceSpec): Promise<SimulatedZigbeeDevice> {
    const zh = herdsmanDevice(spec);
    const definition = await converters.findByDevice(zh as never);
    if (!definition) throw new Error(`zigbee-herdsman-converters has no definition for model id ${spec.zigbeeModel}`);
    // As zigbee2mqtt's Device.exposes(): a function of the device and its options, or a list.
    const exposes = typeof definition.exposes === 'function' ? definition.exposes(zh as never, {}) : definition.exposes;
    const plain = JSON.parse(JSON.stringify(exposes)) as Expose[];
    const state: Record<string, unknown> = {};
    for (const feature of flattenFeatures(plain)) {
      const property = feature.property ?? feature.name;
      if (!property || ((feature.access ?? 0) & ACCESS_STATE) === 0) continue;
      const value = initialValue(feature);
      if (value !== undefined) state[property] = value;
    }
    Object.assign(state, spec.state ?? {}, { linkquality: 120 });
    return { ...spec, model: definition.model, vendor: definition.vendor, modelDescription: definition.description, exposes: plain, state, online: true };
  }

  async #announce(device: SimulatedZigbeeDevice): Promise<void> {
    await this.#publish(`${this.base}/${device.friendlyName}/availability`, { state: device.online ? 'online' : 'offline' }, true);
    await this.#publish(`${this.base}/${device.friendlyName}`, device.state, true);
  }

  async #publishDeviceList(): Promise<void> {
    const coordinator = { ieee_address: '0x00124b0000000000', friendly_name: 'Coordinator', type: 'Coordinator', supported: true, disabled: false, interview_completed: true, definition: null };
    const list = [...this.#devices.values()].map((device) => ({
      ieee_address: device.ieeeAddress,
      friendly_name: device.friendlyName,
      type: 'Router',
      network_address: 1,
      supported: true,
      disabled: false,
      description: device.description ?? null,
      interview_completed: true,
      interviewing: false,
      model_id: device.zigbeeModel,
      manufacturer: device.manufacturerName ?? device.vendor,
      power_source: 'Mains (single phase)',
      definition: { model: device.model, vendor: device.vendor, description: device.modelDescription, exposes: device.exposes, options: [], supports_ota: false },
    }));
    await this.#publish(`${this.base}/bridge/devices`, [coordinator, ...list], true);
  }

  async #onMessage(topic: string, payload: Buffer): Promise<void> {
    const match = /^(.*)\/(set|get)$/.exec(topic.slice(this.base.length + 1));
    if (!topic.startsWith(`${this.base}/`) || !match) return;
    const device = this.#devices.get(match[1]!);
    const parsed = safeParseJson(payload);
    if (!device || !parsed.ok || parsed.value === null || typeof parsed.value !== 'object') return;
    const command = parsed.value as Record<string, unknown>;
    this.commands.push({ topic, payload: command });
    // An offline device does not answer: zigbee2mqtt logs a failed command and publishes nothing.
    if (!device.online || this.#silent.has(device.friendlyName)) return;
    if (match[2] === 'set') this.#apply(device, command);
    await this.#publish(`${this.base}/${device.friendlyName}`, device.state, true);
  }

  #apply(device: SimulatedZigbeeDevice, command: Record<string, unknown>): void {
    const features = flattenFeatures(device.exposes);
    for (const [property, value] of Object.entries(command)) {
      const feature = features.find((candidate) => (candidate.property ?? candidate.name) === property && ((candidate.access ?? 0) & ACCESS_SET) !== 0);
      // zigbee2mqtt: "No converter available for '<key>'": the key is ignored.
      if (!feature) continue;
      const accepted = acceptedValue(feature, value, device.state[property]);
      if (accepted === undefined) continue;
      if (((feature.access ?? 0) & ACCESS_STATE) !== 0) device.state[property] = accepted;
      applyConsequences(device, property, accepted);
    }
  }

  async #publish(topic: string, payload: unknown, retain = false): Promise<void> {
    if (!this.#client) throw new Error('the zigbee2mqtt simulator is stopped');
    await publishMessage(this.#client, topic, payload, { retain, qos: 1 });
  }
}

function acceptedValue(feature: Expose, value: unknown, current: unknown): unknown {
  switch (feature.type) {
    case 'binary':
      if (feature.value_toggle !== undefined && value === feature.value_toggle) return current === feature.value_on ? feature.value_off : feature.value_on;
      return value === feature.value_on || value === feature.value_off ? value : undefined;
    case 'numeric': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
      let clamped = Math.min(feature.value_max ?? Infinity, Math.max(feature.value_min ?? -Infinity, value));
      if (feature.value_step) clamped = Math.round(clamped / feature.value_step) * feature.value_step;
      return Math.round(clamped * 1000) / 1000;
    }
    case 'enum':
      return feature.values?.includes(value) ? value : undefined;
    case 'composite': {
      if (!value || typeof value !== 'object') return undefined;
      const entries = Object.entries(value as Record<string, unknown>).filter(([, part]) => typeof part === 'number');
      // A bulb reports its colour rounded to four decimals.
      return entries.length > 0 ? Object.fromEntries(entries.map(([name, part]) => [name, Math.round((part as number) * 10_000) / 10_000])) : undefined;
    }
    default:
      return value;
  }
}

/** What a real device does beside storing the value: a blind's position follows open/close, a lock reports its bolt. */
function applyConsequences(device: SimulatedZigbeeDevice, property: string, value: unknown): void {
  const state = device.state;
  if (property === 'state' && 'position' in state) {
    if (value === 'OPEN') state.position = 100;
    if (value === 'CLOSE') state.position = 0;
  }
  if (property === 'position' && typeof value === 'number') state.state = value > 0 ? 'OPEN' : 'CLOSE';
  if (property === 'state' && 'lock_state' in state) state.lock_state = value === 'LOCK' ? 'locked' : 'unlocked';
  if (property === 'brightness' && typeof value === 'number' && 'state' in state) state.state = value > 0 ? 'ON' : 'OFF';
  if (property === 'color' && 'color_mode' in state) state.color_mode = 'xy';
}
