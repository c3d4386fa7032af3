/**
 * The WiFi model, small enough to read in one sitting.
 *
 * Contention (802.11 DCF, Bianchi 2000): every associated client is saturated (it always has a
 * frame to send). Client i with windows 2^logCwMin .. 2^logCwMax transmits in a backoff slot with
 * probability
 *
 *   tau_i = 2 / (W_i + 1 + p_i W_i sum_{k<m_i} (2 p_i)^k),   W_i = 2^logCwMin, m_i = logCwMax - logCwMin
 *
 * where p_i, the chance that a transmission fails, is 1 - (1 - collision_i)(1 - PER_i) and
 * collision_i = 1 - prod_{j != i} (1 - tau_j) over the clients on the same band. A damped fixed
 * point solves the coupled equations. One generic slot then lasts
 *
 *   E = P_idle sigma + sum_i P_success_i T_i + P_collision T_collision
 *
 * and client i delivers L (1 - PER_i) bits in each of its successful slots: goodput_i =
 * P_success_i L (1 - PER_i) / E. An upload of S bytes takes 8 S / goodput_i seconds.
 *
 * Packet errors: PER = 1 - (1 - base)(1 - interference). A microwave oven leaks into 2.4 GHz for
 * half of every mains cycle (10 ms on, 10 ms off at 50 Hz); a frame of airtime d is hit when it
 * overlaps an on-period, with probability min(1, (10 + d) / 20) scaled by the client's exposure
 * (distance) and the channel's overlap with the oven's band. 5 GHz is untouched by the oven.
 */
export type WifiBand = '2.4GHz' | '5GHz';

export interface ClientRadio {
  id: string;
  band: WifiBand;
  logCwMin: number;
  logCwMax: number;
  /** PHY rate on the band the client is on, Mbit/s. */
  phyRateMbps: number;
  /** Packet error rate without interference, 0..1. */
  basePer: number;
  /** How strongly a running microwave reaches the client, 0..1 (1: next to it). */
  microwaveExposure: number;
}

export interface BandConditions {
  microwaveOn: boolean;
  /** 2.4 GHz channel (1..13): the oven radiates around 2.45 GHz, so channels 6-11 suffer most. */
  channel24: number;
}

export interface ClientLink {
  id: string;
  transmitProbability: number;
  collisionProbability: number;
  packetErrorRate: number;
  goodputMbps: number;
}

/** 802.11g/n timing in microseconds. */
export const WIFI_TIMING = {
  slotMicros: 9,
  difsMicros: 34,
  sifsMicros: 16,
  preambleMicros: 20,
  ackMicros: 44,
  payloadBits: 1500 * 8,
};

const MICROWAVE_PERIOD_MS = 20;
const MICROWAVE_ON_MS = 10;

export function channelOverlap(channel: number): number {
  // The oven's magnetron sweeps roughly 2.44-2.47 GHz: channel 1 (2.412) only catches its skirt.
  if (channel <= 3) return 0.45;
  if (channel <= 5) return 0.7;
  return 0.9;
}

export function frameAirtimeMicros(phyRateMbps: number): number {
  return WIFI_TIMING.preambleMicros + WIFI_TIMING.payloadBits / phyRateMbps;
}

export function packetErrorRate(client: ClientRadio, conditions: BandConditions): number {
  let interference = 0;
  if (client.band === '2.4GHz' && conditions.microwaveOn) {
    const frameMs = frameAirtimeMicros(client.phyRateMbps) / 1000;
    const overlap = Math.min(1, (MICROWAVE_ON_MS + frameMs) / MICROWAVE_PERIOD_MS);
    interference = overlap * client.microwaveExposure * channelOverlap(conditions.channel24);
  }
  return 1 - (1 - client.basePer) * (1 - interference);
}

function transmitProbability(logCwMin: number, logCwMax: number, failure: number): number {
  const window = 2 ** logCwMin;
  const stages = logCwMax - logCwMin;
  let series = 0;
  for (let stage = 0; stage < stages; stage += 1) series += (2 * failure) ** stage;
  return 2 / (window + 1 + failure * window * series);
}

/** Goodput of every saturated client sharing one band. */
export function solveBand(clients: readonly ClientRadio[], conditions: BandConditions): ClientLink[] {
  if (clients.length === 0) return [];
  const per = clients.map((client) => packetErrorRate(client, conditions));
  let tau = clients.map((client) => 2 / (2 ** client.logCwMin + 1));
  let collision = clients.map(() => 0);
  for (let iteration = 0; iteration < 200; iteration += 1) {
    collision = clients.map((_, index) => 1 - tau.reduce((product, value, other) => (other === index ? product : product * (1 - value)), 1));
    const next = clients.map((client, index) => {
      const failure = 1 - (1 - collision[index]!) * (1 - per[index]!);
      return transmitProbability(client.logCwMin, client.logCwMax, failure);
    });
    const change = Math.max(...next.map((value, index) => Math.abs(value - tau[index]!)));
    tau = tau.map((value, index) => 0.5 * value + 0.5 * next[index]!);
    if (change < 1e-12) break;
  }
  const idle = tau.reduce((product, value) => product * (1 - value), 1);
  const success = tau.map((value, index) => value * (1 - collision[index]!));
  const anySuccess = success.reduce((sum, value) => sum + value, 0);
  const collisionSlot = Math.max(0, 1 - idle - anySuccess);
  const exchange = clients.map((client) => WIFI_TIMING.difsMicros + frameAirtimeMicros(client.phyRateMbps) + WIFI_TIMING.sifsMicros + WIFI_TIMING.ackMicros);
  // A collision lasts as long as its longest frame; weight by who transmits.
  const tauSum = tau.reduce((sum, value) => sum + value, 0);
  const collisionMicros = clients.reduce((sum, client, index) => sum + (tau[index]! / tauSum) * (WIFI_TIMING.difsMicros + frameAirtimeMicros(client.phyRateMbps)), 0);
  const slotMicros =
    idle * WIFI_TIMING.slotMicros + success.reduce((sum, value, index) => sum + value * exchange[index]!, 0) + collisionSlot * collisionMicros;
  return clients.map((client, index) => ({
    id: client.id,
    transmitProbability: tau[index]!,
    collisionProbability: collision[index]!,
    packetErrorRate: per[index]!,
    goodputMbps: (success[index]! * WIFI_TIMING.payloadBits * (1 - per[index]!)) / slotMicros,
  }));
}

/** Seconds to upload `megabytes` (10^6 bytes) at `goodputMbps`; Infinity when nothing gets through. */
export function uploadSeconds(megabytes: number, goodputMbps: number): number {
  return goodputMbps > 0 ? (megabytes * 8) / goodputMbps : Number.POSITIVE_INFINITY;
}
