import { isIP } from 'node:net';

/** Lower case, no brackets around an IPv6 literal, no trailing dot of a fully qualified name. */
export function normalizeHost(host: string): string {
  const lower = host.trim().toLowerCase();
  const unbracketed = lower.startsWith('[') && lower.endsWith(']') ? lower.slice(1, -1) : lower;
  return unbracketed.endsWith('.') ? unbracketed.slice(0, -1) : unbracketed;
}

/** Whether a host names this machine: 127.0.0.0/8, ::1 or localhost (a bind address, or a URL's host). */
export function isLoopbackHost(host: string): boolean {
  const normalized = normalizeHost(host);
  if (normalized === 'localhost' || normalized === '::1') return true;
  return isIP(normalized) === 4 && normalized.startsWith('127.');
}
