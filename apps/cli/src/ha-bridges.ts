import type { Logger } from 'pino';
import { HaDiscoverySource, HaPublisher, type AnnouncedDevice } from '@meshmind/devices';
import type { Coordinator, LocalSecurity, RegisteredDevice } from '@meshmind/coordinator';
import type { AgentBrain } from '@meshmind/device-agent';
import { openTaskDatabase } from '@meshmind/fsm';
import type { MqttCredentials, MqttTlsOptions } from '@meshmind/protocol';
import { startDeviceSourceAgents } from './device-source-host';
import type { HaSettings } from './ha-options';

export interface HaBridgesOptions {
  settings: HaSettings;
  coordinator: Coordinator;
  security: LocalSecurity;
  brain: AgentBrain;
  /** meshmind's broker, where the bridged devices' agents live. */
  mqttUrl: string;
  mqttTls?: MqttTlsOptions;
  /** Enrolls a bridged device's agent (default: on the embedded broker, through `security`). */
  credentialsFor?: (deviceId: string) => Promise<MqttCredentials> | MqttCredentials;
  /** Revokes the identity of a device that left discovery for good (default: through `security`). */
  revoke?: (deviceId: string) => Promise<void> | void;
  /** SQLite file of the bridged agents' task machines; default in memory. */
  databasePath?: string;
  logger: Logger;
}

export interface HaBridges {
  discovery: HaDiscoverySource | null;
  publisher: HaPublisher | null;
  stop(): Promise<void>;
}

/** How long a device removed from discovery may take to come back (rebuilt) before it counts as gone. */
const GONE_AFTER_MS = 2_000;

function announcedDevice(device: RegisteredDevice): AnnouncedDevice {
  const { profile } = device;
  return {
    id: profile.id,
    name: profile.name,
    type: profile.type,
    areaName: profile.area?.name ?? null,
    ...(profile.vendor ? { vendor: profile.vendor } : {}),
    ...(profile.origin ? { origin: profile.origin } : {}),
    availability: device.availability,
    state: device.state,
  };
}

/**
 * Home Assistant MQTT discovery both ways: devices announced there become agents (enrolled on
 * meshmind's broker like any agent), and meshmind's devices are announced there. A device that
 * came from Home Assistant is not announced back to it.
 */
export async function startHaBridges(options: HaBridgesOptions): Promise<HaBridges> {
  const { settings, coordinator, logger } = options;
  const cleanups: Array<() => Promise<unknown>> = [];
  const stop = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((error: unknown) => logger.warn({ err: error }, 'HA bridge cleanup failed'));
  };
  const broker = { brokerUrl: settings.brokerUrl, ...(settings.credentials ? { credentials: settings.credentials } : {}), ...(settings.tls ? { tls: settings.tls } : {}) };
  try {
    let discovery: HaDiscoverySource | null = null;
    if (settings.discoveryPrefix !== null) {
      const source = new HaDiscoverySource({
        ...broker,
        prefix: settings.discoveryPrefix,
        onProblem: (problem) => logger.warn({ topic: problem.topic, code: problem.error.code }, `HA discovery config refused: ${problem.error.message}`),
      });
      const database = openTaskDatabase(options.databasePath ?? ':memory:');
      cleanups.push(async () => database.close());
      const agents = await startDeviceSourceAgents({
        source,
        brain: options.brain,
        database,
        mqttUrl: options.mqttUrl,
        ...(options.mqttTls ? { mqttTls: options.mqttTls } : {}),
        credentialsFor: options.credentialsFor ?? ((deviceId) => options.security.device(deviceId)),
        logger,
      });
      cleanups.push(() => agents.stop());
      // A rebuilt device is removed and added again at once; one still missing a moment later has
      // left Home Assistant (its config was cleared): its agent has stopped, its login is revoked
      // (the broker refuses it from now on) and it leaves the coordinator's list too.
      const revoke = options.revoke ?? ((deviceId: string) => void options.security.revokeDevice(deviceId));
      const leaving = new Map<string, ReturnType<typeof setTimeout>>();
      const unsubscribe = source.onChange((change) => {
        const deviceId = change.kind === 'added' ? change.device.identity.id : change.deviceId;
        clearTimeout(leaving.get(deviceId));
        leaving.delete(deviceId);
        if (change.kind === 'added') return;
        const timer = setTimeout(() => {
          leaving.delete(deviceId);
          if (source.devices().some((device) => device.identity.id === deviceId)) return;
          Promise.resolve(revoke(deviceId))
            .then(() => logger.info({ deviceId }, 'a device left Home Assistant discovery: its agent stopped and its identity was revoked'))
            .catch((error: unknown) => logger.warn({ err: error, deviceId }, 'could not revoke a device that left Home Assistant'))
            .finally(() => coordinator.decommission(deviceId).catch((error: unknown) => logger.warn({ err: error, deviceId }, 'could not clear a device that left Home Assistant')));
        }, GONE_AFTER_MS);
        leaving.set(deviceId, timer);
      });
      cleanups.push(async () => {
        unsubscribe();
        for (const timer of leaving.values()) clearTimeout(timer);
      });
      await source.start();
      cleanups.push(() => source.stop());
      discovery = source;
    }
    let publisher: HaPublisher | null = null;
    if (settings.publishPrefix !== null) {
      const started = new HaPublisher({
        ...broker,
        prefix: settings.publishPrefix,
        onCommand: (command) => {
          const { finished } = coordinator.goals.submit({ text: command.text, from: command.deviceId });
          finished.catch((error: unknown) => logger.warn({ err: error, deviceId: command.deviceId }, 'a command from Home Assistant failed'));
        },
      });
      await started.start();
      cleanups.push(() => started.stop());
      const publish = (device: RegisteredDevice) => {
        if (device.profile.origin === 'ha-discovery') return;
        started.update(announcedDevice(device)).catch((error: unknown) => logger.warn({ err: error, deviceId: device.profile.id }, 'could not announce a device to Home Assistant'));
      };
      const onChanged = (_deviceId: string, device: RegisteredDevice) => publish(device);
      coordinator.registry.on('changed', onChanged);
      cleanups.push(async () => coordinator.registry.off('changed', onChanged));
      for (const device of coordinator.registry.list()) publish(device);
      publisher = started;
    }
    return { discovery, publisher, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
