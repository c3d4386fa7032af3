import type { Duplex } from 'node:stream';
import mqtt, { type IClientOptions, type IPublishPacket, type MqttClient } from 'mqtt';
import { MeshmindError } from './errors';
import { assertPublishableTopic } from './topics';
import { pinnedTlsOptions, type MqttTlsOptions } from './mqtt-tls';

export type MqttProtocolVersion = 4 | 5;

export interface MqttConnectOptions {
  url: string;
  clientId: string;
  /** Retained last will, e.g. availability "offline". */
  will?: { topic: string; payload: string; retain: boolean; qos: 0 | 1 };
  /**
   * 'auto' asks for MQTT 5 and falls back to 3.1.1 when the broker refuses it: the embedded aedes
   * broker speaks 3.1.1 only, Mosquitto and EMQX speak 5. Nothing in meshmind's protocol needs v5.
   */
  protocolVersion?: MqttProtocolVersion | 'auto';
  connectTimeoutMs?: number;
  /** Keep reconnecting after the first connection drops (agents on boards: yes; one-shot CLI: no). */
  reconnect?: boolean;
  /** The client's identity on the broker; meshmind's brokers refuse anonymous clients. */
  credentials?: MqttCredentials;
  /** How an `mqtts://` broker's certificate is verified: a CA/certificate file, or a pinned fingerprint. */
  tls?: MqttTlsOptions;
  /**
   * Ask the broker to keep this client's session (subscriptions, and QoS 1 messages for it) while it
   * is away: `clean: false` in 3.1.1, a session expiry in MQTT 5. Long-lived processes (coordinator,
   * agents) want this; one-shot probes and CLI commands leave it out and stay clean.
   */
  persistentSession?: boolean;
  /**
   * Listens for messages from before the CONNACK is handled: a persistent session's queued messages
   * follow it at once, before the caller of connectMqtt could attach a listener.
   */
  onMessage?: (topic: string, payload: Buffer, packet: IPublishPacket) => void;
  /**
   * A broker in this very process: asked for a stream at every connection attempt (the first and each
   * reconnect). A stream is used instead of the network; null (that broker is closed) means the
   * attempt goes to `url` as usual, so a client reaches a broker that replaced it there. The client
   * logs in over the stream exactly as over a socket: same CONNECT, credentials and ACL.
   */
  localStream?: LocalStreamOpener;
}

/** Opens a stream to a broker of this process, or says null when there is none now. */
export type LocalStreamOpener = () => Duplex | null;

/**
 * How long an MQTT 5 broker keeps a session whose client is away. A day: a device gone longer starts
 * fresh, and any subtask queued for it is long past its deadline by then.
 */
export const SESSION_EXPIRY_SECONDS = 24 * 60 * 60;

/**
 * How long after its deadline a copy of a subtask can still reach an agent. Copies come from a
 * broker's stored session (kept SESSION_EXPIRY_SECONDS while the agent is away) and from the
 * coordinator, which sends an open subtask again on reconnects and after its own restart, but never
 * one whose deadline is further back than this. An agent keeps the record of a finished subtask
 * well beyond it (libs/fsm), so every copy is answered from the record.
 */
export const SUBTASK_COPY_HORIZON_MS = SESSION_EXPIRY_SECONDS * 1000;

export interface MqttCredentials {
  username: string;
  password: string;
}

// CONNACK codes meaning "unsupported protocol version" in MQTT 3.1.1 (1) and MQTT 5 (132).
const UNSUPPORTED_PROTOCOL_CODES = new Set([1, 132]);
// CONNACK codes for bad credentials / not authorized: 4 and 5 in 3.1.1; 134, 135 and 138 in MQTT 5.
const NOT_AUTHORIZED_CODES = new Set([4, 5, 134, 135, 138]);

function applyNoDelay(client: MqttClient): void {
  // FIELD-NOTES: QoS 1 round trips fall from ~88 ms to ~0.24 ms with Nagle off on both ends.
  const stream = client.stream as { setNoDelay?: (noDelay: boolean) => void } | undefined;
  stream?.setNoDelay?.(true);
}

async function connectOnce(options: MqttConnectOptions, protocolVersion: MqttProtocolVersion, tlsOptions: IClientOptions): Promise<MqttClient> {
  const clientOptions: IClientOptions = {
    ...tlsOptions,
    ...(options.credentials ? { username: options.credentials.username, password: options.credentials.password } : {}),
    clientId: options.clientId,
    protocolVersion,
    clean: !options.persistentSession,
    ...(options.persistentSession && protocolVersion === 5 ? { properties: { sessionExpiryInterval: SESSION_EXPIRY_SECONDS } } : {}),
    // Subscriptions are made again after a reconnect when the broker lost the session (mqtt.js checks sessionPresent).
    resubscribe: true,
    connectTimeout: options.connectTimeoutMs ?? 5000,
    reconnectPeriod: options.reconnect ? 1000 : 0,
    // mqtt.js's default (true) makes mqtt-packet build 65,536 two-byte Buffers for packet ids and
    // lengths on the first packet: 6.3 MB of heap in every process, to save a 2-byte allocation per
    // packet. It is one setting for the whole process, so every client here leaves it off.
    writeCache: false,
    ...(options.will ? { will: { ...options.will, payload: Buffer.from(options.will.payload) } } : {}),
  };
  const client = options.localStream ? connectLocally(options.url, clientOptions, options.localStream) : mqtt.connect(options.url, clientOptions);
  client.on('connect', () => applyNoDelay(client));
  if (options.onMessage) client.on('message', options.onMessage);
  return new Promise((resolve, reject) => {
    const onConnect = () => {
      client.off('error', onError);
      resolve(client);
    };
    const onError = (error: Error & { code?: number | string }) => {
      client.off('connect', onConnect);
      client.end(true);
      reject(error);
    };
    client.once('connect', onConnect);
    client.once('error', onError);
    if (!options.reconnect) {
      client.once('close', () => onError(Object.assign(new Error(`connection to ${options.url} closed`), { code: 'ECONNCLOSED' })));
    }
  });
}

