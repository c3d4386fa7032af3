import { EventEmitter } from 'node:events';
import type { MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import {
  MESSAGE_VALIDATORS,
  isLaterAvailability,
  readAvailability,
  type Availability,
  type AvailabilityOrder,
  type DeviceProfile,
  type DeviceView,
  type Topics,
} from '@meshmind/protocol';
import type { Store } from './store/store';

export interface RegisteredDevice {
  profile: DeviceProfile;
  availability: Availability | 'unknown';
  state: Record<string, unknown>;
  updatedAt: number | null;
}

/**
 * Numbers in ids sort as numbers: robot-2 before robot-10. One collator for every sort:
 * `localeCompare` with options builds one per comparison, which made listing 32 devices cost
 * half a millisecond of every goal's planning.
 */
const ID_ORDER = new Intl.Collator('en', { numeric: true });

export interface DeviceRegistryEvents {
  changed: [deviceId: string, device: RegisteredDevice];
  availability: [deviceId: string, availability: Availability];
}

/**
 * The coordinator's view of every device, fed by the retained profile, availability and state
 * topics. Invalid payloads are logged and dropped: one misbehaving agent never breaks the registry.
 */
export class DeviceRegistry extends EventEmitter<DeviceRegistryEvents> {
  private readonly devices = new Map<string, RegisteredDevice>();
  /** State and availability that arrive before the profile (retained messages come in any order). */
  private readonly pending = new Map<string, { availability?: Availability; state?: Record<string, unknown>; at?: number }>();
  private client: MqttClient | null = null;
  private readonly onMessage = (topic: string, payload: Buffer, packet: { retain?: boolean }) => this.handleMessage(topic, payload, packet.retain === true);
  /** `<channel>:<device>` of the availability and state a live message reached since this connection began. */
  private readonly heardLive = new Set<string>();
  private readonly onConnect = () => this.heardLive.clear();
  /**
   * Where the availability applied last stands in its agent's order. Kept across reconnections: the
   * order is the agent's own, so an older message stays older however and whenever it arrives.
   */
  private readonly availabilityOrder = new Map<string, AvailabilityOrder>();
  /**
   * The devices in id order, sorted again only when a device is added, replaced or removed: every
   * goal lists them for its planner (issue #18), and a sort of the example home's 32 ids is about
   * 160 collator comparisons, 12-45 us of every goal on the loaded machine. A state or availability
   * changes a device in place, and a device's place in the order depends on its id alone.
   */
  private sorted: RegisteredDevice[] | null = null;

  constructor(
    private readonly topics: Topics,
    private readonly store: Store,
    private readonly logger: Logger,
    private readonly clock: () => number = Date.now,
  ) {
    super();
  }

  async start(client: MqttClient): Promise<void> {
    this.client = client;
    for (const row of this.store.listDevices()) {
      const profile = MESSAGE_VALIDATORS.profile.validate(row.profile);
      if (!profile.ok) continue;
      // Until an agent says otherwise, a remembered device is of unknown availability.
      this.devices.set(row.id, { profile: profile.value, availability: 'unknown', state: row.state, updatedAt: row.updatedAt ?? null });
      this.sorted = null;
    }
    client.on('message', this.onMessage);
    client.on('connect', this.onConnect);
    await client.subscribeAsync(
      [this.topics.allDevices('profile'), this.topics.allDevices('availability'), this.topics.allDevices('state')],
      { qos: 1 },
    );
  }

  async stop(): Promise<void> {
    if (!this.client) return;
    this.client.off('message', this.onMessage);
    this.client.off('connect', this.onConnect);
    this.client = null;
  }

  get(deviceId: string): RegisteredDevice | undefined {
    return this.devices.get(deviceId);
  }

  /** Every device, in id order: a new array each call (the caller may keep or change it). */
  list(): RegisteredDevice[] {
    this.sorted ??= [...this.devices.values()].sort((a, b) => ID_ORDER.compare(a.profile.id, b.profile.id));
    return this.sorted.slice();
  }

  view(device: RegisteredDevice): DeviceView {
    return {
      id: device.profile.id,
      type: device.profile.type,
      name: device.profile.name,
      aliases: device.profile.aliases,
      area: device.profile.area,
      availability: device.availability,
      ...(device.profile.origin ? { origin: device.profile.origin } : {}),
      state: device.state,
      updatedAt: device.updatedAt,
    };
  }

  private handleMessage(topic: string, payload: Buffer, retained: boolean): void {
    const parsed = this.topics.parse(topic);
    if (!parsed) return;
    const { deviceId, channel } = parsed;
    try {
      if (channel === 'profile') this.onProfile(deviceId, payload);
      else if (channel === 'availability') this.onAvailability(deviceId, payload, retained);
      else if (channel === 'state' && this.isCurrent(`${channel}:${deviceId}`, retained)) this.onState(deviceId, payload);
    } catch (error) {
      this.logger.error({ err: error, topic }, 'device message handling failed');
    }
  }

  private onProfile(deviceId: string, payload: Buffer): void {
    if (payload.length === 0) {
      // An empty retained message clears the profile: the device was decommissioned. Only the
      // device's own agent and the coordinator may publish here (the broker's ACL), so nobody else
      // can make a device disappear.
      this.devices.delete(deviceId);
      this.sorted = null;
      this.pending.delete(deviceId);
      this.store.deleteDevice(deviceId);
      return;
    }
    const result = MESSAGE_VALIDATORS.profile.parse(payload);
    if (!result.ok || result.value.id !== deviceId) {
      this.logger.warn({ deviceId, error: result.ok ? 'id does not match topic' : result.error.message }, 'dropped invalid profile');
      return;
    }
    const pending = this.pending.get(deviceId);
    this.pending.delete(deviceId);
    const existing = this.devices.get(deviceId);
    const device: RegisteredDevice = {
      profile: result.value,
      availability: pending?.availability ?? existing?.availability ?? 'unknown',
      state: pending?.state ?? existing?.state ?? {},
      updatedAt: pending?.at ?? existing?.updatedAt ?? null,
    };
    this.devices.set(deviceId, device);
    this.sorted = null;
    this.persist(device);
    this.emit('changed', deviceId, device);
  }

  /**
   * For a message that carries no order of its own (a state; an older agent's bare availability): a
   * retained message is the broker's snapshot from when this connection subscribed. A store that
   * reads it out slowly (LevelDB, Redis) can hand it over after a live message on the same topic,
   * which is newer: the stale snapshot must not undo it. Replays of a persistent session's queue
   * look live, so this cannot order those (availability messages carry their order for that).
   */
  private isCurrent(key: string, retained: boolean): boolean {
    if (retained && this.heardLive.has(key)) return false;
    if (!retained) this.heardLive.add(key);
    return true;
  }

  private onAvailability(deviceId: string, payload: Buffer, retained: boolean): void {
    // An empty retained message clears it: the device is being removed (see onProfile).
    if (payload.length === 0) {
      this.availabilityOrder.delete(deviceId);
      return;
    }
    const read = readAvailability(payload);
    if (!read.ok) {
      this.logger.warn({ deviceId, error: read.error.message }, 'dropped invalid availability');
      return;
    }
    const { availability, order } = read.value;
    if (order) {
      // The agent said this before what was applied last (a previous run's goodbye replayed from the
      // session's queue, a will of a dropped connection, a slow retained snapshot): it is not news.
      const current = this.availabilityOrder.get(deviceId);
      if (current && !isLaterAvailability(order, current)) {
        this.logger.debug({ deviceId, order, current }, 'ignored an availability older than the one applied');
        return;
      }
      this.availabilityOrder.set(deviceId, order);
    } else if (!this.isCurrent(`availability:${deviceId}`, retained)) {
      return;
    }
    const device = this.devices.get(deviceId);
    if (!device) {
      this.pending.set(deviceId, { ...this.pending.get(deviceId), availability });
      return;
    }
    device.availability = availability;
    this.persist(device);
    this.store.appendEvent({ at: this.clock(), kind: 'device.availability', deviceId, data: { availability } });
    this.emit('availability', deviceId, availability);
    this.emit('changed', deviceId, device);
  }

  private onState(deviceId: string, payload: Buffer): void {
    if (payload.length === 0) return;
    const result = MESSAGE_VALIDATORS.state.parse(payload);
    if (!result.ok || result.value.deviceId !== deviceId) {
      this.logger.warn({ deviceId, error: result.ok ? 'id does not match topic' : result.error.message }, 'dropped invalid state');
      return;
    }
    const device = this.devices.get(deviceId);
    if (!device) {
      this.pending.set(deviceId, { ...this.pending.get(deviceId), state: result.value.state, at: result.value.at });
      return;
    }
    device.state = result.value.state;
    device.updatedAt = result.value.at;
    // Only what changed: writing the whole row again re-encoded the profile on every state. The state
    // of a device at work reaches the coordinator just ahead of its report: it goes into the
    // report's commit (Store.writeDeviceStateSoon), not one of its own in front of it.
    this.store.writeDeviceStateSoon(deviceId, device.state, device.updatedAt, () => this.persist(device));
    this.emit('changed', deviceId, device);
  }

  private persist(device: RegisteredDevice): void {
    this.store.upsertDevice({
      id: device.profile.id,
      profile: device.profile,
      availability: device.availability,
      ...(device.profile.origin ? { origin: device.profile.origin } : {}),
      state: device.state,
      updatedAt: device.updatedAt,
    });
  }
}
