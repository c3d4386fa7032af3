import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import { Topics, closeMqtt, connectMqtt, publishMessage, type Availability, type LocalStreamOpener, type MqttCredentials, type MqttProtocolVersion, type MqttTlsOptions } from '@meshmind/protocol';
import { Store } from './store/store';
import { DeviceRegistry } from './device-registry';
import { Dispatcher } from './dispatcher';
import { GoalService } from './goal-service';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from './planner/builtin-planner';
import type { Planner, SiteResource } from './planner/planner';
import { HttpTokens } from './security/http-tokens';
import { loadOrCreateOwnerToken, type OwnerToken } from './security/owner-token';
import { isLoopbackHost } from './security/allowed-hosts';
import type { HttpAccessOptions } from './http/access-plugin';
import { WorldFeed, type WorldSource } from './world-feed';

/** The coordinator's client id unless told otherwise: stable, so its broker session survives its restart. */
export const COORDINATOR_CLIENT_ID = 'meshmind-coordinator-main';

export interface CoordinatorOptions {
  mqttUrl: string;
  /** The coordinator's identity on the broker (`coordinator`); brokers refuse anonymous clients. */
  mqttCredentials: MqttCredentials;
  /** How an mqtts:// broker's certificate is verified. */
  mqttTls?: MqttTlsOptions;
  /** The broker runs in this process: connect to it in memory while it is up (see connectMqtt). */
  mqttLocalStream?: LocalStreamOpener;
  /** SQLite file, or ':memory:'. */
  databasePath: string;
  logger: Logger;
  /** Where the HTTP API listens, with `tls` as HTTPS; null or absent: it does not listen (tests use `http.inject`). */
  http?: { host: string; port: number; tls?: { cert: string; key: string } | null } | null;
  /**
   * false: no HTTP API at all, not even for `http.inject`, and fastify with its plugins is never
   * loaded (a one-shot `meshmind run` answers on stdout; loading them was a fifth of its CPU). Default true.
   */
  httpApi?: boolean;
  /**
   * Where the owner's HTTP token is kept for clients on this machine (mode 0600; made on first
   * start, kept across restarts). Without it the owner token lives only as long as this process.
   */
  ownerTokenPath?: string;
  /** Who may call the HTTP API (the bind address itself comes from `http.host`). */
  access?: Omit<HttpAccessOptions, 'bindHost'> & {
    /** Goals one client (its token) may submit a minute; 0 for no limit; default 120. */
    goalsPerMinute?: number;
  };
  /** How long a sensitive action waits for its "yes"; default 5 minutes. */
  confirmationTtlMs?: number;
  /**
   * The coordinator's MQTT client id; stable so that its broker session (subscriptions, reports queued
   * while it was away) outlives a reconnect or a restart. Default `meshmind-coordinator-main`; two
   * coordinators on one broker need different ids (a second CONNECT with the same id takes the session over).
   */
  mqttClientId?: string;
  /** The time goals and confirmations are measured by; Date.now unless a test moves it. */
  clock?: () => number;
  subtaskTimeoutMs?: number;
  topicRoot?: string;
  planner?: Planner;
  protocolVersion?: MqttProtocolVersion | 'auto';
  /** Countable site resources (a warehouse's shelves) that goals may address all at once. */
  resources?: SiteResource[];
  /** A simulated site to show (GET /api/world, `world` events); none for a home. */
  world?: WorldSource;
}

/** Chat in, goals out: the HTTP API, the device registry, the planner and the dispatcher. */
export class Coordinator {
  readonly topics: Topics;
  readonly store: Store;
  readonly registry: DeviceRegistry;
  readonly dispatcher: Dispatcher;
  readonly goals: GoalService;
  readonly tokens: HttpTokens;
  /** The simulated site's views, throttled for the console; null without a site. */
  readonly world: WorldFeed | null;
  private client: MqttClient | null = null;
  private app: FastifyInstance | null = null;
  private listeningUrl: string | null = null;
  private listeningAddress: { host: string; port: number; loopback: boolean } | null = null;
  private owner: OwnerToken | null = null;
  private readonly onAvailability = (deviceId: string, availability: Availability) => {
    this.dispatcher.deviceAvailability(deviceId, availability === 'online');
  };

