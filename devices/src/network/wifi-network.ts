import { MeshmindError } from '@meshmind/protocol';
import { systemClock, type SimulationClock } from '../clock';
import { solveBand, uploadSeconds, type BandConditions, type ClientLink, type ClientRadio, type WifiBand } from './wifi-model';

export const WIFI_BANDS: readonly WifiBand[] = ['2.4GHz', '5GHz'];
export const LOG_CW_RANGE = { minimum: 1, maximum: 15 };

export interface WifiClientConfig {
  id: string;
  name?: string;
  associated?: boolean;
  band?: WifiBand;
  logCwMin?: number;
  logCwMax?: number;
  phyRateMbps: Record<WifiBand, number>;
  basePer: Record<WifiBand, number>;
  microwaveExposure: number;
}

export interface WifiNetworkOptions {
  clock?: SimulationClock;
  clients?: WifiClientConfig[];
  microwaveOn?: boolean;
  channel24?: number;
  ssids?: Record<WifiBand, string>;
}

/**
 * The calibration of LLMind 2.0's WiFi experiment (see README): client 1 is far from the access
 * point (2.4 Mbit/s on 2.4 GHz) and starts with a timid contention window (10, 15); client 2 sits
 * next to the microwave with the standard window (4, 10). Client 1 then needs 443 s for 4 MB beside
 * client 2, 27 s at (5, 10), 17.1 s at (3, 5) and 15.1 s at (2, 4) (the paper: 15.37 s); client 2's
 * packet error rate is 3% on 2.4 GHz, 54.8% with the oven on (channel 6), and 6.7% on 5 GHz.
 */
export const PAPER_WIFI_CLIENTS: readonly WifiClientConfig[] = [
  {
    id: 'client-1',
    name: 'Client 1',
    band: '2.4GHz',
    logCwMin: 10,
    logCwMax: 15,
    phyRateMbps: { '2.4GHz': 2.4, '5GHz': 6 },
    basePer: { '2.4GHz': 0.02, '5GHz': 0.05 },
    microwaveExposure: 0.2,
  },
  {
    id: 'client-2',
    name: 'Client 2',
    band: '2.4GHz',
    logCwMin: 4,
    logCwMax: 10,
    phyRateMbps: { '2.4GHz': 6.5, '5GHz': 13 },
    basePer: { '2.4GHz': 0.03, '5GHz': 0.067 },
    microwaveExposure: 1,
  },
];

export const DEFAULT_SSIDS: Record<WifiBand, string> = { '2.4GHz': 'LabAP-2.4G', '5GHz': 'LabAP-5G' };

interface ClientRecord extends ClientRadio {
  name: string;
  associated: boolean;
  phyRates: Record<WifiBand, number>;
  basePers: Record<WifiBand, number>;
  lastUploadSeconds: number;
  uploading: boolean;
}

export interface WifiClientReading {
  id: string;
  name: string;
  associated: boolean;
  band: WifiBand;
  ssid: string;
  logCwMin: number;
  logCwMax: number;
  /** Packet error rate, percent. */
  packetErrorRate: number;
  /** What the client gets through right now, Mbit/s (0 when not associated). */
  goodputMbps: number;
  lastUploadSeconds: number;
  uploading: boolean;
}

function checkLogCw(clientId: string, logCwMin: number, logCwMax: number): void {
  const valid = (value: number) => Number.isInteger(value) && value >= LOG_CW_RANGE.minimum && value <= LOG_CW_RANGE.maximum;
  if (!valid(logCwMin) || !valid(logCwMax)) {
    throw new MeshmindError('E_ARGUMENT_OUT_OF_RANGE', `${clientId}: log_cw_min and log_cw_max must be integers from ${LOG_CW_RANGE.minimum} to ${LOG_CW_RANGE.maximum}`);
  }
  if (logCwMax < logCwMin) throw new MeshmindError('E_INVALID_ARGUMENT', `${clientId}: log_cw_max (${logCwMax}) must not be below log_cw_min (${logCwMin})`);
}

/**
 * One dual-band access point, its clients and a microwave oven. Readings are computed from the
 * model on demand (no randomness, no ticks); only uploads take simulated time on the clock.
 */
export class WifiNetwork {
  readonly ssids: Record<WifiBand, string>;
  readonly #clock: SimulationClock;
  readonly #clients = new Map<string, ClientRecord>();
  readonly #listeners = new Set<() => void>();
  readonly #uploads = new Map<unknown, (error: MeshmindError) => void>();
  #microwaveOn: boolean;
  #channel24: number;

