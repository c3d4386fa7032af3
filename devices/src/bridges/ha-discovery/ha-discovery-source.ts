import { closeMqtt, connectMqtt, toMeshmindError, type ErrorBody, type MqttCredentials, type MqttTlsOptions } from '@meshmind/protocol';
import type { DeviceSource, DeviceSourceChange, SourcedDevice } from '../device-source.js';
import { deviceInfoOf, parseDiscoveryPayload, parseDiscoveryTopic, stringOption, type DiscoveryConfig, type HaComponent } from './discovery-config.js';
import type { EntityFragment } from './entity-fragment.js';
import { HaDevice, slug, type DiscoveredEntity } from './ha-device.js';
import { coverFragment, lockFragment, valveFragment } from './position-entities.js';
import { binarySensorFragment, climateFragment, sensorFragment } from './reading-entities.js';
import { fanFragment, lightFragment, switchFragment } from './toggle-entities.js';

type MqttClient = Awaited<ReturnType<typeof connectMqtt>>;

const FRAGMENTS: Record<HaComponent, (config: DiscoveryConfig) => EntityFragment> = {
  switch: switchFragment,
  light: lightFragment,
  fan: fanFragment,
  cover: coverFragment,
  valve: valveFragment,
  lock: lockFragment,
  sensor: sensorFragment,
  binary_sensor: binarySensorFragment,
  climate: climateFragment,
};

export const DEFAULT_DISCOVERY_PREFIX = 'homeassistant';

export interface HaDiscoverySourceOptions {
  /** The broker the devices and Home Assistant use (often not meshmind's own). */
  brokerUrl: string;
  /** The login the user gives for that broker; it must be allowed to read `<prefix>/#` and the devices' topics. */
  credentials?: MqttCredentials;
  tls?: MqttTlsOptions;
  prefix?: string;
  clientId?: string;
  /** Entities of one device arrive one by one; a device is built once they have stopped coming this long. */
  settleMs?: number;
  onProblem?: (problem: DiscoveryProblem) => void;
}

/** A config the bridge refused, and why (the coded error). */
export interface DiscoveryProblem {
  topic: string;
  error: ErrorBody;
}

/** Devices announced under `<prefix>/<component>/[<node_id>/]<object_id>/config` become meshmind devices. */
export class HaDiscoverySource implements DeviceSource {
  readonly origin = 'ha-discovery' as const;
  private client: MqttClient | null = null;
  private readonly prefix: string;
  /** Entities by config topic. */
  private readonly entities = new Map<string, DiscoveredEntity & { group: string }>();
  private readonly built = new Map<string, HaDevice>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly listeners = new Set<(change: DeviceSourceChange) => void>();
  private readonly problemsByTopic = new Map<string, DiscoveryProblem>();
  /** The last message on each state or availability topic: a device rebuilt later starts from it. */
  private readonly lastPayloads = new Map<string, string>();
  private readonly subscribed = new Set<string>();

  constructor(private readonly options: HaDiscoverySourceOptions) {
    this.prefix = options.prefix ?? DEFAULT_DISCOVERY_PREFIX;
  }

  async start(): Promise<void> {
    this.client = await connectMqtt({
      url: this.options.brokerUrl,
      clientId: this.options.clientId ?? `meshmind-ha-discovery-${process.pid}`,
      ...(this.options.credentials ? { credentials: this.options.credentials } : {}),
      ...(this.options.tls ? { tls: this.options.tls } : {}),
      reconnect: true,
      onMessage: (topic, payload) => this.onMessage(topic, payload),
    });
    await this.client.subscribeAsync([`${this.prefix}/+/+/config`, `${this.prefix}/+/+/+/config`], { qos: 1 });
  }

  async stop(): Promise<void> {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    const client = this.client;
    this.client = null;
    if (client) await closeMqtt(client);
    await Promise.all([...this.built.values()].map((device) => device.stop()));
    this.built.clear();
    this.listeners.clear();
    this.lastPayloads.clear();
    this.subscribed.clear();
  }