  constructor(private readonly options: CoordinatorOptions) {
    this.topics = new Topics(options.topicRoot);
    this.store = new Store(options.databasePath, (message) => options.logger.warn(message));
    this.registry = new DeviceRegistry(this.topics, this.store, options.logger.child({ ns: 'registry' }));
    this.dispatcher = new Dispatcher(this.topics, options.logger.child({ ns: 'dispatcher' }), {
      outbox: { markSent: (subtaskId, sentAt) => this.goals.recordSent(subtaskId, sentAt) },
      ...(options.clock ? { clock: options.clock } : {}),
    });
    this.goals = new GoalService({
      store: this.store,
      registry: this.registry,
      dispatcher: this.dispatcher,
      planner: options.planner ?? new BuiltinPlanner({ wordNet: openWordNet().wordNet }),
      logger: options.logger.child({ ns: 'goals' }),
      subtaskTimeoutMs: options.subtaskTimeoutMs ?? 15_000,
      ...(options.resources ? { resources: options.resources } : {}),
      ...(options.confirmationTtlMs !== undefined ? { confirmationTtlMs: options.confirmationTtlMs } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
    });
    this.tokens = new HttpTokens(this.store, options.clock);
    this.world = options.world ? new WorldFeed({ source: options.world }) : null;
  }

  /** The HTTP base URL once listening, e.g. http://127.0.0.1:8080. */
  get url(): string | null {
    return this.listeningUrl;
  }

  /** The address the server really listens on (0.0.0.0 stays 0.0.0.0), and whether that is loopback only. */
  get address(): { host: string; port: number; loopback: boolean } | null {
    return this.listeningAddress;
  }

  /**
   * The owner's bearer token (every scope): what `meshmind start` puts in the console's login URL
   * and writes for the CLI. Every /api route needs a token, on loopback too.
   */
  get ownerToken(): string {
    if (!this.owner) throw new Error(this.options.httpApi === false ? 'the coordinator was started without an HTTP API' : 'the coordinator is not started');
    return this.owner.token;
  }

  get http(): FastifyInstance {
    if (!this.app) throw new Error(this.options.httpApi === false ? 'the coordinator was started without an HTTP API' : 'the coordinator is not started');
    return this.app;
  }

  async start(): Promise<void> {
    this.store.open();
    this.client = await connectMqtt({
      url: this.options.mqttUrl,
      clientId: this.options.mqttClientId ?? COORDINATOR_CLIENT_ID,
      credentials: this.options.mqttCredentials,
      ...(this.options.mqttTls ? { tls: this.options.mqttTls } : {}),
      ...(this.options.mqttLocalStream ? { localStream: this.options.mqttLocalStream } : {}),
      reconnect: true,
      persistentSession: true,
      protocolVersion: this.options.protocolVersion ?? 'auto',
    });
    this.client.on('error', (error) => this.options.logger.warn({ err: error }, 'MQTT client error'));
    await this.registry.start(this.client);
    await this.dispatcher.start(this.client);
    this.goals.start();
    this.registry.on('availability', this.onAvailability);
    const { goalsPerMinute, ...access } = this.options.access ?? {};
    this.world?.start();
    if (this.options.httpApi === false) return;
    this.owner = loadOrCreateOwnerToken(this.tokens, this.options.ownerTokenPath ?? null);
    const { buildApp } = await import('./http/app');
    this.app = await buildApp({
      goals: this.goals,
      registry: this.registry,
      history: this.store,
      world: this.world,
      logger: this.options.logger.child({ ns: 'http' }),
      ...(this.options.http?.tls ? { https: this.options.http.tls } : {}),
      tokens: this.tokens,
      access: { ...access, bindHost: this.options.http?.host ?? null },
      ...(goalsPerMinute !== undefined ? { goalsPerMinute } : {}),
    });
    if (this.options.http) {
      const address = await this.app.listen({ host: this.options.http.host, port: this.options.http.port });
      this.listeningUrl = address.replace('[::1]', 'localhost');
      const bound = this.app.server.address() as AddressInfo;
      this.listeningAddress = { host: bound.address, port: bound.port, loopback: isLoopbackHost(bound.address) };
    } else {
      await this.app.ready();
    }
  }

  /**
   * Forgets a device whose identity was revoked: clears its retained profile, availability and state
   * on the broker (the coordinator's ACL allows empty payloads there and nothing else), so neither
   * this coordinator nor a restarted one lists it again.
   */
  async decommission(deviceId: string): Promise<void> {
    const client = this.client;
    if (!client) return;
    for (const channel of ['state', 'availability', 'profile'] as const) {
      await publishMessage(client, this.topics.device(deviceId, channel), '', { retain: true });
    }
  }

  async stop(): Promise<void> {
    this.registry.off('availability', this.onAvailability);
    await this.app?.close();
    this.app = null;
    this.listeningUrl = null;
    this.listeningAddress = null;
    // A token no file holds would outlive its only holder in a database that persists.
    if (this.owner && this.options.ownerTokenPath === undefined) this.tokens.revoke(this.owner.id);
    this.owner = null;
    this.world?.stop();
    await this.dispatcher.stop();
    await this.goals.stop();
    await this.registry.stop();
    if (this.client) await closeMqtt(this.client);
    this.client = null;
    this.store.close();
  }
}
