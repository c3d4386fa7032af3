import net from 'node:net';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';
import { Aedes, type Client } from 'aedes';
import type { Logger } from 'pino';
import { keepDeliveryOrder } from './broker-delivery-order';
import { openBrokerStore, type BrokerPersistence } from './broker-store';
import { InProcessStream } from './in-process-stream';
import { AccessPolicy, MeshmindError, clientIdMatches, type Principal, type Topics } from '@meshmind/protocol';

/** What the broker needs to know who a client is; the CredentialStore is one. */
export interface BrokerAuthenticator {
  verify(username: string | undefined, password: Buffer | string | undefined): Promise<Principal | null>;
  /**
   * Which issue of the identity is valid now (changes when its secret is re-issued), or null when it
   * is revoked. Asked again for every connected client whenever a revocation may have happened.
   */
  generation(username: string): number | null;
  on(event: 'revoked', listener: (username: string) => void): unknown;
  off(event: 'revoked', listener: (username: string) => void): unknown;
}

export interface EmbeddedBroker {
  url: string;
  port: number;
  /** Clients connected now, by MQTT client id (for tests and the console). */
  connectedClients(): string[];
  /**
   * A new connection for a client of this process, in memory (see in-process-stream.ts); null once
   * the broker is closed. The client authenticates over it like any other: same hooks, same ACL.
   */
  openLocalStream(): Duplex | null;
  close(): Promise<void>;
}

export interface EmbeddedBrokerOptions {
  host?: string;
  port?: number;
  /** Every client must authenticate; the policy says what each principal may publish and read. */
  authenticator: BrokerAuthenticator;
  topics: Topics;
  /** Listen with TLS (mqtts://): PEM certificate and key. */
  tls?: { cert: string; key: string } | null;
  logger?: Logger;
  /**
   * Where the broker keeps sessions (subscriptions, QoS 1 messages queued for clients that are away)
   * and retained messages: in memory (the default), in a LevelDB directory that survives a restart
   * of the broker, or in a Redis server shared with other broker nodes (see broker-store.ts).
   */
  persistence?: BrokerPersistence;
  /** Sees every PUBLISH a client sends (wills included, $SYS left out): for traffic counters. */
  onPublish?: (topic: string, payloadBytes: number) => void;
}

interface Session {
  principal: Principal;
  username: string;
  generation: number | null;
}

function refusal(message: string, returnCode: number): Error & { returnCode: number } {
  return Object.assign(new Error(message), { returnCode });
}

/**
 * An in-process aedes broker with Nagle disabled (FIELD-NOTES: QoS 1 round trips drop from tens of
 * milliseconds to a fraction of one), where every client has an identity and topic ACLs. Anonymous
 * clients are refused; a client id must belong to its username; a revoked identity is disconnected
 * at once. Port 0 picks a free port.
 */