  devices(): readonly SourcedDevice[] {
    return [...this.built.values()];
  }

  /** Configs refused since start, the latest per topic. */
  problems(): DiscoveryProblem[] {
    return [...this.problemsByTopic.values()];
  }

  onChange(listener: (change: DeviceSourceChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private onMessage(topic: string, payload: Buffer): void {
    try {
      if (topic.startsWith(`${this.prefix}/`) && topic.endsWith('/config')) this.onConfig(topic, payload);
      else {
        const text = payload.toString('utf8');
        this.lastPayloads.set(topic, text);
        for (const device of this.built.values()) if (device.topics().includes(topic)) device.receive(topic, text);
      }
    } catch (error) {
      this.report(topic, error);
    }
  }

  private report(topic: string, error: unknown): void {
    const problem = { topic, error: toMeshmindError(error, 'E_INVALID_PAYLOAD').toBody() };
    this.problemsByTopic.set(topic, problem);
    this.options.onProblem?.(problem);
  }

  private onConfig(topic: string, payload: Buffer): void {
    const parsed = parseDiscoveryTopic(this.prefix, topic);
    if (!parsed) return;
    const previous = this.entities.get(topic);
    const config = parseDiscoveryPayload(topic, payload);
    if (config === null) {
      this.entities.delete(topic);
      this.problemsByTopic.delete(topic);
      if (previous) this.schedule(previous.group);
      return;
    }
    // Devices re-announce on every reconnect: the same config changes nothing.
    if (previous && JSON.stringify(previous.config) === JSON.stringify(config)) return;
    // The fragment is made now, so a template beyond the subset is refused as its config arrives.
    const fragment = FRAGMENTS[parsed.component](config);
    const info = deviceInfoOf(config);
    const group = info?.identifiers[0] ?? stringOption(config, 'unique_id') ?? `${parsed.nodeId ?? parsed.component}_${parsed.objectId}`;
    this.entities.set(topic, { configTopic: topic, component: parsed.component, objectId: parsed.objectId, config, fragment, group });
    this.problemsByTopic.delete(topic);
    if (previous && previous.group !== group) this.schedule(previous.group);
    this.schedule(group);
  }

  private schedule(group: string): void {
    const existing = this.pending.get(group);
    if (existing) clearTimeout(existing);
    this.pending.set(
      group,
      setTimeout(() => {
        this.pending.delete(group);
        this.rebuild(group).catch((error: unknown) => this.report(group, error));
      }, this.options.settleMs ?? 250),
    );
  }

  /** A device whose entities changed is replaced (removed, then added) so its agent gets the new API document. */
  private async rebuild(group: string): Promise<void> {
    const id = `ha_${slug(group)}`.slice(0, 64);
    const entities = [...this.entities.values()].filter((entity) => entity.group === group);
    const old = this.built.get(id);
    if (old) {
      this.built.delete(id);
      await old.stop();
      this.emit({ kind: 'removed', deviceId: id });
    }
    if (entities.length === 0 || !this.client) return;
    const client = this.client;
    const device = new HaDevice({
      id,
      deviceInfo: entities.map((entity) => deviceInfoOf(entity.config)).find((info) => info !== null) ?? null,
      entities,
      publish: async ({ topic, payload }) => {
        await client.publishAsync(topic, payload, { qos: 0 });
      },
    });
    // A topic another device already reads (a bridge's availability) is not delivered again on a
    // second subscription by every broker: the new device starts from what was last heard.
    for (const topic of device.topics()) {
      const last = this.lastPayloads.get(topic);
      if (last !== undefined) device.receive(topic, last);
    }
    this.built.set(id, device);
    const topics = device.topics().filter((topic) => !this.subscribed.has(topic));
    for (const topic of topics) this.subscribed.add(topic);
    if (topics.length > 0) await client.subscribeAsync(topics, { qos: 0 });
    this.emit({ kind: 'added', device });
  }

  private emit(change: DeviceSourceChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
