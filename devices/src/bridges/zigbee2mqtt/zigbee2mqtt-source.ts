import { canonicalJson, closeMqtt, stripControlCharacters, connectMqtt, publishMessage, type MqttCredentials, type MqttTlsOptions } from '@meshmind/protocol';
import type { DeviceSource, DeviceSourceChange, SourcedDevice, SourcedIdentity } from '../device-source';
import { createAreaResolver, type AreaResolver } from './areas';
import { parseAvailability, parseBridgeDevices, parseBridgeEvent, parseDeviceState, type BridgeDevice } from './bridge-payloads';
import { bindingFromExposes } from './description-from-exposes';
import { Zigbee2mqttDriver } from './zigbee2mqtt-driver';
import { DEFAULT_BASE_TOPIC, Zigbee2mqttTopics } from './zigbee2mqtt-topics';

/** The pino-compatible part of a logger this bridge uses. */
export interface BridgeLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

export interface Zigbee2mqttSourceOptions {
  /** The broker zigbee2mqtt publishes on (may be meshmind's own or another one). */
  mqttUrl: string;
  /** The credentials the user gave for that broker. */
  credentials?: MqttCredentials;
  tls?: MqttTlsOptions;
  /** zigbee2mqtt's `mqtt.base_topic`; default `zigbee2mqtt`. */
  baseTopic?: string;
  areas?: AreaResolver;
  /** How long a command waits for the device's report (default 5 s). */
  reportTimeoutMs?: number;
  /** How long start() waits for the retained device list before it goes on without (default 10 s). */
  startTimeoutMs?: number;
  clientId?: string;
  logger?: BridgeLogger;
}

interface Entry {
  device: BridgeDevice;
  /** Changes when anything meshmind derives from the entry changes (name, description, exposes). */
  fingerprint: string;
  sourced: SourcedDevice;
  driver: Zigbee2mqttDriver;
  setAvailable(available: boolean): void;
}

/** Buffered reports of names not known yet: retained messages arrive in any order. */
const PENDING_LIMIT = 2_000;

/** The MQTT client type, through protocol's connectMqtt (devices does not depend on mqtt itself). */
type MqttClient = Awaited<ReturnType<typeof connectMqtt>>;

const silentLogger: BridgeLogger = { info: () => undefined, warn: () => undefined };

/** The agent id of a zigbee2mqtt device: from its IEEE address, so it survives renames. */
export function zigbee2mqttDeviceId(ieeeAddress: string): string {
  return `zigbee2mqtt-${ieeeAddress.toLowerCase().replace(/[^a-z0-9]/g, '')}`.slice(0, 64);
}

/** What people call it: `living_room/blinds` reads "living room blinds"; control characters never reach a profile. */
function displayName(friendlyName: string): string {
  const clean = stripControlCharacters(friendlyName);
  return clean.replace(/[/_]+/g, ' ').replace(/\s+/g, ' ').trim() || 'zigbee device';
}

/**
 * zigbee2mqtt's devices as a DeviceSource: the retained `<base>/bridge/devices` lists them, each
 * device's `definition.exposes` becomes its API document, and updates of that list and
 * `bridge/event` are followed live (joins, renames, removals).
 */
export class Zigbee2mqttSource implements DeviceSource {
  readonly origin = 'zigbee2mqtt' as const;
  readonly topics: Zigbee2mqttTopics;
  readonly #options: Zigbee2mqttSourceOptions;
  readonly #areas: AreaResolver;
  readonly #logger: BridgeLogger;
  readonly #entries = new Map<string, Entry>();
  readonly #byName = new Map<string, string>();
  readonly #pendingReports = new Map<string, Uint8Array>();
  readonly #pendingAvailability = new Map<string, boolean>();
  readonly #listeners = new Set<(change: DeviceSourceChange) => void>();
  #client: MqttClient | null = null;
  #started = false;
  #firstList: (() => void) | null = null;

  constructor(options: Zigbee2mqttSourceOptions) {
    this.#options = options;
    this.topics = new Zigbee2mqttTopics(options.baseTopic ?? DEFAULT_BASE_TOPIC);
    this.#areas = options.areas ?? createAreaResolver();
    this.#logger = options.logger ?? silentLogger;
  }

