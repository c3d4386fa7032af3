import type { Area, DeviceOrigin } from '@meshmind/protocol';
import type { DeviceDriver } from '../driver.js';

/** Where a device comes from; the console shows it beside the device (one type, declared with the profile's schema). */
export type { DeviceOrigin } from '@meshmind/protocol';

/** One device an outside system describes, driven through its own messages. */
/** Who a sourced device is on meshmind: the identity its agent announces. */
export interface SourcedIdentity {
  /** Stable across restarts of the bridge (derived from the device's own address or identifiers). */
  id: string;
  name: string;
  aliases: string[];
  area: Area | null;
  vendor?: string;
}

export interface SourcedDevice {
  readonly origin: DeviceOrigin;
  /** The agent of an `added` device needs an id and a name; a `removed` change names the same id. */
  readonly identity: SourcedIdentity;
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