/**
 * mqtt.connect builds the client's network stream from the URL (TCP, TLS with its pinned options);
 * that builder is kept as the fallback, and each attempt first asks for a stream in this process.
 */
function connectLocally(url: string, clientOptions: IClientOptions, localStream: LocalStreamOpener): MqttClient {
  const client = mqtt.connect(url, { ...clientOptions, manualConnect: true });
  // mqtt.js keeps the builder in a field its typings call private; it calls it at every attempt.
  const builders = client as unknown as { streamBuilder: (client: MqttClient) => Duplex };
  const overNetwork = builders.streamBuilder;
  builders.streamBuilder = (self) => localStream() ?? overNetwork(self);
  return client.connect();
}

/** Connects with Nagle disabled, asking for MQTT 5 first where allowed. Errors are E_UNAUTHORIZED or E_BROKER_UNREACHABLE. */
export async function connectMqtt(options: MqttConnectOptions): Promise<MqttClient> {
  const wanted = options.protocolVersion ?? 'auto';
  const first: MqttProtocolVersion = wanted === 'auto' ? 5 : wanted;
  const tlsOptions = options.url.startsWith('mqtts:') || options.url.startsWith('wss:') ? await pinnedTlsOptions(options.url, options.tls ?? {}) : {};
  try {
    return await connectOnce(options, first, tlsOptions);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (wanted !== 'auto' || typeof code !== 'number' || !UNSUPPORTED_PROTOCOL_CODES.has(code)) throw connectError(options, error);
    try {
      return await connectOnce(options, 4, tlsOptions);
    } catch (fallbackError) {
      throw connectError(options, fallbackError);
    }
  }
}

function connectError(options: MqttConnectOptions, error: unknown): MeshmindError {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'number' && NOT_AUTHORIZED_CODES.has(code)) {
    const who = options.credentials ? `the credentials of ${options.credentials.username}` : 'an anonymous client';
    return new MeshmindError('E_UNAUTHORIZED', `the MQTT broker ${options.url} refused ${who}: ${(error as Error).message}`, { cause: error });
  }
  return new MeshmindError('E_BROKER_UNREACHABLE', `cannot connect to MQTT broker ${options.url}: ${(error as Error).message}`, { cause: error });
}

export interface PublishOptions {
  retain?: boolean;
  qos?: 0 | 1;
  /** MQTT 5 properties, ignored by 3.1.1 connections. */
  responseTopic?: string;
  correlationData?: string;
  userProperties?: Record<string, string>;
}

/** Publishes a JSON (or plain string) payload at QoS 1 by default, refusing wildcard topics. */
export async function publishMessage(client: MqttClient, topic: string, payload: unknown, options: PublishOptions = {}): Promise<void> {
  assertPublishableTopic(topic);
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  const isVersion5 = client.options.protocolVersion === 5;
  const properties =
    isVersion5 && (options.responseTopic || options.correlationData || options.userProperties)
      ? {
          ...(options.responseTopic ? { responseTopic: options.responseTopic } : {}),
          ...(options.correlationData ? { correlationData: Buffer.from(options.correlationData) } : {}),
          ...(options.userProperties ? { userProperties: options.userProperties } : {}),
        }
      : undefined;
  await client.publishAsync(topic, body, { qos: options.qos ?? 1, retain: options.retain ?? false, ...(properties ? { properties } : {}) });
}

/**
 * Ends a connection without hanging: with the broker reachable it says goodbye (DISCONNECT, so no
 * last will), waiting at most `graceMs` for what is in flight; with the broker away it just closes.
 * A plain `end()` waits for a broker that may never come back (`meshmind start` then never exits).
 */
export async function closeMqtt(client: MqttClient, graceMs = 2_000): Promise<void> {
  if (!client.connected) {
    await client.endAsync(true);
    return;
  }
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), graceMs)));
  const ended = await Promise.race([client.endAsync().then(() => 'ended' as const), late]);
  clearTimeout(timer);
  if (ended === 'late') await client.endAsync(true);
}

/** Publishes only while connected, and gives up after `graceMs`: for goodbyes that must not hold a shutdown. */
export async function publishIfConnected(client: MqttClient, topic: string, payload: unknown, options: PublishOptions = {}, graceMs = 2_000): Promise<boolean> {
  if (!client.connected) return false;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), graceMs)));
  const sent = await Promise.race([publishMessage(client, topic, payload, options).then(() => true), late]);
  clearTimeout(timer);
  return sent;
}