  async start(): Promise<void> {
    const listed = new Promise<void>((resolve) => {
      this.#firstList = resolve;
    });
    this.#client = await connectMqtt({
      url: this.#options.mqttUrl,
      clientId: this.#options.clientId ?? `meshmind-zigbee2mqtt-${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
      reconnect: true,
      ...(this.#options.credentials ? { credentials: this.#options.credentials } : {}),
      ...(this.#options.tls ? { tls: this.#options.tls } : {}),
      onMessage: (topic, payload) => this.#onMessage(topic, payload),
    });
    await this.#client.subscribeAsync(this.topics.all(), { qos: 1 });
    const timeoutMs = this.#options.startTimeoutMs ?? 10_000;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      listed.then(() => false),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(true), timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    this.#firstList = null;
    if (timedOut) this.#logger.warn({ topic: this.topics.bridgeDevices(), timeoutMs }, 'no zigbee2mqtt device list yet; devices join when it arrives');
    this.#started = true;
  }

  async stop(): Promise<void> {
    this.#started = false;
    const client = this.#client;
    this.#client = null;
    for (const entry of this.#entries.values()) await entry.driver.stop();
    this.#entries.clear();
    this.#byName.clear();
    if (client) await closeMqtt(client);
  }

  devices(): readonly SourcedDevice[] {
    return [...this.#entries.values()].map((entry) => entry.sourced);
  }

  onChange(listener: (change: DeviceSourceChange) => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  #onMessage(topic: string, payload: Uint8Array): void {
    // One handler per message: a bad payload is logged, never thrown into the MQTT client.
    try {
      const parsed = this.topics.parse(topic);
      if (!parsed) return;
      switch (parsed.kind) {
        case 'devices':
          return this.#onDeviceList(payload);
        case 'event':
          return this.#onBridgeEvent(payload);
        case 'availability':
          return this.#onAvailability(parsed.name, payload);
        case 'device':
          return this.#onReport(parsed.name, payload);
        default:
          return;
      }
    } catch (error) {
      this.#logger.warn({ err: error, topic }, 'zigbee2mqtt message not handled');
    }
  }

  #onDeviceList(payload: Uint8Array): void {
    const parsed = parseBridgeDevices(payload);
    if (!parsed.ok) {
      this.#logger.warn({ err: parsed.error, topic: this.topics.bridgeDevices() }, 'invalid zigbee2mqtt device list');
      return;
    }
    const wanted = new Map<string, BridgeDevice>();
    for (const device of parsed.value) {
      if (device.type === 'Coordinator' || device.disabled === true) continue;
      if (device.supported === false || device.interview_completed === false || !device.definition) continue;
      wanted.set(device.ieee_address, device);
    }
    for (const [ieee, entry] of [...this.#entries]) {
      const next = wanted.get(ieee);
      if (!next || this.#fingerprint(next) !== entry.fingerprint) this.#remove(ieee);
    }
    for (const [ieee, device] of wanted) {
      if (this.#entries.has(ieee)) continue;
      // One device zigbee2mqtt describes oddly (a name that cannot be a topic) must not keep the others out.
      try {
        this.#add(device);
      } catch (error) {
        this.#logger.warn({ err: error, device: device.friendly_name }, 'zigbee2mqtt device not bridged');
      }
    }
    this.#firstList?.();
  }

  #onBridgeEvent(payload: Uint8Array): void {
    const parsed = parseBridgeEvent(payload);
    if (!parsed.ok) return;
    const { type, data } = parsed.value;
    if (type === 'device_leave' && data.ieee_address && this.#entries.has(data.ieee_address)) {
      this.#logger.info({ device: data.friendly_name, ieee: data.ieee_address }, 'zigbee2mqtt device left');
      this.#remove(data.ieee_address);
    }
    // Joins and interviews end in a new retained device list, which adds the device.
  }

  #onAvailability(name: string, payload: Uint8Array): void {
    const available = parseAvailability(payload);
    if (available === undefined) return;
    const entry = this.#entryNamed(name);
    if (entry) entry.setAvailable(available);
    else this.#remember(this.#pendingAvailability, name, available);
  }

  #onReport(name: string, payload: Uint8Array): void {
    const entry = this.#entryNamed(name);
    if (!entry) {
      if (payload.byteLength > 0) this.#remember(this.#pendingReports, name, payload);
      return;
    }
    const parsed = parseDeviceState(payload);
    if (!parsed.ok) {
      this.#logger.warn({ err: parsed.error, device: name }, 'invalid zigbee2mqtt device state');
      return;
    }
    entry.driver.acceptReport(parsed.value);
  }

  #remember<T>(pending: Map<string, T>, name: string, value: T): void {
    pending.delete(name);
    pending.set(name, value);
    if (pending.size > PENDING_LIMIT) pending.delete(pending.keys().next().value as string);
  }

