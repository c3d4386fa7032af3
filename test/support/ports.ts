import { spawnSync } from 'node:child_process';
import net from 'node:net';

/** A TCP port on loopback that nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Whether something accepts connections on the loopback port. */
export function portOpen(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Waits until a server listens on the loopback port (a broker, Redis) or throws naming `what`. */
export async function waitForPort(port: number, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await portOpen(port))) {
    if (Date.now() > deadline) throw new Error(`${what} did not listen on ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Debian's Mosquitto: on PATH, or where the package puts it (/usr/sbin is not on every PATH). */
export const MOSQUITTO_BINARY = spawnSync('sh', ['-c', 'command -v mosquitto || echo /usr/sbin/mosquitto']).stdout.toString().trim();
export const MOSQUITTO_INSTALLED = spawnSync('sh', ['-c', 'command -v mosquitto || test -x /usr/sbin/mosquitto']).status === 0;