export async function startEmbeddedBroker(options: EmbeddedBrokerOptions): Promise<EmbeddedBroker> {
  const host = options.host ?? '127.0.0.1';
  const policy = new AccessPolicy(options.topics);
  const authenticator = options.authenticator;
  const sessions = new WeakMap<Client, Session>();
  const logger = options.logger;
  const store = await openBrokerStore(options.persistence, logger);
  const broker = await Aedes.createBroker({
    ...store.aedesOptions,
    authenticate(client, username, password, callback) {
      authenticator.verify(username, password).then(
        (principal) => {
          if (!principal) {
            logger?.warn({ clientId: client.id, username: username ?? null }, 'refused an MQTT client: bad or missing credentials');
            return callback(refusal('bad user name or password', 4), false);
          }
          if (!clientIdMatches(principal, client.id)) {
            logger?.warn({ clientId: client.id, username }, 'refused an MQTT client: its client id does not belong to its identity');
            return callback(refusal('client id not allowed for this identity', 5), false);
          }
          // A last will is a publish made later on the client's behalf: vet it now, with the client's rights.
          const will = (client as Client & { _will?: { topic: string; payload: Buffer } })._will;
          if (will && !policy.mayPublish(principal, will.topic, will.payload)) {
            logger?.warn({ clientId: client.id, topic: will.topic }, 'refused an MQTT client: its last will targets a topic it may not publish');
            return callback(refusal('last will not allowed', 5), false);
          }
          sessions.set(client, { principal, username: username!, generation: authenticator.generation(username!) });
          callback(null, true);
        },
        (error: unknown) => callback(refusal(`authentication failed: ${(error as Error).message}`, 3), false),
      );
    },
    authorizePublish(client, packet, callback) {
      // A null client is a will left by a broker node that went away: vetted when its client connected.
      if (!client) return callback(null);
      const session = sessions.get(client);
      if (session && policy.mayPublish(session.principal, packet.topic, packet.payload)) return callback(null);
      logger?.warn({ clientId: client.id, topic: packet.topic }, 'refused a publish outside the client\'s rights; disconnecting it');
      callback(new Error(`not authorized to publish on ${packet.topic}`));
    },
    authorizeSubscribe(client, subscription, callback) {
      const session = sessions.get(client);
      if (session && policy.maySubscribe(session.principal, subscription.topic)) return callback(null, subscription);
      logger?.warn({ clientId: client.id, filter: subscription.topic }, 'refused a subscription outside the client\'s rights');
      // Negated: SUBACK says 0x80 and the client receives nothing from it.
      callback(null, null);
    },
    authorizeForward(client, packet) {
      // Checked again on every delivery, retained messages included: defence in depth.
      const session = sessions.get(client);
      return session && policy.mayRead(session.principal, packet.topic) ? packet : null;
    },
  });
  // Store writes finish out of order; clients drop a message that arrives after a later one.
  const deliveryOrder = keepDeliveryOrder(broker, logger);
  store.attach(broker);
  const onPublish = options.onPublish;
  if (onPublish) {
    broker.on('publish', (packet) => {
      if (packet.topic.startsWith('$SYS')) return;
      onPublish(packet.topic, typeof packet.payload === 'string' ? Buffer.byteLength(packet.payload) : packet.payload.length);
    });
  }
  // aedes keeps its connected clients by id; its typings leave the map out.
  const connected = () => Object.values((broker as unknown as { clients: Record<string, Client> }).clients);
  const onRevoked = (username: string) => {
    for (const client of connected()) {
      const session = sessions.get(client);
      if (!session || (username !== '*' && username !== session.username)) continue;
      // Revoked, or re-issued: a client holding the old secret must not stay connected.
      if (authenticator.generation(session.username) !== session.generation) {
        logger?.info({ clientId: client.id, username: session.username }, 'disconnecting a client whose credentials were revoked or replaced');
        // Its last will would be a publish made after its rights ended: drop it.
        (client as Client & { will: unknown }).will = null;
        client.close();
      }
    }
  };
  authenticator.on('revoked', onRevoked);

  const secure = options.tls ?? null;
  const server = secure
    ? tls.createServer({ cert: secure.cert, key: secure.key, minVersion: 'TLSv1.2' }, (socket) => {
        socket.setNoDelay(true);
        broker.handle(socket);
      })
    : net.createServer({ noDelay: true }, broker.handle);
  const sockets = new Set<net.Socket>();
  server.on(secure ? 'secureConnection' : 'connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  // A failed TLS handshake (a client that does not trust the certificate) is the client's problem.
  server.on('tlsClientError', (error: Error) => logger?.debug({ err: error }, 'a TLS handshake failed'));
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error) =>
        reject(new MeshmindError('E_CONFIG_INVALID', `cannot start the MQTT broker on ${host}:${options.port ?? 0}: ${error.message}`, { cause: error })),
      );
      server.listen(options.port ?? 0, host, () => resolve());
    });
  } catch (error) {
    // The port is taken: let go of the store (its lock, its Redis connections) before saying so.
    authenticator.off('revoked', onRevoked);
    deliveryOrder.stop();
    await new Promise<void>((resolve) => broker.close(() => resolve()));
    await store.close();
    throw error;
  }
  const address = server.address() as net.AddressInfo;
  const urlHost = net.isIPv6(host) ? `[${host}]` : host;
  let closed = false;
  const localStreams = new Set<InProcessStream>();
  return {
    url: `${secure ? 'mqtts' : 'mqtt'}://${urlHost}:${address.port}`,
    port: address.port,
    connectedClients: () => connected().map((client) => client.id),
    openLocalStream() {
      if (closed) return null;
      const [clientEnd, brokerEnd] = InProcessStream.pair();
      localStreams.add(brokerEnd);
      brokerEnd.once('close', () => localStreams.delete(brokerEnd));
      broker.handle(brokerEnd);
      return clientEnd;
    },
    async close() {
      if (closed) return;
      closed = true;
      authenticator.off('revoked', onRevoked);
      for (const socket of sockets) socket.destroy();
      for (const stream of localStreams) stream.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      deliveryOrder.stop();
      await new Promise<void>((resolve) => broker.close(() => resolve()));
      // aedes leaves its persistence open; the LevelDB lock must go so the next broker can open it.
      await store.close();
    },
  };
}
