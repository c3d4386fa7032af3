import type { Area, DeviceOrigin } from '@meshmind/protocol';
import type { DeviceDriver } from '../driver.js';

/** Where a device comes from; the console shows it beside the device (one list, in the wire contract). */
export type { DeviceOrigin };

/** Who a sourced device is in meshmind: its agent's identity (`device.<id>` on the broker), name and area. */
export interface SourcedDeviceIdentity {
  /** Stable across renames in the outside system (zigbee2mqtt: from the IEEE address). */
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly area: Area | null;
  readonly vendor?: string;
}

/** One device an outside system describes, driven through its own messages. */
export interface SourcedDevice {
  readonly origin: DeviceOrigin;
  readonly identity: SourcedDeviceIdentity;
  /** Its `description` is generated from the device's own self-description (exposes, discovery config). */
  readonly driver: DeviceDriver;
  /** The availability the device itself reports (true when it reports none). */
  isAvailable(): boolean;
  /** Returns an unsubscribe. */
  onAvailability(listener: (available: boolean) => void): () => void;
}

export type DeviceSourceChange =
  | { kind: 'added'; device: SourcedDevice }
  | { kind: 'removed'; deviceId: string };

/**
 * A live set of devices described by an outside system (zigbee2mqtt, Home Assistant MQTT discovery).
 * A rename arrives as a removal followed by an addition.
 */
export interface DeviceSource {
  readonly origin: DeviceOrigin;
  start(): Promise<void>;
  stop(): Promise<void>;
  devices(): readonly SourcedDevice[];
  /** Changes after start; returns an unsubscribe. */
  onChange(listener: (change: DeviceSourceChange) => void): () => void;
}
