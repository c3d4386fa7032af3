import type { Aedes, AedesOptions } from 'aedes';
import type { Logger } from 'pino';
import { MeshmindError, ensurePrivateDirectory, restrictDirectoryFiles } from '@meshmind/protocol';

/**
 * Where a broker keeps sessions (subscriptions, QoS 1 messages queued for clients that are away) and
 * retained messages:
 *
 * - `memory`: gone when the broker stops (tests, `meshmind run`);
 * - `level`: a LevelDB directory that survives a restart of this one broker (`meshmind start`);
 * - `redis`: a Redis server shared by several broker nodes, which also carries every message from
 *   the node where it was published to the clients of every other node (`meshmind broker serve`).
 */
export type BrokerPersistence = { kind: 'memory' } | { kind: 'level'; directory: string } | { kind: 'redis'; url: string };

export interface BrokerStore {
  /** What aedes is created with: its persistence, and for Redis its message bus. */
  readonly aedesOptions: Pick<AedesOptions, 'persistence' | 'mq'>;
  /** Called once aedes exists. */
  attach(broker: Aedes): void;
  /** After aedes closed: lets go of the store (aedes leaves its persistence open). */
  close(): Promise<void>;
}

/** How long a closing broker lets lookups in its LevelDB store finish before closing it. */
const STORE_CLOSE_GRACE_MS = 250;
/** How long a broker node waits for Redis before it gives up starting. */
export const REDIS_CONNECT_TIMEOUT_MS = 10_000;

interface RedisConnection {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db?: number;
  tls?: Record<string, never>;
}

/** `redis://[user:password@]host[:port][/db]` or `rediss://` (TLS) as ioredis options. */
export function redisConnectionFrom(url: string): RedisConnection {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw new MeshmindError('E_CONFIG_INVALID', `not a Redis URL: ${JSON.stringify(url)} (expected redis://HOST:PORT)`, { cause: error });
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new MeshmindError('E_CONFIG_INVALID', `not a Redis URL: ${JSON.stringify(url)} (expected redis:// or rediss://)`);
  }
  const port = parsed.port ? Number(parsed.port) : 6379;
  const database = parsed.pathname.replace(/^\//, '');
  if (database !== '' && !/^\d{1,2}$/.test(database)) throw new MeshmindError('E_CONFIG_INVALID', `the Redis database in ${url} must be a number`);
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!host) throw new MeshmindError('E_CONFIG_INVALID', `the Redis URL ${url} names no host`);
  return {
    host,
    port,
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(database !== '' ? { db: Number(database) } : {}),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}

/** The URL without its password, for messages and logs. */
function redactedUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}

/**
 * aedes pipes the store's retained-message stream without listening for its errors: one that fails
 * (the store closing under a lookup, Redis gone) would end the whole process. The client it was for
 * is gone or will be; the failure is only worth a debug line.
 */
function guardRetainedLookups(broker: Aedes, logger: Logger | undefined): void {
  const persistence = (broker as unknown as { persistence: { createRetainedStreamCombi(patterns: string[]): NodeJS.ReadableStream } }).persistence;
  const createRetainedStreamCombi = persistence.createRetainedStreamCombi.bind(persistence);
  persistence.createRetainedStreamCombi = (patterns) =>
    createRetainedStreamCombi(patterns).on('error', (error: Error) => logger?.debug({ err: error }, 'a retained-message lookup ended early'));
}

export async function openBrokerStore(persistence: BrokerPersistence | undefined, logger: Logger | undefined): Promise<BrokerStore> {
  if (!persistence || persistence.kind === 'memory') return { aedesOptions: {}, attach: () => undefined, close: async () => undefined };
  if (persistence.kind === 'level') return openLevelStore(persistence.directory, logger);
  return openRedisStore(persistence.url, logger);
}

// The stores' libraries load when a store of theirs is opened: a `meshmind run` keeps its broker in
// memory and loads neither (ioredis and mqemitter-redis alone were about 0.2 s of its start).
async function openLevelStore(directory: string, logger: Logger | undefined): Promise<BrokerStore> {
  const [{ ClassicLevel }, { default: aedesPersistenceLevel }] = await Promise.all([import('classic-level'), import('aedes-persistence-level')]);
  const store = new ClassicLevel<string, Buffer>(directory, { valueEncoding: 'buffer' });
  try {
    // Sessions, queued subtasks and retained device states: its owner's only, like the database.
    ensurePrivateDirectory(directory);
    await store.open();
    restrictDirectoryFiles(directory);
  } catch (error) {
    throw new MeshmindError('E_CONFIG_INVALID', `cannot open the broker's store ${store.location}: ${(error as Error).message}`, { cause: error });
  }
  return {
    aedesOptions: { persistence: aedesPersistenceLevel(store) },
    attach: (broker) => guardRetainedLookups(broker, logger),
    async close() {
      // A retained-message lookup aedes started for a client that just went may still be stepping
      // through the store: closed under it, it throws from a stream nobody listens to and ends the
      // process. Such a lookup is over in well under a millisecond; give it time to finish first.
      await new Promise((resolve) => setTimeout(resolve, STORE_CLOSE_GRACE_MS));
      await store.close();
    },
  };
}

