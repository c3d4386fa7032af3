import net from 'node:net';
import { Aedes } from 'aedes';
import { MeshmindError } from '@meshmind/protocol';

export interface EmbeddedBroker {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * An in-process aedes broker on loopback with Nagle disabled (FIELD-NOTES: QoS 1 round trips
 * drop from tens of milliseconds to a fraction of one). Port 0 picks a free port.
 */
export interface EmbeddedBrokerOptions {
  host?: string;
  port?: number;
  /** Sees every PUBLISH a client sends (wills included, $SYS left out): for traffic counters. */
  onPublish?: (topic: string, payloadBytes: number) => void;
}

export async function startEmbeddedBroker(options: EmbeddedBrokerOptions = {}): Promise<EmbeddedBroker> {
  const host = options.host ?? '127.0.0.1';
  const broker = await Aedes.createBroker();
  const onPublish = options.onPublish;
  if (onPublish) {
    broker.on('publish', (packet) => {
      if (packet.topic.startsWith('$SYS')) return;
      onPublish(packet.topic, typeof packet.payload === 'string' ? Buffer.byteLength(packet.payload) : packet.payload.length);
    });
  }
  const server = net.createServer({ noDelay: true }, broker.handle);
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) =>
      reject(new MeshmindError('E_CONFIG_INVALID', `cannot start the MQTT broker on ${host}:${options.port ?? 0}: ${error.message}`, { cause: error })),
    );
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address() as net.AddressInfo;
  return {
    url: `mqtt://${host}:${address.port}`,
    port: address.port,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await new Promise<void>((resolve) => broker.close(() => resolve()));
    },
  };
}
