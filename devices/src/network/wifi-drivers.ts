import { MeshmindError, validateCallArguments, type DeviceDescription, type JsonValue } from '@meshmind/protocol';
import type { DeviceDriver, DeviceState } from '../driver';
import { microwaveOvenDescription, wifiAccessPointDescription, wifiClientDescription } from './wifi-descriptions';
import type { WifiBand } from './wifi-model';
import { WifiNetwork, type WifiNetworkOptions } from './wifi-network';

// Actions return nothing (void); queries return their reading.
type Handler = (args: Record<string, unknown>) => JsonValue | void | Promise<JsonValue | undefined>;

/**
 * A driver over the shared WifiNetwork: state is read from the network on demand, calls go to
 * named handlers, and a change anywhere in the network (a client moving band changes everybody's
 * airtime) notifies every device whose state it touched.
 */
class NetworkDeviceDriver implements DeviceDriver {
  readonly description: DeviceDescription;
  readonly #network: WifiNetwork;
  readonly #readState: () => DeviceState;
  readonly #handlers: Record<string, Handler>;
  readonly #listeners = new Set<(state: DeviceState) => void>();
  #unsubscribe: (() => void) | undefined;
  #lastState = '';

  constructor(description: DeviceDescription, network: WifiNetwork, readState: () => DeviceState, handlers: Record<string, Handler>) {
    this.description = description;
    this.#network = network;
    this.#readState = readState;
    this.#handlers = handlers;
  }

  getState(): DeviceState {
    return this.#readState();
  }

  async call(functionName: string, args: Record<string, unknown>): Promise<JsonValue | undefined> {
    const fn = this.description.functions.find((candidate) => candidate.name === functionName);
    const handler = this.#handlers[functionName];
    if (!fn || !handler) {
      const known = this.description.functions.map((candidate) => candidate.name).join(', ');
      throw new MeshmindError('E_UNKNOWN_FUNCTION', `a ${this.description.type} has no function ${JSON.stringify(functionName)}; it has ${known}`);
    }
    const validated = validateCallArguments(fn, args);
    if (!validated.ok) throw validated.error;
    return (await handler(validated.value)) ?? undefined;
  }

  onStateChange(listener: (state: DeviceState) => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  async start(): Promise<void> {
    this.#lastState = JSON.stringify(this.#readState());
    this.#unsubscribe ??= this.#network.onChange(() => {
      const state = this.#readState();
      const serialised = JSON.stringify(state);
      if (serialised === this.#lastState) return;
      this.#lastState = serialised;
      for (const listener of [...this.#listeners]) listener(state);
    });
  }

  async stop(): Promise<void> {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}

export function createWifiClientDriver(network: WifiNetwork, clientId: string): DeviceDriver {
  network.reading(clientId);
  const readState = (): DeviceState => {
    const reading = network.reading(clientId);
    return {
      connected: reading.associated,
      ssid: reading.ssid,
      band: reading.band,
      log_cw_min: reading.logCwMin,
      log_cw_max: reading.logCwMax,
      packet_error_rate: reading.packetErrorRate,
      goodput: reading.goodputMbps,
      uploading: reading.uploading,
      last_upload_seconds: reading.lastUploadSeconds,
    };
  };
  return new NetworkDeviceDriver(wifiClientDescription, network, readState, {
    set_csma_cw: (args) => network.setContentionWindow(clientId, args['log_cw_min'] as number, args['log_cw_max'] as number),
    get_known_aps: () => network.knownAps(),
    switch_ssid: (args) => network.switchSsid(clientId, args['ssid'] as string),
    set_band: (args) => network.switchBand(clientId, args['band'] as WifiBand),
    disconnect: () => network.disconnect(clientId),
    get_upload_time: (args) => network.uploadTimeSeconds(clientId, args['file_size_mb'] as number),
    upload_file: (args) => network.upload(clientId, args['file_size_mb'] as number),
    get_packet_error_rate: () => network.reading(clientId).packetErrorRate,
    get_throughput: () => network.reading(clientId).goodputMbps,
  });
}

export function createAccessPointDriver(network: WifiNetwork): DeviceDriver {
  const readState = (): DeviceState => ({ channel_24: network.channel24, connected_clients: network.connectedClients(), ssids: network.knownAps() });
  return new NetworkDeviceDriver(wifiAccessPointDescription, network, readState, {
    get_connected_clients: () => network.connectedClients(),
    get_ssids: () => network.knownAps(),
    set_channel: (args) => network.setChannel24(args['channel'] as number),
  });
}

export function createMicrowaveDriver(network: WifiNetwork): DeviceDriver {
  return new NetworkDeviceDriver(microwaveOvenDescription, network, () => ({ running: network.microwaveOn }), {
    start_heating: () => network.setMicrowave(true),
    stop_heating: () => network.setMicrowave(false),
    is_running: () => network.microwaveOn,
  });
}

export interface NetworkDevice {
  id: string;
  name: string;
  type: string;
  description: DeviceDescription;
  driver: DeviceDriver;
}

export interface WifiNetworkSetup {
  network: WifiNetwork;
  devices: NetworkDevice[];
}

/**
 * LLMind 2.0's WiFi testbed: an access point, its clients (by default the two calibrated ones) and
 * a microwave oven, each with a driver, so a runner starts one device agent per entry of `devices`.
 */
export interface WifiNetworkSetupOptions extends WifiNetworkOptions {
  accessPointName?: string;
  interfererName?: string;
}

export function createWifiNetwork(options: WifiNetworkSetupOptions = {}): WifiNetworkSetup {
  const network = new WifiNetwork(options);
  const devices: NetworkDevice[] = [
    { id: 'access-point', name: options.accessPointName ?? 'Access point', type: wifiAccessPointDescription.type, description: wifiAccessPointDescription, driver: createAccessPointDriver(network) },
    ...network.clientIds().map((clientId) => ({
      id: clientId,
      name: network.reading(clientId).name,
      type: wifiClientDescription.type,
      description: wifiClientDescription,
      driver: createWifiClientDriver(network, clientId),
    })),
    { id: 'microwave', name: options.interfererName ?? 'Microwave oven', type: microwaveOvenDescription.type, description: microwaveOvenDescription, driver: createMicrowaveDriver(network) },
  ];
  return { network, devices };
}