async function openRedisStore(url: string, logger: Logger | undefined): Promise<BrokerStore> {
  const connection = redisConnectionFrom(url);
  const [{ Redis }, { default: aedesPersistenceRedis }, { default: mqemitterRedis }] = await Promise.all([import('ioredis'), import('aedes-persistence-redis'), import('mqemitter-redis')]);
  // Three connections of our own (the store's, and the message bus's publishing and subscribing
  // ones), so that a node which cannot reach Redis can let go of all of them and say so.
  const connect = (role: string) => {
    // Fail a command after a few reconnection attempts instead of queueing it forever.
    const redis = new Redis({ ...connection, maxRetriesPerRequest: 3, lazyConnect: true });
    redis.on('error', (error: Error) => logger?.warn({ err: error, redis: redactedUrl(url), role }, "the broker's Redis connection failed"));
    return redis;
  };
  const connections = [connect('store'), connect('publish'), connect('subscribe')] as const;
  const disconnectAll = () => {
    for (const redis of connections) redis.disconnect();
  };
  try {
    await withTimeout(
      Promise.all(connections.map((redis) => redis.connect())),
      REDIS_CONNECT_TIMEOUT_MS,
      () => new MeshmindError('E_CONFIG_INVALID', `cannot reach Redis at ${redactedUrl(url)} within ${REDIS_CONNECT_TIMEOUT_MS / 1000} s`),
    );
  } catch (error) {
    disconnectAll();
    if (error instanceof MeshmindError) throw error;
    throw new MeshmindError('E_CONFIG_INVALID', `cannot reach Redis at ${redactedUrl(url)}: ${(error as Error).message}`, { cause: error });
  }
  const [storeConnection, pubConn, subConn] = connections;
  const persistence = aedesPersistenceRedis({ conn: storeConnection });
  storeEachSubscribeOnce(persistence as SubscriptionWriter);
  const mq = mqemitterRedis({ pubConn, subConn });
  // mqemitter-redis re-emits connection errors on `state`; an EventEmitter error nobody listens to ends the process.
  (mq as unknown as { state: NodeJS.EventEmitter }).state.on('error', () => undefined);
  return {
    aedesOptions: { persistence: persistence as unknown as AedesOptions['persistence'], mq: mq as unknown as AedesOptions['mq'] },
    attach: (broker) => guardRetainedLookups(broker, logger),
    async close() {
      // aedes closed the message bus (its two connections); the store's is left.
      await (persistence as unknown as { destroy(): Promise<void> }).destroy().catch(() => undefined);
      disconnectAll();
    },
  };
}

interface SubscriptionWriter {
  addSubscriptions(client: unknown, subscriptions: object, callback?: unknown): Promise<unknown> | unknown;
}

/**
 * aedes stores a SUBSCRIBE's whole list of filters once per filter in it, all at the same time. The
 * Redis persistence then tells the other nodes and waits for its own announcement to come back,
 * keyed by client and first filter: concurrent calls for one SUBSCRIBE overwrite each other's
 * waiters, all but one never return, and the client never gets its SUBACK (the coordinator
 * subscribes to three filters at once and hung at start). One write per SUBSCRIBE is what is meant.
 */
function storeEachSubscribeOnce(persistence: SubscriptionWriter): void {
  const inFlight = new WeakMap<object, Promise<unknown>>();
  const addSubscriptions = persistence.addSubscriptions.bind(persistence);
  persistence.addSubscriptions = (client, subscriptions, callback) => {
    if (callback) return addSubscriptions(client, subscriptions, callback);
    const running = inFlight.get(subscriptions);
    if (running) return running;
    const started = Promise.resolve(addSubscriptions(client, subscriptions)).finally(() => inFlight.delete(subscriptions));
    inFlight.set(subscriptions, started);
    return started;
  };
}

async function withTimeout<T>(work: Promise<T>, timeoutMs: number, timeoutError: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([work, new Promise<never>((_resolve, reject) => (timer = setTimeout(() => reject(timeoutError()), timeoutMs)))]);
  } finally {
    clearTimeout(timer);
  }
}
