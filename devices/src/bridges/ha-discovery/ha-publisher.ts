import { closeMqtt, connectMqtt, type MqttCredentials, type MqttTlsOptions } from '@meshmind/protocol';
import { DEFAULT_DISCOVERY_PREFIX } from './ha-discovery-source.js';
import { announce, announcedKind, type AnnouncedDevice, type Announcement, type HaCommand } from './ha-announcements.js';

type MqttClient = Awaited<ReturnType<typeof connectMqtt>>;

export interface HaPublisherOptions {
  /** The broker Home Assistant listens on, reached with the login the user gives. */
  brokerUrl: string;
  credentials?: MqttCredentials;
  tls?: MqttTlsOptions;
  prefix?: string;
  /** Where meshmind's state, availability and command topics live on that broker (default `meshmind`). */
  baseTopic?: string;
  clientId?: string;
  /** A command Home Assistant sent, as a request in words; the host hands it to the coordinator. */
  onCommand?: (command: HaCommand) => void;
}

const COMMAND_CHANNELS = ['set', 'mode', 'temperature'] as const;
type CommandChannel = (typeof COMMAND_CHANNELS)[number];

/**
 * Announces meshmind's devices (simulated or bridged) to Home Assistant: a retained discovery config
 * per device, its state and availability, and the bridge's own availability as a last will, so a
 * household that already uses Home Assistant sees them. Commands from Home Assistant go to the
 * coordinator as requests, the same path a chat message takes.
 */
export class HaPublisher {
  private client: MqttClient | null = null;
  private readonly prefix: string;
  private readonly baseTopic: string;
  private readonly announced = new Map<string, { device: AnnouncedDevice; announcement: Announcement; configJson: string }>();

  constructor(private readonly options: HaPublisherOptions) {
    this.prefix = options.prefix ?? DEFAULT_DISCOVERY_PREFIX;
    this.baseTopic = options.baseTopic ?? 'meshmind';
  }

  get bridgeAvailabilityTopic(): string {
    return `${this.baseTopic}/bridge/availability`;
  }

  configTopic(announcement: Announcement): string {
    return `${this.prefix}/${announcement.component}/${announcement.objectId}/config`;
  }

  async start(): Promise<void> {
    this.client = await connectMqtt({
      url: this.options.brokerUrl,
      clientId: this.options.clientId ?? `meshmind-ha-publisher-${process.pid}`,
      ...(this.options.credentials ? { credentials: this.options.credentials } : {}),
      ...(this.options.tls ? { tls: this.options.tls } : {}),
      will: { topic: this.bridgeAvailabilityTopic, payload: 'offline', retain: true, qos: 1 },
      reconnect: true,
      onMessage: (topic, payload) => this.onMessage(topic, payload.toString('utf8')),
    });
    await this.client.subscribeAsync(COMMAND_CHANNELS.map((channel) => `${this.baseTopic}/+/${channel}`), { qos: 0 });
    await this.client.publishAsync(this.bridgeAvailabilityTopic, 'online', { retain: true, qos: 1 });
    // Home Assistant asks every integration to announce again when it restarts.
    await this.client.subscribeAsync(`${this.prefix}/status`, { qos: 0 });
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = null;
    if (!client) return;
    await client.publishAsync(this.bridgeAvailabilityTopic, 'offline', { retain: true, qos: 1 }).catch(() => undefined);
    await closeMqtt(client);
  }

  /** A device appeared or changed (profile, state or availability); a type Home Assistant has no component for is skipped. */
  async update(device: AnnouncedDevice): Promise<boolean> {
    const client = this.client;
    const announcement = announce(device, { baseTopic: this.baseTopic, bridgeAvailabilityTopic: this.bridgeAvailabilityTopic });
    if (!client || !announcement) return false;
    const previous = this.announced.get(device.id);
    const configJson = JSON.stringify(announcement.config);
    this.announced.set(device.id, { device, announcement, configJson });
    if (previous && previous.announcement.component !== announcement.component) await client.publishAsync(this.configTopic(previous.announcement), '', { retain: true, qos: 1 });
    if (previous?.configJson !== configJson) await client.publishAsync(this.configTopic(announcement), configJson, { retain: true, qos: 1 });
    await client.publishAsync(`${this.baseTopic}/${device.id}/state`, JSON.stringify(announcement.haState), { retain: true, qos: 0 });
    await client.publishAsync(`${this.baseTopic}/${device.id}/availability`, device.availability === 'online' ? 'online' : 'offline', { retain: true, qos: 1 });
    return true;
  }

  /** A device left meshmind: its config is cleared, so Home Assistant removes the entity. */
  async remove(deviceId: string): Promise<void> {
    const entry = this.announced.get(deviceId);
    this.announced.delete(deviceId);
    if (!entry || !this.client) return;
    await this.client.publishAsync(this.configTopic(entry.announcement), '', { retain: true, qos: 1 });
  }

  private onMessage(topic: string, payload: string): void {
    if (topic === `${this.prefix}/status`) {
      if (payload === 'online') for (const { device } of [...this.announced.values()]) void this.reannounce(device);
      return;
    }
    const segments = topic.split('/');
    const channel = segments.at(-1) as CommandChannel;
    const deviceId = segments.at(-2) ?? '';
    const entry = this.announced.get(deviceId);
    const kind = entry ? announcedKind(entry.device.type) : null;
    if (!entry || !kind || !COMMAND_CHANNELS.includes(channel)) return;
    const text = kind.command(channel, payload.trim(), `the ${entry.device.name}`);
    if (text) this.options.onCommand?.({ deviceId, text });
  }

  private async reannounce(device: AnnouncedDevice): Promise<void> {
    const entry = this.announced.get(device.id);
    if (entry) entry.configJson = '';
    await this.update(device).catch(() => undefined);
  }
}
