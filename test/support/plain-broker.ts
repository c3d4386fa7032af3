import net from 'node:net';
import { Aedes } from 'aedes';

/**
 * A plain MQTT broker on an ephemeral loopback port, as a zigbee2mqtt installation's own Mosquitto
 * would be: anonymous clients, no ACL. meshmind's broker is a different one in these tests.
 */
export interface PlainBroker {
  url: string;
  close(): Promise<void>;
}

export async function startPlainBroker(): Promise<PlainBroker> {
  const broker = await Aedes.createBroker();
  const server = net.createServer({ noDelay: true }, broker.handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `mqtt://127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((resolve) => broker.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
