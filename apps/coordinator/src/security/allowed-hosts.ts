import { hostname, networkInterfaces } from 'node:os';
import { isLoopbackHost, normalizeHost } from '@meshmind/protocol';

const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '']);
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];

// One rule for "this machine", shared with the CLI, which must not load the coordinator for it.
export { isLoopbackHost };

export function isWildcardHost(host: string): boolean {
  return WILDCARD_HOSTS.has(normalizeHost(host));
}

/** The host part of a Host header (`name`, `name:port`, `[v6]`, `[v6]:port`); null when malformed. */
export function hostOfHeader(header: string): string | null {
  if (header.startsWith('[')) {
    const end = header.indexOf(']');
    if (end === -1) return null;
    const rest = header.slice(end + 1);
    if (rest !== '' && !/^:\d{1,5}$/.test(rest)) return null;
    return normalizeHost(header.slice(0, end + 1));
  }
  const [host, port, ...more] = header.split(':');
  if (!host || more.length > 0 || (port !== undefined && !/^\d{1,5}$/.test(port))) return null;
  return normalizeHost(host);
}

function interfaceNames(): string[] {
  const addresses = Object.values(networkInterfaces()).flatMap((entries) => entries ?? []);
  return [hostname(), ...addresses.map((entry) => entry.address.replace(/%.*$/, ''))].map(normalizeHost);
}

/**
 * The names the Host header may carry: the guard against DNS rebinding, where a page on a foreign
 * name resolves that name to this machine and reads the API as if it were same-origin. The port
 * is not checked: the attack changes the name, and a reverse proxy may change the port.
 */
export class AllowedHosts {
  private readonly names: Set<string>;
  private readonly wildcard: boolean;

  /** `bindHost` null: not listening at all, only `inject` in this process. */
  constructor(bindHost: string | null, extra: readonly string[] = []) {
    this.wildcard = bindHost !== null && isWildcardHost(bindHost);
    this.names = new Set([...LOOPBACK_NAMES, ...extra, ...(bindHost === null ? [] : [bindHost])].map(normalizeHost));
    if (this.wildcard) for (const name of interfaceNames()) this.names.add(name);
  }

  allows(header: string | undefined): boolean {
    const host = header === undefined ? null : hostOfHeader(header);
    if (host === null) return false;
    if (this.names.has(host)) return true;
    if (!this.wildcard) return false;
    // Bound to every interface: an address may have come up since start (a new DHCP lease).
    for (const name of interfaceNames()) this.names.add(name);
    return this.names.has(host);
  }
}