  #entryNamed(name: string): Entry | undefined {
    const ieee = this.#byName.get(name);
    return ieee === undefined ? undefined : this.#entries.get(ieee);
  }

  #fingerprint(device: BridgeDevice): string {
    const area = this.#areas({ friendlyName: device.friendly_name, ieeeAddress: device.ieee_address, description: device.description ?? null });
    return canonicalJson({ name: device.friendly_name, area, definition: device.definition });
  }

  #add(device: BridgeDevice): void {
    const binding = bindingFromExposes(device);
    if (!binding.ok) {
      this.#logger.warn({ err: binding.error, device: device.friendly_name }, 'zigbee2mqtt device not bridged');
      return;
    }
    const name = device.friendly_name;
    const driver = new Zigbee2mqttDriver({
      binding: binding.value,
      setTopic: this.topics.set(name),
      getTopic: this.topics.get(name),
      publish: (topic, payload) => this.#publish(topic, payload),
      ...(this.#options.reportTimeoutMs !== undefined ? { reportTimeoutMs: this.#options.reportTimeoutMs } : {}),
    });
    const area = this.#areas({ friendlyName: name, ieeeAddress: device.ieee_address, description: device.description ?? null });
    const identity: SourcedIdentity = {
      id: zigbee2mqttDeviceId(device.ieee_address),
      name: displayName(name),
      aliases: displayName(name) === stripControlCharacters(name) ? [] : [stripControlCharacters(name)],
      area,
      ...(device.definition?.vendor ? { vendor: device.definition.vendor } : {}),
    };
    const availabilityListeners = new Set<(available: boolean) => void>();
    let available = true;
    const setAvailable = (next: boolean) => {
      driver.setAvailable(next);
      if (next === available) return;
      available = next;
      for (const listener of availabilityListeners) listener(next);
    };
    const sourced: SourcedDevice = {
      origin: 'zigbee2mqtt',
      identity,
      driver,
      isAvailable: () => available,
      onAvailability(listener) {
        availabilityListeners.add(listener);
        return () => {
          availabilityListeners.delete(listener);
        };
      },
    };
    this.#entries.set(device.ieee_address, { device, fingerprint: this.#fingerprint(device), sourced, driver, setAvailable });
    this.#byName.set(name, device.ieee_address);
    const pendingAvailability = this.#pendingAvailability.get(name);
    if (pendingAvailability !== undefined) setAvailable(pendingAvailability);
    const pendingReport = this.#pendingReports.get(name);
    if (pendingReport) this.#onReport(name, pendingReport);
    this.#pendingAvailability.delete(name);
    this.#pendingReports.delete(name);
    this.#logger.info({ device: name, id: identity.id, type: binding.value.description.type, functions: binding.value.description.functions.length }, 'zigbee2mqtt device bridged');
    if (this.#started) this.#emit({ kind: 'added', device: sourced });
  }

  #remove(ieee: string): void {
    const entry = this.#entries.get(ieee);
    if (!entry) return;
    this.#entries.delete(ieee);
    if (this.#byName.get(entry.device.friendly_name) === ieee) this.#byName.delete(entry.device.friendly_name);
    void entry.driver.stop();
    if (this.#started) this.#emit({ kind: 'removed', deviceId: entry.sourced.identity.id });
  }

  #emit(change: DeviceSourceChange): void {
    for (const listener of this.#listeners) {
      try {
        listener(change);
      } catch (error) {
        this.#logger.warn({ err: error }, 'a device source listener failed');
      }
    }
  }

  async #publish(topic: string, payload: Record<string, unknown>): Promise<void> {
    if (!this.#client) throw new Error('the zigbee2mqtt bridge is stopped');
    await publishMessage(this.#client, topic, payload, { qos: 1 });
  }
}