  constructor(options: WifiNetworkOptions = {}) {
    this.#clock = options.clock ?? systemClock;
    this.ssids = { ...(options.ssids ?? DEFAULT_SSIDS) };
    this.#microwaveOn = options.microwaveOn ?? false;
    this.#channel24 = options.channel24 ?? 6;
    this.#checkChannel(this.#channel24);
    for (const config of options.clients ?? PAPER_WIFI_CLIENTS) {
      if (this.#clients.has(config.id)) throw new MeshmindError('E_CONFIG_INVALID', `two WiFi clients are called ${config.id}`);
      const band = config.band ?? '2.4GHz';
      const logCwMin = config.logCwMin ?? 4;
      const logCwMax = config.logCwMax ?? 10;
      checkLogCw(config.id, logCwMin, logCwMax);
      this.#clients.set(config.id, {
        id: config.id,
        name: config.name ?? config.id,
        associated: config.associated ?? true,
        band,
        logCwMin,
        logCwMax,
        phyRateMbps: config.phyRateMbps[band],
        basePer: config.basePer[band],
        microwaveExposure: config.microwaveExposure,
        phyRates: { ...config.phyRateMbps },
        basePers: { ...config.basePer },
        lastUploadSeconds: 0,
        uploading: false,
      });
    }
  }

  get microwaveOn(): boolean {
    return this.#microwaveOn;
  }

  get channel24(): number {
    return this.#channel24;
  }

  clientIds(): string[] {
    return [...this.#clients.keys()];
  }

  reading(clientId: string): WifiClientReading {
    const client = this.#client(clientId);
    const link = this.#link(client);
    return {
      id: client.id,
      name: client.name,
      associated: client.associated,
      band: client.band,
      ssid: client.associated ? this.ssids[client.band] : '',
      logCwMin: client.logCwMin,
      logCwMax: client.logCwMax,
      packetErrorRate: Math.round((link?.packetErrorRate ?? 0) * 1000) / 10,
      goodputMbps: Math.round((link?.goodputMbps ?? 0) * 1000) / 1000,
      lastUploadSeconds: client.lastUploadSeconds,
      uploading: client.uploading,
    };
  }

  /** Seconds an upload of `megabytes` would take now; E_DEVICE_FAULT when the client is not associated. */
  uploadTimeSeconds(clientId: string, megabytes: number): number {
    const client = this.#client(clientId);
    const link = this.#link(client);
    if (!link) throw new MeshmindError('E_DEVICE_FAULT', `${clientId} is not connected to any access point`);
    return Math.round(uploadSeconds(megabytes, link.goodputMbps) * 100) / 100;
  }

  /** Uploads a file: resolves with the seconds it took, after that much simulated time. */
  upload(clientId: string, megabytes: number): Promise<number> {
    const client = this.#client(clientId);
    const seconds = this.uploadTimeSeconds(clientId, megabytes);
    if (!Number.isFinite(seconds)) return Promise.reject(new MeshmindError('E_DEVICE_FAULT', `${clientId}: nothing gets through the channel`));
    client.uploading = true;
    this.#notify();
    // Conditions are fixed at the start of an upload: a later change speeds up the next one, not this.
    return new Promise<number>((resolve, reject) => {
      const handle = this.#clock.setTimeout(() => {
        this.#uploads.delete(handle);
        client.uploading = false;
        client.lastUploadSeconds = seconds;
        this.#notify();
        resolve(seconds);
      }, seconds * 1000);
      this.#uploads.set(handle, (error) => {
        client.uploading = false;
        reject(error);
      });
    });
  }

  setContentionWindow(clientId: string, logCwMin: number, logCwMax: number): void {
    const client = this.#client(clientId);
    checkLogCw(clientId, logCwMin, logCwMax);
    client.logCwMin = logCwMin;
    client.logCwMax = logCwMax;
    this.#notify();
  }

  /** Associates with the access point's SSID for that band (joining if not associated). */
  switchSsid(clientId: string, ssid: string): void {
    const band = WIFI_BANDS.find((candidate) => this.ssids[candidate] === ssid);
    if (!band) throw new MeshmindError('E_DEVICE_FAULT', `${clientId}: no access point named ${JSON.stringify(ssid)} (known: ${this.knownAps().join(', ')})`);
    this.switchBand(clientId, band);
  }

  switchBand(clientId: string, band: WifiBand): void {
    const client = this.#client(clientId);
    if (!WIFI_BANDS.includes(band)) throw new MeshmindError('E_INVALID_ARGUMENT', `${clientId}: band must be one of ${WIFI_BANDS.join(', ')}`);
    client.band = band;
    client.phyRateMbps = client.phyRates[band];
    client.basePer = client.basePers[band];
    client.associated = true;
    this.#notify();
  }

  disconnect(clientId: string): void {
    this.#client(clientId).associated = false;
    this.#notify();
  }

  knownAps(): string[] {
    return WIFI_BANDS.map((band) => this.ssids[band]);
  }

  connectedClients(): string[] {
    return [...this.#clients.values()].filter((client) => client.associated).map((client) => client.id);
  }

  setMicrowave(on: boolean): void {
    this.#microwaveOn = on;
    this.#notify();
  }

  setChannel24(channel: number): void {
    this.#checkChannel(channel);
    this.#channel24 = channel;
    this.#notify();
  }

  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /** Cancels uploads in flight (E_CANCELLED) and their timers. */
  stop(): void {
    for (const [handle, cancel] of [...this.#uploads]) {
      this.#clock.clearTimeout(handle);
      cancel(new MeshmindError('E_CANCELLED', 'the WiFi simulation stopped'));
    }
    this.#uploads.clear();
  }

  #link(client: ClientRecord): ClientLink | undefined {
    if (!client.associated) return undefined;
    const sharing = [...this.#clients.values()].filter((other) => other.associated && other.band === client.band);
    const conditions: BandConditions = { microwaveOn: this.#microwaveOn, channel24: this.#channel24 };
    return solveBand(sharing, conditions).find((link) => link.id === client.id);
  }

  #client(clientId: string): ClientRecord {
    const client = this.#clients.get(clientId);
    if (!client) throw new MeshmindError('E_UNKNOWN_DEVICE', `no WiFi client ${JSON.stringify(clientId)} (clients: ${this.clientIds().join(', ')})`);
    return client;
  }

  #checkChannel(channel: number): void {
    if (!Number.isInteger(channel) || channel < 1 || channel > 13) throw new MeshmindError('E_ARGUMENT_OUT_OF_RANGE', `2.4 GHz channel ${channel} is outside 1..13`);
  }

  #notify(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}
